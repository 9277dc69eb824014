import {
  between,
  type CheckContext,
  defineChecks,
  expectGradients,
  expectNumber,
  expectTensors,
  labels,
  normal,
  oracleGradients,
  type ScalarOf,
} from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { propagate } from "../../solutions/02-logistic-regression/propagate.ts";

function draw(rng: RandomState) {
  const [n, m] = [between(rng, 2, 5), between(rng, 3, 9)];
  return {
    w: normal(rng, [n, 1], 0.5),
    b: rng.randn(1)[0]! * 0.5,
    X: normal(rng, [n, m]),
    Y: labels(rng, m),
  };
}

/** The reference cost as a function of w and b (a scalar tensor), for gradient oracles. */
const costOf =
  (X: tf.Tensor, Y: tf.Tensor): ScalarOf =>
  ({ w, b }) => {
    const A = tf.sigmoid(tf.matMul(w!, X, true, false).add(b!));
    const m = X.shape[1]!;
    return Y.mul(A.log())
      .add(tf.scalar(1).sub(Y).mul(tf.scalar(1).sub(A).log()))
      .sum()
      .div(-m);
  };

async function gradientCheck({ call, rng, input }: CheckContext, against: "autodiff" | "numeric") {
  const { w, b, X, Y } = draw(rng);
  input("w", w);
  input("b", b);
  input("X", X);
  input("Y", Y);
  const { grads } = await call(w, b, X, Y);
  const at = { w, b: tf.scalar(b) };
  const oracle = oracleGradients(against, costOf(X, Y), at, ["w", "b"]);
  expectGradients(
    "propagate",
    {
      "grads.dw": { actual: grads?.dw, oracle: oracle.w! },
      "grads.db": {
        actual: typeof grads?.db === "number" ? tf.scalar(grads.db) : grads?.db,
        oracle: oracle.b!,
      },
    },
    against,
  );
}

export default defineChecks("propagate", [
  {
    id: "structure",
    kind: "contract",
    points: 1,
    description: "returns { grads: { dw, db }, cost }: dw shaped like w, db and cost numbers",
    async run({ call, rng }) {
      const { w, b, X, Y } = draw(rng);
      const result = await call(w, b, X, Y);
      expectTensors("propagate(w, b, X, Y).grads", { dw: result?.grads?.dw }, { dw: w.shape });
      expectNumber("propagate(w, b, X, Y).grads.db", result.grads.db);
      expectNumber("propagate(w, b, X, Y).cost", result.cost);
      const expected = propagate(w, b, X, Y);
      expectClose("propagate(w, b, X, Y).cost", result.cost, expected.cost);
      expectClose("propagate(w, b, X, Y).grads.dw", result.grads.dw, expected.grads.dw);
    },
  },
  {
    id: "cost-matches-reference",
    kind: "reference",
    points: 2,
    description:
      "the cost equals the cross-entropy −(1/m) Σ [y log a + (1−y) log(1−a)] on random data",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { w, b, X, Y } = draw(rng);
        input("X", X);
        expectClose(
          "propagate(w, b, X, Y).cost",
          (await call(w, b, X, Y))?.cost,
          propagate(w, b, X, Y).cost,
        );
      }
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 2,
    description: "dw and db equal tf.grad of the cost with respect to w and b",
    run: (ctx) => gradientCheck(ctx, "autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dw and db agree with central differences of the cost",
    run: (ctx) => gradientCheck(ctx, "numeric"),
  },
  {
    id: "certain-predictions",
    kind: "reference",
    points: 1,
    description:
      "the cost stays finite where σ(wᵀx + b) is exactly 1 on a label 1 (or 0 on a label 0)",
    async run({ call, rng, input }) {
      // large weights that agree with the labels: float32's σ is exactly 1 (or 0) beyond
      // |z| ≈ 17, where Y·log A + (1 − Y)·log(1 − A) as written is 0·(−∞) = NaN
      const [n, m] = [between(rng, 2, 4), between(rng, 5, 9)];
      // the last three examples lie close to the boundary (|z| < 1), so the cost and dw are
      // clearly above 0 and answering zeros does not pass
      const w = normal(rng, [n, 1], 40);
      const X = tf.concat([normal(rng, [n, m]), normal(rng, [n, 3], 0.005)], 1);
      const Y = tf.tidy(() => tf.matMul(w, X, true, false).greater(0).cast("float32"));
      input("w", w);
      input("X", X);
      const actual = await call(w, 0, X, Y);
      const expected = propagate(w, 0, X, Y);
      expectClose(
        "propagate(w, b, X, Y).cost where A is exactly 0 or 1",
        actual?.cost,
        expected.cost,
      );
      expectClose("propagate(w, b, X, Y).grads.dw", actual.grads?.dw, expected.grads.dw);
    },
  },
]);
