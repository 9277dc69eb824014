import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { gramMatrix } from "./gram-matrix.ts";

describe("gramMatrix", () => {
  it("gives A·Aᵀ: [[1, 2], [3, 4]] → [[5, 11], [11, 25]]", () => {
    expectClose(
      "gramMatrix([[1, 2], [3, 4]])",
      gramMatrix(
        tf.tensor2d([
          [1, 2],
          [3, 4],
        ]),
      ),
      [
        [5, 11],
        [11, 25],
      ],
    );
  });

  test.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }), fc.nat(200)])(
    "is [n_C, n_C], symmetric, with the squared row norms on its diagonal, and positive semi-definite",
    (nC, positions, seed) => {
      const [A, v] = randnSequence(seed, [
        [nC, positions],
        [nC, 1],
      ]);
      const G = gramMatrix(A as tf.Tensor2D);
      expect(G.shape).toEqual([nC, nC]);
      expectClose("gramMatrix(A) − its transpose", G.sub(G.transpose()), tf.zeros([nC, nC]), {
        atol: 1e-4,
      });
      expectClose(
        "the diagonal of gramMatrix(A)",
        tf.sum(G.mul(tf.eye(nC)), 1),
        A!.square().sum(1),
      );
      const quadratic = tf.matMul(tf.matMul(v!, G, true), v!).arraySync() as number[][];
      expect(quadratic[0]![0]!).toBeGreaterThanOrEqual(-1e-3);
    },
  );
});
