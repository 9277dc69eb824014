import { NotImplemented } from "@dlc/student-kit/check";

/**
 * The sigmoid of one real number, with `Math.exp`. The next exercise does the
 * same on a whole tensor at once.
 *
 * @param x a number
 * @returns σ(x) = 1 / (1 + e^(−x)), in (0, 1)
 */
export function basicSigmoid(x: number): number {
  // TODO: return 1 / (1 + e^(−x)) using Math.exp.
  throw new NotImplemented("basicSigmoid");
}
