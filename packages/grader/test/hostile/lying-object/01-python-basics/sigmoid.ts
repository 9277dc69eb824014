/**
 * Hostile fixture: returns a fake tensor. It has the input's shape and a float32 dtype, its
 * data methods answer with plausible numbers (from a wrong formula, 0.5 + x/4), and every
 * way of turning it into a primitive gives a tensor-looking string or a number.
 */
import type * as tf from "@tensorflow/tfjs";

export function sigmoid(x: tf.Tensor): tf.Tensor {
  const values = Float32Array.from(x.dataSync(), (v) => 0.5 + v / 4);
  const fake = {
    shape: [...x.shape],
    dtype: "float32",
    size: values.length,
    rank: x.rank,
    isDisposed: false,
    dataSync: () => values,
    data: async () => values,
    arraySync: () => Array.from(values),
    array: async () => Array.from(values),
    dispose: () => {},
    toString: () => `Tensor\n    [${Array.from(values).join(", ")}]`,
    valueOf: () => 0.5,
    [Symbol.toPrimitive]: (hint: string) => (hint === "number" ? 0.5 : "Tensor"),
  };
  return fake as unknown as tf.Tensor;
}
