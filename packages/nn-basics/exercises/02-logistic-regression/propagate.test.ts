import { expectClose, float32, labelsData, tensorData, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { propagate } from "./propagate.ts";

/** The cross-entropy written with tf ops, to differentiate with tf.grads. */
function crossEntropy(w: tf.Tensor, b: tf.Tensor, X: tf.Tensor, Y: tf.Tensor): tf.Scalar {
  const A = tf.sigmoid(tf.matMul(w, X, true, false).add(b));
  const one = tf.scalar(1);
  return Y.mul(tf.log(A))
    .add(one.sub(Y).mul(tf.log(one.sub(A))))
    .mean()
    .neg() as tf.Scalar;
}

describe("propagate", () => {
  it("matches the notebook: w = [[1], [2]], b = 1.5, three examples", () => {
    const { grads, cost } = propagate(
      tf.tensor2d([[1], [2]]),
      1.5,
      tf.tensor2d([
        [1, -2, -1],
        [3, 0.5, -3.2],
      ]),
      tf.tensor2d([[1, 1, 0]]),
    );
    expectClose("propagate: grads.dw", grads.dw, [[0.25071532], [-0.06604096]]);
    expectClose("propagate: grads.db", grads.db, -0.12500404500439652);
    expectClose("propagate: cost", cost, 0.15900537707692405);
  });

  it("matches the notebook's earlier example: w = [[1], [2]], b = 2, Y = [[1, 0, 1]]", () => {
    const { grads, cost } = propagate(
      tf.tensor2d([[1], [2]]),
      2,
      tf.tensor2d([
        [1, 2, -1],
        [3, 4, -3.2],
      ]),
      tf.tensor2d([[1, 0, 1]]),
    );
    expectClose("propagate: grads.dw", grads.dw, [[0.99845601], [2.39507239]]);
    expectClose("propagate: grads.db", grads.db, 0.001455578136784208, { atol: 1e-6 });
    // wᵀx + b = 12 for the second example: in float32, 1 − σ(12) keeps only ~3 digits, so the
    // cost (dominated by −log(1 − σ(12))/3) agrees to about 1e-3 relative, not 1e-4.
    expectClose("propagate: cost", cost, 5.801545319394553, { rtol: 1e-3 });
  });

  it("matches the notebook's public test: three features, four examples", () => {
    const { grads, cost } = propagate(
      tf.tensor2d([[1], [2], [-1]]),
      2.5,
      tf.tensor2d([
        [1, 2, -1, 0],
        [3, 4, -3.2, 1],
        [3, 4, -3.2, -3.5],
      ]),
      tf.tensor2d([[1, 1, 0, 0]]),
    );
    expect(typeof grads.db).toBe("number");
    expect(typeof cost).toBe("number");
    expect(grads.dw.shape).toEqual([3, 1]);
    expectClose("propagate: grads.dw", grads.dw, [[-0.03909333], [0.12501464], [-0.99960809]]);
    expectClose("propagate: grads.db", grads.db, 0.288106326429569);
    expectClose("propagate: cost", cost, 2.0424567983978403);
  });

  // |wᵀx + b| ≤ 5·1·2 + 1 = 11, so σ stays clear of 0 and 1 in float32 and the logs are finite.
  const problem = fc
    .record({ n: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 8 }) })
    .chain(({ n, m }) =>
      fc.record({
        w: tensorData([n, 1], { min: -1, max: 1 }),
        b: float32({ min: -1, max: 1 }),
        X: tensorData([n, m], { min: -2, max: 2 }),
        Y: labelsData(m),
      }),
    );

  test.prop([problem])(
    "gives a non-negative cost, and gradients that agree with tf.grad of that cost",
    (data) => {
      const [w, X, Y] = [toTensor(data.w), toTensor(data.X), toTensor(data.Y)];
      const { grads, cost } = propagate(w, data.b, X, Y);
      expect(cost).toBeGreaterThanOrEqual(0);
      expect(grads.dw.shape).toEqual(data.w.shape);
      expect(typeof grads.db).toBe("number");

      const J = (wv: tf.Tensor, bv: tf.Tensor) => crossEntropy(wv, bv, X, Y);
      expectClose("propagate: cost", cost, J(w, tf.scalar(data.b)).dataSync()[0]!, { atol: 1e-5 });
      const [dw, db] = tf.grads(J)([w, tf.scalar(data.b)]);
      expectClose("propagate: grads.dw", grads.dw, dw!, { atol: 1e-5 });
      expectClose("propagate: grads.db", grads.db, db!.dataSync()[0]!, { atol: 1e-5 });
    },
  );
});
