import {
  autodiffGradients,
  defineChecks,
  expectGradients,
  normal,
  uniform,
} from "@dlc/grader/checks";
import { expectClose, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { sigmoidDerivative } from "../../solutions/01-python-basics/sigmoid-derivative.ts";

export default defineChecks("sigmoidDerivative", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 tensor of the input's shape, σ′ of each element",
    async run({ call, rng }) {
      const x = normal(rng, [2, 5]);
      const y = await call(x);
      expectShape("sigmoidDerivative(x)", y, [2, 5]);
      expectClose("sigmoidDerivative(x)", y, sigmoidDerivative(x));
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
  {
    id: "extremes",
    kind: "reference",
    points: 1,
    description: "is 0, never NaN, at |x| up to 100",
    async run({ call, rng, input }) {
      // e^100 is Infinity in float32: e^−x / (1 + e^−x)² is NaN at x = −100, σ(x)(1 − σ(x)) is 0
      const x = tf.tensor1d([-100, -50, 0, 50, 100, ...uniform(rng, [3], -100, -90).dataSync()]);
      input("x", x);
      expectClose("sigmoidDerivative(x) at large |x|", await call(x), sigmoidDerivative(x));
    },
  },
]);
