/**
 * The error every exercise stub throws. Test reporters and the progress command
 * recognise it by name and say "not implemented yet" instead of printing a stack.
 */
export class NotImplemented extends Error {
  override readonly name = "NotImplemented";

  /** @param fn the exported function name the student has to write, e.g. `"propagate"` */
  constructor(readonly fn: string) {
    super(`${fn} is not implemented yet: replace the TODO in its body`);
  }
}

/** True for a `NotImplemented` error, also one that crossed a module or realm boundary. */
export function isNotImplemented(error: unknown): error is NotImplemented {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "NotImplemented"
  );
}
