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
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { linearActivationBackward } from "../../solutions/04-deep-nn-step-by-step/linear-activation-backward.ts";
import { clearOfKinks } from "../shared/relu-margin.ts";

type Activation = "sigmoid" | "relu";

/** J(A, W, b) = (1/m) Σ dA ⊙ g(W·A + b). */
const objective =
  (dA: tf.Tensor, activation: Activation): ScalarOf =>
  ({ A, W, b }) => {
    const Z = tf.matMul(W!, A!).add(b!);
    return (activation === "sigmoid" ? tf.sigmoid(Z) : tf.relu(Z)).mul(dA).sum().div(A!.shape[1]!);
  };

function draw(rng: RandomState, activation: Activation, numeric: boolean) {
  for (;;) {
    const [n0, n1, m] = [between(rng, 2, 4), between(rng, 1, 3), between(rng, 3, 6)];
    const linearCache = {
      A: normal(rng, [n0, m]),
      W: normal(rng, [n1, n0]),
      b: normal(rng, [n1, 1]),
    };
    const Z = tf.matMul(linearCache.W, linearCache.A).add(linearCache.b);
    if (!numeric || activation === "sigmoid" || clearOfKinks([Z]))
      return { dA: normal(rng, [n1, m]), linearCache, Z, m };
  }
}

const gradientCheck =
  (activation: Activation, against: "autodiff" | "numeric") =>
  async ({ call, rng, input }: CheckContext) => {
    const { dA, linearCache, Z, m } = draw(rng, activation, against === "numeric");
    input("dA", dA);
    input("linearCache", linearCache);
    const actual = await call(dA, { linearCache, activationCache: Z }, activation);
    const oracle = oracleGradients(against, objective(dA, activation), linearCache, [
      "A",
      "W",
      "b",
    ]);
    expectGradients(
      `linearActivationBackward(…, "${activation}")`,
      {
        dW: { actual: actual?.dW, oracle: oracle.W! },
        db: { actual: actual?.db, oracle: oracle.b! },
        dAPrev: { actual: actual?.dAPrev, oracle: oracle.A!, scale: m },
      },
      against,
    );
  };

export default defineChecks("linearActivationBackward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns dAPrev, dW and db shaped like A_prev, W and b",
    async run({ call, rng }) {
      // a Z with no positive entry makes every ReLU gradient 0, which zeros would match
      let drawn = draw(rng, "relu", false);
      while (!(drawn.Z.max().dataSync()[0]! > 0)) drawn = draw(rng, "relu", false);
      const { dA, linearCache, Z } = drawn;
      const { A, W, b } = linearCache;
      const cache = { linearCache, activationCache: Z };
      const actual = await call(dA, cache, "relu");
      const what = "linearActivationBackward(dA, cache, 'relu')";
      expectTensors(what, actual, { dAPrev: A.shape, dW: W.shape, db: b.shape });
      expectAllClose(what, actual, { ...linearActivationBackward(dA, cache, "relu") });
    },
  },
  {
    id: "sigmoid-grads-match-autodiff",
    kind: "gradient",
    points: 2,
    description: "through a sigmoid: dW, db, dA_prev equal tf.grad of the reference layer",
    run: gradientCheck("sigmoid", "autodiff"),
  },
  {
    id: "relu-grads-match-autodiff",
    kind: "gradient",
    points: 2,
    description: "through a ReLU: dW, db, dA_prev equal tf.grad of the reference layer",
    run: gradientCheck("relu", "autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "through a ReLU: the gradients agree with central differences",
    run: gradientCheck("relu", "numeric"),
  },
]);
