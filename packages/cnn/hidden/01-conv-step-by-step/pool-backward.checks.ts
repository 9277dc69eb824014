import {
  type CheckContext,
  defineChecks,
  expectGradients,
  normal,
  oracleGradients,
} from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { poolBackward } from "../../solutions/01-conv-step-by-step/pool-backward.ts";
import { poolCase, poolOracle } from "../shared/conv-oracles.ts";

async function gradientCheck({ call, rng, input }: CheckContext, mode: "max" | "average") {
  // overlapping windows (stride < f) first: their gradients must add up
  for (const overlap of [true, false, false]) {
    const { APrev, hparameters } = poolCase(rng, overlap);
    const { f, stride } = hparameters;
    const dA = normal(rng, poolOracle(APrev, f, stride, mode).shape);
    input("dA", dA);
    input("cache", { APrev, hparameters });
    const actual = await call(dA, { APrev, hparameters }, mode);
    const oracle = oracleGradients(
      "autodiff",
      ({ x }) => poolOracle(x!, f, stride, mode).mul(dA).sum(),
      { x: APrev },
      ["x"],
    );
    expectGradients(
      `poolBackward(dA, cache with f ${f}, stride ${stride}, "${mode}")`,
      { dAPrev: { actual, oracle: oracle.x! } },
      "autodiff",
    );
  }
}

export default defineChecks("poolBackward", [
  {
    id: "max-grads-match-autodiff",
    kind: "gradient",
    points: 2,
    description: "max pooling: dA_prev equals tf.grad of max pooling, overlapping windows included",
    run: (ctx) => gradientCheck(ctx, "max"),
  },
  {
    id: "average-grads-match-autodiff",
    kind: "gradient",
    points: 2,
    description:
      "average pooling: dA_prev equals tf.grad of average pooling, overlapping windows included",
    run: (ctx) => gradientCheck(ctx, "average"),
  },
  {
    id: "max-ties",
    kind: "reference",
    points: 1,
    description:
      "max pooling gives the gradient to every entry tied for a window's maximum (the notebook's mask)",
    async run({ call, rng }) {
      const APrev = tf.tensor4d([
        [
          [[1], [3], [3]],
          [[3], [0], [2]],
          [[-1], [3], [2]],
        ],
      ]);
      const cache = { APrev, hparameters: { f: 2, stride: 1 } };
      const dA = normal(rng, [1, 2, 2, 1]) as tf.Tensor4D;
      expectClose(
        'poolBackward(dA, cache of a 3×3 window with ties, "max")',
        await call(dA, cache, "max"),
        poolBackward(dA, cache, "max"),
      );
    },
  },
]);
