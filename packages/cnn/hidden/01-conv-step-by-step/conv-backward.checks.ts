import {
  type CheckContext,
  defineChecks,
  expectGradients,
  normal,
  oracleGradients,
  type ScalarOf,
} from "@dlc/grader/checks";
import type * as tf from "@tensorflow/tfjs";
import { convCase, convOracle } from "../shared/conv-oracles.ts";

/** J(APrev, W, b) = Σ dZ ⊙ conv(APrev, W, b): its gradients are exactly dA_prev, dW, db. */
const objective =
  (dZ: tf.Tensor, stride: number, pad: number): ScalarOf =>
  ({ APrev, W, b }) =>
    convOracle(APrev!, W!, b!, stride, pad).mul(dZ).sum();

async function gradientCheck({ call, rng, input }: CheckContext, against: "autodiff" | "numeric") {
  for (let i = 0; i < (against === "autodiff" ? 3 : 1); i++) {
    const { APrev, W, b, hparameters } = convCase(rng);
    const { stride, pad } = hparameters;
    const dZ = normal(rng, convOracle(APrev, W, b, stride, pad).shape);
    input("dZ", dZ);
    input("cache", { APrev, W, b, hparameters });
    const actual = await call(dZ, { APrev, W, b, hparameters });
    const oracle = oracleGradients(against, objective(dZ, stride, pad), { APrev, W, b }, [
      "APrev",
      "W",
      "b",
    ]);
    expectGradients(
      `convBackward(dZ, cache with stride ${stride}, pad ${pad})`,
      {
        dAPrev: { actual: actual?.dAPrev, oracle: oracle.APrev! },
        dW: { actual: actual?.dW, oracle: oracle.W! },
        db: { actual: actual?.db, oracle: oracle.b! },
      },
      against,
    );
  }
}

export default defineChecks("convBackward", [
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description: "dA_prev, dW and db equal tf.grad of the convolution, strides and paddings varied",
    run: (ctx) => gradientCheck(ctx, "autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dA_prev, dW and db agree with central differences",
    run: (ctx) => gradientCheck(ctx, "numeric"),
  },
]);
