import {
  between,
  type CheckContext,
  defineChecks,
  expectAllClose,
  expectGradients,
  expectTensors,
  normal,
  oracleGradients,
  type ScalarOf,
} from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { batchnormBackward } from "../../solutions/05-batch-norm-and-softmax/batchnorm-backward.ts";
import { batchnormForward } from "../../solutions/05-batch-norm-and-softmax/batchnorm-forward.ts";
import { bnLayer, hinted, runningStats } from "./data.ts";

const what = "batchnormBackward(dOut, cache)";

/** J(Z, γ, β) = Σ dOut ⊙ out, out from the reference forward pass in train mode. */
const objective =
  (dOut: tf.Tensor, epsilon: number, n: number): ScalarOf =>
  ({ Z, gamma, beta }) =>
    batchnormForward(Z!, gamma!, beta!, { mode: "train", ...zeroStats(n), epsilon })
      .out.mul(dOut)
      .sum();

function zeroStats(n: number) {
  return { runningMean: tf.zeros([n, 1]), runningVar: tf.ones([n, 1]) };
}

async function gradientCheck({ call, rng, input }: CheckContext, against: "autodiff" | "numeric") {
  const [n, m] = [between(rng, 1, 4), between(rng, 3, 6)];
  const { Z, gamma, beta } = bnLayer(rng, n, m);
  const dOut = normal(rng, [n, m]);
  const epsilon = against === "autodiff" ? 1e-3 : 1e-8;
  const { cache } = batchnormForward(Z, gamma, beta, {
    mode: "train",
    ...runningStats(rng, n),
    epsilon,
  });
  input("dOut", dOut);
  input("cache", cache);
  const actual = await call(dOut, cache);
  const oracle = oracleGradients(against, objective(dOut, epsilon, n), { Z, gamma, beta }, [
    "Z",
    "gamma",
    "beta",
  ]);
  await hinted(
    "μ and σ² depend on every example of the batch: dZ needs the paths through μ and σ² as well as the direct one; dgamma and dbeta sum over the examples (axis 1) without 1/m",
    () =>
      expectGradients(
        "batchnormBackward",
        {
          dZ: { actual: actual?.dZ, oracle: oracle.Z! },
          dgamma: { actual: actual?.dgamma, oracle: oracle.gamma! },
          dbeta: { actual: actual?.dbeta, oracle: oracle.beta! },
        },
        against,
      ),
  );
}

export default defineChecks("batchnormBackward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns dZ shaped like Z, dgamma and dbeta shaped like γ and β, the reference's values",
    async run({ call, rng }) {
      const { Z, gamma, beta } = bnLayer(rng, 3, 5);
      const { cache } = batchnormForward(Z, gamma, beta, {
        mode: "train",
        ...runningStats(rng, 3),
      });
      const dOut = normal(rng, [3, 5]);
      const actual = await call(dOut, cache);
      expectTensors(what, actual, { dZ: [3, 5], dgamma: [3, 1], dbeta: [3, 1] });
      // shapes alone are met by zeros: the values too
      expectAllClose(what, actual, batchnormBackward(dOut, cache), { rtol: 1e-3, atol: 1e-4 });
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description: "dZ, dgamma and dbeta equal tf.grad of Σ dOut ⊙ out through the batch statistics",
    run: (ctx) => gradientCheck(ctx, "autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dZ, dgamma and dbeta agree with central differences",
    run: (ctx) => gradientCheck(ctx, "numeric"),
  },
]);
