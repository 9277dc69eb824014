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
import { linearBackward } from "../../solutions/04-deep-nn-step-by-step/linear-backward.ts";

/** J(A, W, b) = (1/m) Σ dZ ⊙ (W·A + b): its gradients are the notebook's dW and db, and dA_prev / m. */
const objective =
  (dZ: tf.Tensor): ScalarOf =>
  ({ A, W, b }) =>
    tf.matMul(W!, A!).add(b!).mul(dZ).sum().div(A!.shape[1]!);

async function gradientCheck({ call, rng, input }: CheckContext, against: "autodiff" | "numeric") {
  const [n0, n1, m] = [between(rng, 2, 4), between(rng, 1, 3), between(rng, 3, 6)];
  const cache = { A: normal(rng, [n0, m]), W: normal(rng, [n1, n0]), b: normal(rng, [n1, 1]) };
  const dZ = normal(rng, [n1, m]);
  input("dZ", dZ);
  input("cache", cache);
  const actual = await call(dZ, cache);
  const oracle = oracleGradients(against, objective(dZ), cache, ["A", "W", "b"]);
  expectGradients(
    "linearBackward",
    {
      dW: { actual: actual?.dW, oracle: oracle.W! },
      db: { actual: actual?.db, oracle: oracle.b! },
      dAPrev: { actual: actual?.dAPrev, oracle: oracle.A!, scale: m },
    },
    against,
  );
}

export default defineChecks("linearBackward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns dAPrev, dW and db shaped like A_prev, W and b",
    async run({ call, rng }) {
      const cache = { A: normal(rng, [4, 5]), W: normal(rng, [3, 4]), b: normal(rng, [3, 1]) };
      const dZ = normal(rng, [3, 5]);
      const actual = await call(dZ, cache);
      expectTensors("linearBackward(dZ, cache)", actual, {
        dAPrev: [4, 5],
        dW: [3, 4],
        db: [3, 1],
      });
      expectAllClose("linearBackward(dZ, cache)", actual, { ...linearBackward(dZ, cache) });
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description: "dW, db and dA_prev equal tf.grad of the linear layer (dA_prev without 1/m)",
    run: (ctx) => gradientCheck(ctx, "autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dW, db and dA_prev agree with central differences",
    run: (ctx) => gradientCheck(ctx, "numeric"),
  },
]);
