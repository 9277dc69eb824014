/**
 * What `@dlc/grader/check` means inside the sandbox: the helpers a submission may
 * legitimately use (NotImplemented, RandomState, seeded draws, relError), without the
 * test-only parts (fast-check arbitraries, assertion helpers).
 */

export * from "../../check/model-summary.ts";
export * from "../../check/not-implemented.ts";
export * from "../../check/random-state.ts";
export * from "../../check/rel-error.ts";
export * from "../../check/seeded.ts";
