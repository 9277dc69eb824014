/**
 * Tensors drawn like the notebooks draw them: `randn(seed, [3, 2])` is the
 * float32 version of `np.random.seed(seed); np.random.randn(3, 2)`.
 */
import * as tf from "@tensorflow/tfjs";
import { RandomState } from "./random-state.ts";

/** Standard normal tensor of `shape` from a fresh `RandomState(seed)`. */
export function randn(seed: number, shape: number[]): tf.Tensor {
  return tf.tensor(Float32Array.from(new RandomState(seed).randn(...shape)), shape);
}

/**
 * Several standard normal tensors drawn one after another from one stream, as in
 * `np.random.seed(1); A = randn(3, 2); W = randn(1, 3); b = randn(1, 1)`.
 */
export function randnSequence(seed: number, shapes: number[][]): tf.Tensor[] {
  const rng = new RandomState(seed);
  return shapes.map((s) => tf.tensor(Float32Array.from(rng.randn(...s)), s));
}

/** The next `shape` standard normals of `rng` as a float32 tensor (numpy's `rng.randn(*shape)`). */
export function randnTensor(rng: RandomState, shape: number[]): tf.Tensor {
  return tf.tensor(Float32Array.from(rng.randn(...shape)), shape);
}
