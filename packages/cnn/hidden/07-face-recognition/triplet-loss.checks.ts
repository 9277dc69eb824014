import { defineChecks, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { tripletLoss } from "../../solutions/07-face-recognition/triplet-loss.ts";

/** anchor, positive, negative [m, n]: the negative drawn nearer or farther so that some rows clip at 0 and some do not. */
function triplet(rng: Parameters<typeof normal>[0], m: number, n: number) {
  const a = normal(rng, [m, n]);
  const p = tf.tidy(() => a.add(normal(rng, [m, n]).mul(0.5)));
  const scale = tf.tensor2d(
    Array.from({ length: m }, (_, i) => [i % 2 === 0 ? 0.2 : 2]),
    [m, 1],
  );
  const q = tf.tidy(() => a.add(normal(rng, [m, n]).mul(scale)));
  return [a, p, q] as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
}

export default defineChecks("tripletLoss", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "equals Σ max(‖a − p‖² − ‖a − n‖² + α, 0) on random triplets (1 to 9 examples, 2 to 128 numbers, α 0.2, 0 and 1.5), some clipped at 0",
    async run({ call, rng, input }) {
      for (const [m, n, alpha] of [
        [1, 2, 0.2],
        [6, 8, 0],
        [9, 128, 1.5],
        [4, 32, 0.2],
      ] as const) {
        const yPred = triplet(rng, m, n);
        input("yPred", yPred);
        expectClose(
          `tripletLoss(yTrue, [a, p, n] of [${m}, ${n}], ${alpha})`,
          await call(null, yPred, alpha),
          tripletLoss(null, yPred, alpha),
          { rtol: 1e-4, atol: 1e-5 },
        );
      }
    },
  },
  {
    id: "default-margin-and-clip",
    kind: "reference",
    points: 1,
    description:
      "with the default α = 0.2: 0 when every negative is far, α·m when anchor, positive and negative coincide",
    async run({ call, rng }) {
      const a = normal(rng, [5, 16]);
      const far = tf.tidy(() => a.add(10));
      expectClose(
        "tripletLoss(yTrue, [a, a, a + 10]) (default α)",
        await call(null, [a, a, far]),
        tf.scalar(0),
        {
          atol: 1e-5,
        },
      );
      expectClose(
        "tripletLoss(yTrue, [a, a, a]) (default α, 5 examples)",
        await call(null, [a, a, a]),
        tf.scalar(1),
        {
          rtol: 1e-5,
        },
      );
    },
  },
]);
