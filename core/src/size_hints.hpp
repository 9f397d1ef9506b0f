// FACTLIGHT_COLD marks a function run once per call rather than once per item of the text (option
// parsing, error objects, the ClaimReview export): clang compiles it for size (what it inlines too),
// which keeps the wasm smaller where speed cannot be seen. No effect on what the function does.
#pragma once

#if defined(__clang__)
#define FACTLIGHT_COLD __attribute__((minsize, cold))
#else
#define FACTLIGHT_COLD
#endif
