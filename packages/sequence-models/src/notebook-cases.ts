/**
 * The notebook's test inputs: `np.random.seed(1)` then `np.random.randn(...)` for each tensor in
 * the order its cells draw them, reproduced bit for bit by `RandomState`.
 */
import { RandomState } from "@dlc/grader/check";
import * as tf from "@tensorflow/tfjs";

/** Draws `spec`'s tensors one after another from `np.random.seed(seed)`, by name. */
export function drawNamed<K extends string>(
  seed: number,
  spec: readonly (readonly [K, number[]])[],
): Record<K, tf.Tensor2D> {
  const rng = new RandomState(seed);
  return Object.fromEntries(
    spec.map(([name, s]) => [name, tf.tensor(Float32Array.from(rng.randn(...s)), s)]),
  ) as Record<K, tf.Tensor2D>;
}

/** The LSTM's parameters in the notebook's drawing order (Wf, bf, Wi, bi, Wo, bo, Wc, bc, Wy, by). */
export function lstmParameterShapes(nA: number, nX: number, nY: number) {
  const gate = [nA, nA + nX];
  const bias = [nA, 1];
  return [
    ["Wf", gate],
    ["bf", bias],
    ["Wi", gate],
    ["bi", bias],
    ["Wo", gate],
    ["bo", bias],
    ["Wc", gate],
    ["bc", bias],
    ["Wy", [nY, nA]],
    ["by", [nY, 1]],
  ] as const;
}
