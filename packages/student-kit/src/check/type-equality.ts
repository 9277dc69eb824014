/**
 * Type-level equality, for the generated `signatures.ts` of each course: the
 * type checker fails when a stub and its solution export different signatures.
 */
export type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;
