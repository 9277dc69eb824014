/**
 * `@dlc/student-kit/check`: the helpers course content may use: student-safe, no
 * scoring logic. Public tests, hidden checks and provided course code import
 * from here.
 */
export * from "./accuracy.ts";
export * from "./arbitraries.ts";
export * from "./compare.ts";
export * from "./compare-plain.ts";
export * from "./gradient.ts";
export * from "./model-summary.ts";
export * from "./not-implemented.ts";
export * from "./random-state.ts";
export * from "./rel-error.ts";
export * from "./seeded.ts";
export { useWasmBackend } from "./tf.ts";
export type { Assert, Same } from "./type-equality.ts";
