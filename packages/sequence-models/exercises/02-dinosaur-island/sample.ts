import { NotImplemented, RandomState } from "@dlc/student-kit/check";
import type { CharRnnParameters } from "../../src/char-rnn.ts";
import { add, dot, map, softmax, zeros } from "../../src/matrix.ts";

/**
 * Samples a name from the model, one character at a time: each step runs the RNN on the
 * character drawn before (a zero vector at first), a = tanh(Wax·x + Waa·a_prev + b),
 * y = softmax(Wya·a + by), and draws the next index from y. Stops after drawing '\n' or
 * after 50 draws, then appends '\n' itself. Draw t re-seeds the generator with
 * counter + seed, where both count up (so with seed 0 the seeds are 0, 2, 4, …): the
 * notebook's `np.random.seed(counter + seed)` then `np.random.choice(vocab, p=y.ravel())`.
 *
 * @param parameters Wax [n_a, vocab], Waa [n_a, n_a], Wya [vocab, n_a], b [n_a, 1], by [vocab, 1]
 * @param charToIx character → index; its '\n' ends a name
 * @param seed where the draws' seeds start
 * @returns the sampled indices, ending with the index of '\n'; at most 51 of them
 */
export function sample(
  parameters: CharRnnParameters,
  charToIx: Record<string, number>,
  seed: number,
): number[] {
  // TODO: loop while idx ≠ newline and counter ≠ 50: a = tanh(Wax·x + Waa·aPrev + b), y = softmax(Wya·a + by), re-seed with counter + seed, idx = rng.choice(vocabSize, y as a list); x = one-hot(idx); seed += 1, counter += 1. Append the newline if counter reached 50.
  throw new NotImplemented("sample");
}
