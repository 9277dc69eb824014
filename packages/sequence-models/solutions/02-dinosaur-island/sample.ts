import { RandomState } from "@dlc/student-kit/check";
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
  const { Waa, Wax, Wya, by, b } = parameters;
  const vocabSize = by.length;
  const nA = Waa[0]!.length;
  let x = zeros(vocabSize, 1);
  let aPrev = zeros(nA, 1);
  const indices: number[] = [];
  const rng = new RandomState();
  const newline = charToIx["\n"]!;
  let idx = -1;
  let counter = 0;
  while (idx !== newline && counter !== 50) {
    const a = map(add(dot(Wax, x), dot(Waa, aPrev), b), Math.tanh);
    const y = softmax(add(dot(Wya, a), by));
    rng.seed(counter + seed);
    const probabilities = y.map((row) => row[0]!);
    idx = rng.choice(vocabSize, probabilities);
    indices.push(idx);
    x = zeros(vocabSize, 1);
    x[idx]![0] = 1;
    aPrev = a;
    seed += 1;
    counter += 1;
  }
  if (counter === 50) indices.push(newline);
  return indices;
}
