/** Inputs and assertions the hidden checks of assignment 02 share. */

import { between } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";

/** m class labels in 0 … k − 1, class c drawn with a skewed probability (rare classes happen). */
export function randomLabels(rng: RandomState, m: number, k: number): number[] {
  const weights = Array.from(rng.rand(k), (u) => 0.2 + u);
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from(rng.rand(m), (u) => {
    let acc = 0;
    for (let c = 0; c < k; c++) {
      acc += weights[c]! / total;
      if (u < acc) return c;
    }
    return k - 1;
  });
}

/** `nTarget` target and `nOther` other examples, interleaved at random. */
export function interleavedSources(
  rng: RandomState,
  nTarget: number,
  nOther: number,
  target = "car",
  other = "internet",
): string[] {
  const ordered = [...new Array(nTarget).fill(target), ...new Array(nOther).fill(other)];
  return rng.permutation(ordered.length).map((k) => ordered[k]!);
}

/** A sorted copy. */
export const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

/** Asserts `sets` are arrays of indices that together hold each of 0 … m − 1 exactly once. */
export function expectPartition(what: string, sets: Record<string, unknown>, m: number): void {
  const owner = new Map<number, string>();
  for (const [name, set] of Object.entries(sets)) {
    if (!Array.isArray(set)) throw new CheckError(`${what}.${name} should be an array of indices`);
    for (const i of set) {
      if (!Number.isInteger(i) || i < 0 || i >= m)
        throw new CheckError(`${what}.${name} holds ${String(i)}, not an index in 0 … ${m - 1}`);
      const before = owner.get(i);
      if (before !== undefined)
        throw new CheckError(
          `${what}: example ${i} is in ${before === name ? `${name} twice` : `both ${before} and ${name}`}: ` +
            "a leak, the sets must not share examples",
        );
      owner.set(i, name);
    }
  }
  if (owner.size !== m)
    throw new CheckError(
      `${what} places ${owner.size} of the ${m} examples: every example belongs to one set`,
    );
}

/** Whether two index arrays hold the same indices. */
export function sameSet(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = [sorted(a), sorted(b)];
  return x.every((v, i) => v === y[i]);
}

/** An integer spread over orders of magnitude: 10^lo … 10^hi, log-uniform. */
export function logUniformInt(rng: RandomState, lo: number, hi: number): number {
  return Math.floor(10 ** (lo + (hi - lo) * rng.rand(1)[0]!));
}

export { between };
