import {
  type CheckContext,
  defineChecks,
  expectAllClose,
  expectFalling,
  expectTensors,
  oracleGradients,
} from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import { backwardPropagationWithRegularization } from "../../solutions/02-regularization/backward-propagation-with-regularization.ts";
import { computeCostWithRegularization } from "../../solutions/02-regularization/compute-cost-with-regularization.ts";
import { forwardPropagation } from "../../src/three-layer-net.ts";
import type { Parameters } from "../../src/types.ts";
import { backwardPropagation, updateParameters } from "../../testing/three-layer-oracle.ts";
import {
  clearOfKinks,
  expectNetworkGradients,
  gradientShapes,
  l2Penalty,
  learnable,
  logitCrossEntropy,
  NAMES,
  network,
  noCancellation,
  sizes,
  withHint,
} from "./data.ts";

const NAME = "backwardPropagationWithRegularization";

/** A network, its forward cache and a λ; for numeric checks, one clear of ReLU kinks. */
function draw(rng: RandomState, numeric: boolean) {
  for (;;) {
    const { dims, m } = sizes(rng);
    const { X, Y, parameters } = network(rng, dims, m);
    const { cache } = forwardPropagation(X, parameters);
    const lambd = 0.2 + 1.5 * rng.rand(1)[0]!;
    if (!noCancellation(backwardPropagationWithRegularization(X, Y, cache, lambd))) continue;
    if (!numeric || clearOfKinks([cache.Z1, cache.Z2]))
      return { dims, m, X, Y, parameters, cache, lambd };
  }
}

const gradientCheck =
  (against: "autodiff" | "numeric") =>
  async ({ call, rng, input }: CheckContext) => {
    for (let i = 0; i < (against === "autodiff" ? 2 : 1); i++) {
      const { dims, m, X, Y, parameters, cache, lambd } = draw(rng, against === "numeric");
      input("X", X);
      input("Y", Y);
      input("parameters", parameters);
      input("lambd", lambd);
      const grads = await call(X, Y, cache, lambd);
      const J = (p: Parameters) =>
        logitCrossEntropy(forwardPropagation(X, p).cache.Z3, Y).add(l2Penalty(p, lambd, m));
      const oracle = oracleGradients(against, J, parameters, [...NAMES]);
      await expectNetworkGradients(
        `${NAME} (layers [${dims}, 1], m = ${m}, λ = ${lambd.toFixed(3)})`,
        grads,
        oracle,
        against,
        "Each dWl is the plain gradient plus (λ/m)·Wl (the derivative of λ/(2m)·ΣWl²); the db are not regularized",
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
      const { X, Y, cache, lambd } = draw(rng, false);
      const actual = await call(X, Y, cache, lambd);
      expectTensors(`${NAME}(X, Y, cache, lambd)`, actual, gradientShapes(cache));
      // shapes alone are met by zeros
      expectAllClose(
        `${NAME}(X, Y, cache, lambd)`,
        actual,
        backwardPropagationWithRegularization(X, Y, cache, lambd),
        { rtol: 1e-3, atol: 1e-5 },
      );
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description: "every dW and db equals tf.grad of cross-entropy + λ/(2m)·Σ‖Wl‖²",
    run: gradientCheck("autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "every dW and db agrees with central differences of the regularized cost",
    run: gradientCheck("numeric"),
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 1,
    description: "dZ, dA and db are the plain backward pass's and each dW has (λ/m)·W added",
    async run({ call, rng, input }) {
      const { X, Y, cache, lambd } = draw(rng, false);
      input("X", X);
      input("Y", Y);
      input("lambd", lambd);
      const expected = backwardPropagationWithRegularization(X, Y, cache, lambd);
      await withHint("Only the dW change: dWl = (1/m)·dZl·A_{l−1}ᵀ + (λ/m)·Wl", async () =>
        expectAllClose(
          `${NAME}(X, Y, cache, λ = ${lambd.toFixed(3)})`,
          await call(X, Y, cache, lambd),
          expected,
        ),
      );
    },
  },
  {
    id: "training-decays-weights",
    kind: "training",
    points: 1,
    description:
      "40 steps of gradient descent with your gradients lower the regularized cost, and a large λ leaves smaller weights",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const { X, Y } = learnable(rng, 3, 24);
      const start = network(rng, [3, 5, 3], 24, 0.8).parameters;
      const train = async (lambd: number) => {
        let parameters = start;
        const costs: number[] = [];
        for (let i = 0; i < 40; i++) {
          const { A3, cache } = forwardPropagation(X, parameters);
          if (i % 10 === 0) costs.push(computeCostWithRegularization(A3, Y, parameters, lambd));
          const grads = await call(X, Y, cache, lambd);
          expectTensors(`${NAME}(…)`, grads, {
            dW1: [5, 3],
            db1: [5, 1],
            dW2: [3, 5],
            db2: [3, 1],
            dW3: [1, 3],
            db3: [1, 1],
          });
          parameters = updateParameters(parameters, grads, 0.3);
        }
        const { A3 } = forwardPropagation(X, parameters);
        costs.push(computeCostWithRegularization(A3, Y, parameters, lambd));
        return { costs, parameters };
      };
      const decayed = await train(4);
      expectFalling(`${NAME}: the regularized cost (λ = 4) over 40 steps`, decayed.costs, 0.05);
      const free = await train(0);
      const size = (p: Parameters) =>
        ["W1", "W2", "W3"].reduce((s, k) => s + p[k]!.square().sum().dataSync()[0]!, 0);
      if (!(size(decayed.parameters) < size(free.parameters)))
        throw new CheckError(
          `${NAME}: after 40 steps with λ = 4 the weights have Σ‖Wl‖² = ${size(decayed.parameters).toFixed(3)}, ` +
            `not less than the ${size(free.parameters).toFixed(3)} of λ = 0. The (λ/m)·Wl term should pull every weight toward 0`,
        );
    },
  },
  {
    id: "lambda-zero-is-plain",
    kind: "property",
    points: 1,
    description: "with λ = 0 it returns the plain backward pass",
    async run({ call, rng }) {
      const { X, Y, cache } = draw(rng, false);
      expectAllClose(
        `${NAME}(X, Y, cache, λ = 0)`,
        await call(X, Y, cache, 0),
        backwardPropagation(X, Y, cache),
      );
    },
  },
]);
