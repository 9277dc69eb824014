/**
 * `@dlc/grader/checks`: everything a course's `hidden/` folder is written with: the
 * check and mutant definitions and the check kit (seeded inputs, gradient and training
 * checks). Trusted code only: nothing here is ever bundled into a sandbox.
 */
export * from "./check-kit.ts";
export * from "./checks.ts";
export * from "./model-check.ts";
export * from "./mutants.ts";
