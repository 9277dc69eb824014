import { expectClose, expectShape } from "@dlc/grader/check";
import { defineChecks } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "../../solutions/01-python-basics/sigmoid.ts";

export default defineChecks("sigmoid", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 tensor of the input's shape",
    async run({ call, rng }) {
      const x = tf.tensor(Float32Array.from(rng.randn(3, 4)), [3, 4]);
      expectShape("sigmoid(x)", await call(x), [3, 4]);
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals σ(x) on random inputs of several shapes",
    async run({ call, rng, input }) {
      for (const shape of [[5], [2, 3], [2, 2, 2]]) {
        const x = tf.tensor(
          Float32Array.from(rng.randn(...shape)).map((v) => v * 4),
          shape,
        );
        input("x", x);
        expectClose("sigmoid(x)", await call(x), sigmoid(x));
      }
    },
  },
]);
