// The control of tests/bench/cold-floor.mjs: a module with nothing in it.
export const floor = 1;
