import { expectClose, expectShape } from "@dlc/grader/check";
import { autodiffGradients, defineChecks, expectGradients, normal } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { sigmoidDerivative } from "../../solutions/01-python-basics/sigmoid-derivative.ts";

export default defineChecks("sigmoidDerivative", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 tensor of the input's shape",
    async run({ call, rng }) {
      expectShape("sigmoidDerivative(x)", await call(normal(rng, [2, 5])), [2, 5]);
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals σ(x)(1 − σ(x)) on random inputs of several shapes",
    async run({ call, rng, input }) {
      for (const s of [[6], [3, 4]]) {
        const x = normal(rng, s, 3);
        input("x", x);
        expectClose("sigmoidDerivative(x)", await call(x), sigmoidDerivative(x));
      }
    },
  },
  {
    id: "is-the-gradient",
    kind: "gradient",
    points: 1,
    description: "agrees with tf.grad of Σσ(x)",
    async run({ call, rng, input }) {
      const x = normal(rng, [4, 3], 2);
      input("x", x);
      const oracle = autodiffGradients(({ x }) => tf.sigmoid(x!).sum(), { x }, ["x"]);
      expectGradients(
        "sigmoidDerivative",
        { "σ′(x)": { actual: await call(x), oracle: oracle.x! } },
        "autodiff",
      );
    },
  },
]);
