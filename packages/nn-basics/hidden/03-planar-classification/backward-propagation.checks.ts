import {
  between,
  type CheckContext,
  defineChecks,
  expectAllClose,
  expectGradients,
  expectTensors,
  labels,
  normal,
  oracleGradients,
} from "@dlc/grader/checks";
import type * as tf from "@tensorflow/tfjs";
import { backwardPropagation } from "../../solutions/03-planar-classification/backward-propagation.ts";
import { forwardPropagation } from "../../solutions/03-planar-classification/forward-propagation.ts";
import { computeCost } from "../../solutions/04-deep-nn-step-by-step/compute-cost.ts";
import { randomParameters } from "../shared/data.ts";

const NAMES = ["W1", "b1", "W2", "b2"];

async function gradientCheck({ call, rng, input }: CheckContext, against: "autodiff" | "numeric") {
  const [nX, nH, m] = [between(rng, 2, 3), between(rng, 3, 4), between(rng, 4, 8)];
  const X = normal(rng, [nX, m]);
  const Y = labels(rng, m);
  const parameters = randomParameters(rng, [nX, nH, 1]);
  input("X", X);
  input("Y", Y);
  input("parameters", parameters);
  const { cache } = forwardPropagation(X, parameters);
  const grads = await call(parameters, cache, X, Y);
  const cost = (p: Record<string, tf.Tensor>) => computeCost(forwardPropagation(X, p).A2, Y);
  const oracle = oracleGradients(against, cost, parameters, NAMES);
  expectGradients(
    "backwardPropagation",
    Object.fromEntries(
      NAMES.map((k) => [`d${k}`, { actual: grads?.[`d${k}`], oracle: oracle[k]! }]),
    ),
    against,
  );
}

export default defineChecks("backwardPropagation", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns dW1, db1, dW2, db2 shaped like W1, b1, W2, b2",
    async run({ call, rng }) {
      const X = normal(rng, [2, 5]);
      const parameters = randomParameters(rng, [2, 4, 1]);
      const [cache, Y] = [forwardPropagation(X, parameters).cache, labels(rng, 5)];
      const grads = await call(parameters, cache, X, Y);
      expectTensors("backwardPropagation(…)", grads, {
        dW1: [4, 2],
        db1: [4, 1],
        dW2: [1, 4],
        db2: [1, 1],
      });
      expectAllClose("backwardPropagation(…)", grads, backwardPropagation(parameters, cache, X, Y));
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description: "every gradient equals tf.grad of the cost of the reference forward pass",
    run: (ctx) => gradientCheck(ctx, "autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "every gradient agrees with central differences of the cost",
    run: (ctx) => gradientCheck(ctx, "numeric"),
  },
]);
