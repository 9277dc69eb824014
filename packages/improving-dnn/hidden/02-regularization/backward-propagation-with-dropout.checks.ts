import {
  type CheckContext,
  defineChecks,
  expectAllClose,
  expectFalling,
  expectTensors,
  oracleGradients,
} from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { backwardPropagationWithDropout } from "../../solutions/02-regularization/backward-propagation-with-dropout.ts";
import { forwardPropagationWithDropout } from "../../solutions/02-regularization/forward-propagation-with-dropout.ts";
import { forwardPropagation } from "../../src/three-layer-net.ts";
import type { Parameters } from "../../src/types.ts";
import {
  backwardPropagation,
  computeLoss,
  updateParameters,
} from "../../testing/three-layer-oracle.ts";
import {
  clearOfKinks,
  expectNetworkGradients,
  gradientShapes,
  learnable,
  logitCrossEntropy,
  mask,
  maskedForward,
  NAMES,
  network,
  noCancellation,
  sizes,
  withHint,
} from "./data.ts";

const NAME = "backwardPropagationWithDropout";

const mixed = (D: tf.Tensor) => {
  const kept = D.mean().dataSync()[0]!;
  return kept > 0 && kept < 1;
};

/** A network, masks and the forward cache through them; for numeric checks, clear of ReLU kinks. */
function draw(rng: RandomState, numeric: boolean) {
  for (;;) {
    const { dims, m } = sizes(rng);
    const { X, Y, parameters } = network(rng, dims, m);
    const keepProb = 0.4 + 0.5 * rng.rand(1)[0]!;
    const D1 = mask(rng, dims[1], m, keepProb);
    const D2 = mask(rng, dims[2], m, keepProb);
    // each mask drops some units and keeps some, or a forgotten mask could go unnoticed
    if (!mixed(D1) || !mixed(D2)) continue;
    const cache = maskedForward(X, parameters, D1, D2, keepProb);
    if (!noCancellation(backwardPropagationWithDropout(X, Y, cache, keepProb))) continue;
    if (!numeric || clearOfKinks([cache.Z1, cache.Z2]))
      return { dims, m, X, Y, parameters, keepProb, D1, D2, cache };
  }
}

const gradientCheck =
  (against: "autodiff" | "numeric") =>
  async ({ call, rng, input }: CheckContext) => {
    for (let i = 0; i < (against === "autodiff" ? 2 : 1); i++) {
      const { dims, m, X, Y, parameters, keepProb, D1, D2, cache } = draw(
        rng,
        against === "numeric",
      );
      input("X", X);
      input("Y", Y);
      input("cache", cache);
      input("keepProb", keepProb);
      const grads = await call(X, Y, cache, keepProb);
      // the masks are held fixed: the cost is that of one thinned network
      const J = (p: Parameters) => logitCrossEntropy(maskedForward(X, p, D1, D2, keepProb).Z3, Y);
      const oracle = oracleGradients(against, J, parameters, [...NAMES]);
      await expectNetworkGradients(
        `${NAME} (layers [${dims}, 1], m = ${m}, keepProb = ${keepProb.toFixed(3)})`,
        grads,
        oracle,
        against,
        "Going back through a dropout layer, apply the same mask and scale as the forward pass: dAl = dAl ∗ Dl / keepProb, before the RELU's derivative",
      );
    }
  };

export default defineChecks(NAME, [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 shaped like their variables, with the reference's values",
    async run({ call, rng }) {
      const { X, Y, keepProb, cache } = draw(rng, false);
      const actual = await call(X, Y, cache, keepProb);
      expectTensors(`${NAME}(X, Y, cache, keepProb)`, actual, gradientShapes(cache));
      // shapes alone are met by zeros
      expectAllClose(
        `${NAME}(X, Y, cache, keepProb)`,
        actual,
        backwardPropagationWithDropout(X, Y, cache, keepProb),
        { rtol: 1e-3, atol: 1e-5 },
      );
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description:
      "every dW and db equals tf.grad of the cost of the network thinned by the cache's masks",
    run: gradientCheck("autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "every dW and db agrees with central differences of the thinned network's cost",
    run: gradientCheck("numeric"),
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "dA2 and dA1 carry the masks and the 1/keepProb, and every other gradient equals the reference",
    async run({ call, rng, input }) {
      const { dims, X, Y, keepProb, cache } = draw(rng, false);
      input("X", X);
      input("Y", Y);
      input("cache", cache);
      input("keepProb", keepProb);
      const expected = backwardPropagationWithDropout(X, Y, cache, keepProb);
      await withHint(
        "dA2 = W3ᵀ·dZ3 ∗ D2 / keepProb and dA1 = W2ᵀ·dZ2 ∗ D1 / keepProb: a dropped unit gets no gradient",
        async () =>
          expectAllClose(
            `${NAME}(X, Y, cache of layers [${dims}, 1], keepProb = ${keepProb.toFixed(3)})`,
            await call(X, Y, cache, keepProb),
            expected,
          ),
      );
    },
  },
  {
    id: "training-learns",
    kind: "training",
    points: 1,
    description:
      "60 steps of gradient descent with dropout (keepProb = 0.8, fresh masks each step) and your gradients lower the cost",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const { X, Y } = learnable(rng, 3, 24);
      // zero biases: about half of the units are active for each example, none dead for all
      let parameters: Parameters = Object.fromEntries(
        Object.entries(network(rng, [3, 6, 3], 24, 0.8).parameters).map(([k, v]) => [
          k,
          k.startsWith("b") ? tf.zerosLike(v) : v,
        ]),
      );
      const cost = () => computeLoss(forwardPropagation(X, parameters).A3, Y);
      const costs = [cost()];
      for (let i = 0; i < 60; i++) {
        const { cache } = forwardPropagationWithDropout(X, parameters, 0.8, i + 1);
        const grads = await call(X, Y, cache, 0.8);
        expectTensors(`${NAME}(…)`, grads, {
          dW1: [6, 3],
          db1: [6, 1],
          dW2: [3, 6],
          db2: [3, 1],
          dW3: [1, 3],
          db3: [1, 1],
        });
        // the steps are the student's, so each must be the right one (a stale gradient also descends)
        if (i % 20 === 0)
          expectAllClose(
            `${NAME}(…) at step ${i + 1}`,
            grads,
            backwardPropagationWithDropout(X, Y, cache, 0.8),
            { rtol: 1e-4, atol: 1e-6 },
          );
        parameters = updateParameters(parameters, grads, 0.3);
        if (i % 20 === 19) costs.push(cost());
      }
      expectFalling(`${NAME}: the cost of the network without dropout over 60 steps`, costs, 0.05);
    },
  },
  {
    id: "keep-prob-one-is-plain",
    kind: "property",
    points: 1,
    description: "with keepProb = 1 and masks of ones it is the plain backward pass",
    async run({ call, rng }) {
      const { dims, m } = sizes(rng);
      const { X, Y, parameters } = network(rng, dims, m);
      const { cache } = forwardPropagation(X, parameters);
      const withMasks = { ...cache, D1: tf.onesLike(cache.A1), D2: tf.onesLike(cache.A2) };
      expectAllClose(
        `${NAME}(X, Y, cache with masks of ones, keepProb = 1)`,
        await call(X, Y, withMasks, 1),
        backwardPropagation(X, Y, cache),
      );
    },
  },
]);
