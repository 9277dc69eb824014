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
import type { RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { computeCost } from "../../solutions/04-deep-nn-step-by-step/compute-cost.ts";
import { lModelBackward } from "../../solutions/04-deep-nn-step-by-step/l-model-backward.ts";
import { lModelForward } from "../../solutions/04-deep-nn-step-by-step/l-model-forward.ts";
import { randomParameters } from "../shared/data.ts";
import { clearOfKinks } from "../shared/relu-margin.ts";

/** A small network [n0, …, 1] of `depth` layers, its inputs and labels, and the reference forward pass. */
function draw(rng: RandomState, depth: number, numeric: boolean) {
  for (;;) {
    const dims = [
      between(rng, 2, 4),
      ...Array.from({ length: depth - 1 }, () => between(rng, 2, 4)),
      1,
    ];
    const m = between(rng, 3, 6);
    const X = normal(rng, [dims[0]!, m]);
    const Y = labels(rng, m);
    const parameters = randomParameters(rng, dims, 0.8);
    const forward = lModelForward(X, parameters);
    const hidden = forward.caches.slice(0, -1).map((c) => c.activationCache);
    if (!numeric || clearOfKinks(hidden)) return { dims, X, Y, parameters, ...forward };
  }
}

const gradientCheck =
  (against: "autodiff" | "numeric") =>
  async ({ call, rng, input }: CheckContext) => {
    for (const depth of against === "autodiff" ? [2, 3] : [3]) {
      const { dims, X, Y, parameters, AL, caches } = draw(rng, depth, against === "numeric");
      input("X", X);
      input("Y", Y);
      input("parameters", parameters);
      const grads = await call(AL, Y, caches);
      const names = Object.keys(parameters);
      const cost = (p: Record<string, tf.Tensor>) => computeCost(lModelForward(X, p).AL, Y);
      const oracle = oracleGradients(against, cost, parameters, names);
      expectGradients(
        `lModelBackward (layers [${dims}])`,
        Object.fromEntries(
          names.map((k) => [`d${k}`, { actual: grads?.[`d${k}`], oracle: oracle[k]! }]),
        ),
        against,
      );
    }
  };

export default defineChecks("lModelBackward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns dA0 … dA{L−1}, dW1 … dWL and db1 … dbL with the forward shapes",
    async run({ call, rng }) {
      const { X, Y, parameters, AL, caches } = draw(rng, 3, false);
      const shapes: Record<string, readonly number[]> = {};
      caches.forEach((cache, l) => {
        shapes[`dA${l}`] = l === 0 ? X.shape : cache.linearCache.A.shape;
        shapes[`dW${l + 1}`] = parameters[`W${l + 1}`]!.shape;
        shapes[`db${l + 1}`] = parameters[`b${l + 1}`]!.shape;
      });
      const actual = await call(AL, Y, caches);
      expectTensors("lModelBackward(AL, Y, caches)", actual, shapes);
      expectAllClose("lModelBackward(AL, Y, caches)", actual, lModelBackward(AL, Y, caches));
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description:
      "every dW and db equals tf.grad of the cost of the reference forward pass (2 and 3 layers)",
    run: gradientCheck("autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "every dW and db agrees with central differences of the cost",
    run: gradientCheck("numeric"),
  },
  {
    id: "activation-grads-match-reference",
    kind: "reference",
    points: 1,
    description: "the dA of every layer equals the reference",
    async run({ call, rng }) {
      const { AL, Y, caches } = draw(rng, 3, false);
      const expected = lModelBackward(AL, Y, caches);
      const dAs = Object.fromEntries(Object.entries(expected).filter(([k]) => k.startsWith("dA")));
      expectAllClose("lModelBackward(AL, Y, caches)", await call(AL, Y, caches), dAs);
    },
  },
]);
