/**
 * What `@dlc/student-kit/check` means inside the sandbox: the helpers a submission may
 * legitimately use (NotImplemented, RandomState, seeded draws, relError), without the
 * test-only parts (fast-check arbitraries, assertion helpers).
 */

export * from "@dlc/student-kit/src/check/model-summary.ts";
export * from "@dlc/student-kit/src/check/not-implemented.ts";
export * from "@dlc/student-kit/src/check/random-state.ts";
export * from "@dlc/student-kit/src/check/rel-error.ts";
export * from "@dlc/student-kit/src/check/seeded.ts";
