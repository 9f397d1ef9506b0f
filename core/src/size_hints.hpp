// FACTLIGHT_COLD marks a function run once per call rather than once per item of the text (option
// parsing, error objects, the ClaimReview export): clang compiles it for size (what it inlines too),
// which keeps the wasm smaller where speed cannot be seen. No effect on what the function does.
#pragma once

#if defined(__clang__)
#define FACTLIGHT_COLD __attribute__((minsize, cold))
#else
#define FACTLIGHT_COLD
#endif

// FACTLIGHT_NOINLINE keeps a function out of line where it has several callers or a rare caller in a hot
// loop: one copy of its code instead of one per place (the wasm's size).
#if defined(__GNUC__)
#define FACTLIGHT_NOINLINE __attribute__((noinline))
#else
#define FACTLIGHT_NOINLINE
#endif
