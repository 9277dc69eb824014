/**
 * Hostile fixture (variant of lying-object): the fake has tf.Tensor.prototype, so it passes
 * `instanceof tf.Tensor` inside the sandbox, but its shape and its data disagree (one value
 * too many), and the numbers come from a wrong formula.
 */
import * as tf from "@tensorflow/tfjs";

export function sigmoid(x: tf.Tensor): tf.Tensor {
  const values = Float32Array.from([...x.dataSync(), 0], (v) => 0.5 + v / 4);
  const fake = Object.create(tf.Tensor.prototype, {
    shape: { value: [...x.shape] },
    dtype: { value: "float32" },
    size: { value: x.size },
    rank: { value: x.rank },
    dataSync: { value: () => values },
    arraySync: { value: () => Array.from(values) },
    toString: { value: () => `Tensor\n    [${Array.from(values).join(", ")}]` },
    valueOf: { value: () => 0.5 },
    [Symbol.toPrimitive]: { value: (hint: string) => (hint === "number" ? 0.5 : "Tensor") },
  });
  return fake as tf.Tensor;
}
