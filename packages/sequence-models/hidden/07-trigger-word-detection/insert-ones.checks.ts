import { between, defineChecks, expectAllClose } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { insertOnes } from "../../solutions/07-trigger-word-detection/insert-ones.ts";

/** Labels [1, ty] with a few ones already set (an earlier activate's). */
function labelsWithOnes(ty: number, earlierEndMs: number | null): tf.Tensor2D {
  const y = tf.zeros([1, ty]) as tf.Tensor2D;
  return earlierEndMs === null ? y : insertOnes(y, earlierEndMs);
}

export default defineChecks("insertOnes", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description: "labels of varied Ty (50–1375), ends anywhere on the timeline, earlier ones kept",
    async run({ call, rng, input }) {
      for (const ty of [1375, between(rng, 50, 400), between(rng, 50, 400), 73]) {
        for (let i = 0; i < 3; i++) {
          const y = labelsWithOnes(ty, rng.nextDouble() < 0.5 ? between(rng, 0, 9999) : null);
          const ms = between(rng, 0, 9999);
          input("y", y);
          expectAllClose(
            `insertOnes(y [1, ${ty}], ${ms})`,
            { y: await call(y, ms) },
            { y: insertOnes(y, ms) },
          );
        }
      }
    },
  },
  {
    id: "end-of-timeline",
    kind: "reference",
    points: 2,
    description:
      "ends near 10 s: the ones stop at Ty (nothing written past it), and the give-up end 10000 adds none",
    async run({ call }) {
      for (const [ty, ms] of [
        [1375, 9700],
        [1375, 9999],
        [1375, 10000],
        [100, 9500],
        [60, 9990],
        [100, 0],
      ] as const) {
        const y = tf.zeros([1, ty]) as tf.Tensor2D;
        expectAllClose(
          `insertOnes(zeros [1, ${ty}], ${ms})`,
          { y: await call(y, ms) },
          { y: insertOnes(y, ms) },
        );
      }
    },
  },
]);
