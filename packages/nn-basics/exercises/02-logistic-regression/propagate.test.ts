import { expectClose, RandomState, relError } from "@dlc/grader/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { propagate } from "./propagate.ts";

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
    expectClose("propagate: grads.dw", grads.dw, [[-0.03909333], [0.12501464], [-0.99960809]]);
    expectClose("propagate: grads.db", grads.db, 0.288106326429569);
    expectClose("propagate: cost", cost, 2.0424567983978403);
  });

  const problem = fc.record({
    n: fc.integer({ min: 1, max: 5 }),
    m: fc.integer({ min: 1, max: 8 }),
    seed: fc.nat(1000),
  });

  test.prop([problem])(
    "gives a non-negative cost and gradients that agree with tf.grad",
    ({ n, m, seed }) => {
      const rng = new RandomState(seed);
      const w = tf.tensor(Float32Array.from(rng.randn(n, 1)), [n, 1]);
      const b = rng.randn(1)[0]!;
      const X = tf.tensor(Float32Array.from(rng.randn(n, m)), [n, m]);
      const Y = tf.tensor(
        Float32Array.from({ length: m }, () => rng.randint(0, 2)),
        [1, m],
      );
      const { grads, cost } = propagate(w, b, X, Y);
      expect(cost).toBeGreaterThanOrEqual(0);
      expect(grads.dw.shape).toEqual([n, 1]);
      const J = (wv: tf.Tensor, bv: tf.Tensor) => {
        const A = tf.sigmoid(tf.matMul(wv, X, true, false).add(bv));
        return Y.mul(tf.log(A))
          .add(
            tf
              .scalar(1)
              .sub(Y)
              .mul(tf.log(tf.scalar(1).sub(A))),
          )
          .mean()
          .neg();
      };
      const [dw, db] = tf.grads(J)([w, tf.scalar(b)]);
      expect(relError(grads.dw, dw!)).toBeLessThan(1e-4);
      expectClose("propagate: grads.db", grads.db, db!.dataSync()[0]!, { atol: 1e-5 });
    },
  );
});
