import { between, defineChecks } from "@dlc/grader/checks";
import {
  CheckError,
  expectClose,
  expectShape,
  labelledMatrixData,
  toTensor,
} from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";
import { multiTaskLoss } from "../../solutions/07-multi-task-and-transfer/multi-task-loss.ts";
import { DRIVING_MULTI_TASK } from "../../src/case-studies.ts";
import { multiTaskBatch } from "./data.ts";

function value(what: string, J: unknown): number {
  expectShape(what, J, []);
  return (J as tf.Tensor).dataSync()[0]!;
}

export default defineChecks("multiTaskLoss", [
  {
    id: "returns-scalar",
    kind: "contract",
    points: 1,
    description: "returns the loss as a scalar tensor",
    async run({ call, rng }) {
      const { Yhat, Y } = multiTaskBatch(rng, 3, 4);
      const J = await call(Yhat, Y);
      value("multiTaskLoss(Yhat, Y)", J);
      expectClose("multiTaskLoss(Yhat, Y)", J, multiTaskLoss(Yhat, Y), { rtol: 1e-4 });
      // a second, different call: an answer remembered from the first one does not fit it
      const other = multiTaskBatch(rng, 2, 6);
      expectClose(
        "multiTaskLoss(Yhat [2, 6], Y)",
        await call(other.Yhat, other.Y),
        multiTaskLoss(other.Yhat, other.Y),
        { rtol: 1e-4 },
      );
    },
  },
  {
    id: "quiz-labels",
    kind: "reference",
    points: 2,
    description:
      "the quiz's images, [0, ?, 1, 1, ?] among them: the labelled losses summed, divided by m",
    async run({ call }) {
      const Y = tf.tensor2d(DRIVING_MULTI_TASK.labels);
      const Yhat = tf.tensor2d(DRIVING_MULTI_TASK.predictions);
      const J = value("multiTaskLoss(quiz Yhat, quiz Y)", await call(Yhat, Y));
      if (Math.abs(J - 0.8514230928552865) > 1e-4)
        throw new CheckError(
          `multiTaskLoss on the quiz's 4 images is ${J}, expected 0.851423 (13 labelled entries, / m = 4)` +
            (Math.abs(J - 2.074636) < 1e-3
              ? ": the ?s are counted as 0 labels, leave them out of the sum"
              : "") +
            (Math.abs(J - 0.261976) < 1e-3
              ? ": that is the mean over the 13 labels, divide by m instead"
              : ""),
        );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description: "random k × m batches with about 30 % of the labels missing",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { Yhat, Y } = multiTaskBatch(
          rng,
          between(rng, 2, 6),
          between(rng, 3, 10),
          0.2 + 0.2 * i,
        );
        input("Yhat", Yhat);
        input("Y", Y);
        expectClose(
          `multiTaskLoss(Yhat ${Yhat.shape}, Y)`,
          await call(Yhat, Y),
          multiTaskLoss(Yhat, Y),
          {
            rtol: 1e-4,
          },
        );
      }
    },
  },
  {
    id: "plain-when-complete",
    kind: "property",
    points: 1,
    description: "equals the plain loss (1/m) Σᵢ Σⱼ L(ŷ, y) when no label is missing",
    async run({ call, property }) {
      const arbitrary = labelledMatrixData([0, 1], { min: 0.03, max: 0.97 });
      await property(arbitrary, async ({ values, labels }) => {
        const [P, Y] = [toTensor(values), toTensor(labels)];
        const plain = tf.tidy(() =>
          Y.mul(P.log())
            .add(tf.scalar(1).sub(Y).mul(tf.scalar(1).sub(P).log()))
            .sum()
            .neg()
            .div(P.shape[1]!),
        );
        expectClose(`multiTaskLoss on a complete ${P.shape} batch`, await call(P, Y), plain, {
          rtol: 1e-4,
        });
      });
    },
  },
  {
    id: "missing-ignored",
    kind: "property",
    points: 1,
    description: "the predictions at missing labels do not change the loss, which stays finite",
    async run({ call, rng, property }) {
      await property(
        fc.integer({ min: 0, max: 1_000_000 }),
        async (salt) => {
          const { Yhat, Y } = multiTaskBatch(rng, 2 + (salt % 4), 2 + (salt % 5));
          const other = tf.where(tf.isNaN(Y), tf.onesLike(Yhat).mul(0.97), Yhat);
          const [a, b] = [
            value("multiTaskLoss", await call(Yhat, Y)),
            value("multiTaskLoss", await call(other, Y)),
          ];
          if (!Number.isFinite(a))
            throw new CheckError(
              `multiTaskLoss is ${a} with missing labels: NaN · 0 is NaN, replace the NaN labels (tf.where) before computing the loss`,
            );
          if (Math.abs(a - b) > 1e-5 * Math.max(1, Math.abs(a)))
            throw new CheckError(
              `multiTaskLoss changes from ${a} to ${b} when only the predictions at missing labels change: leave the ?s out of the sum`,
            );
          // a constant is finite and unchanged too: the value must be the loss
          const expected = multiTaskLoss(Yhat, Y).dataSync()[0]!;
          if (!(Math.abs(a - expected) <= 1e-4 * Math.max(1, Math.abs(expected))))
            throw new CheckError(`multiTaskLoss(Yhat, Y) is ${a}, expected ${expected}`);
        },
        { numRuns: 10 },
      );
    },
  },
  {
    id: "saturated-and-unlabelled",
    kind: "reference",
    points: 1,
    description:
      "predictions saturated at exactly 0 or 1 (σ of |z| > 17 in float32), an image with no label, a task with none, a batch with none",
    async run({ call }) {
      const N = Number.NaN;
      // row 2 has no label at all, column 3 (the fourth image) neither; ŷ is 0 or 1 where the
      // label agrees, and anything where it is missing
      const Yhat = tf.tensor2d([
        [1, 0, 0.7, 1],
        [0, 1, 0.2, 0],
        [1, 0, 0.5, 1],
      ]);
      const Y = tf.tensor2d([
        [1, 0, 1, N],
        [0, 1, 0, N],
        [N, N, N, N],
      ]);
      const cases: [string, tf.Tensor, tf.Tensor][] = [
        ["saturated ŷ, a task and an image without labels", Yhat, Y],
        ["no label at all", Yhat, tf.fill([3, 4], N)],
      ];
      for (const [story, P, L] of cases) {
        const what = `multiTaskLoss(${story})`;
        const J = value(what, await call(P, L));
        const expected = multiTaskLoss(P, L).dataSync()[0]!;
        if (!(Math.abs(J - expected) <= 1e-5))
          throw new CheckError(
            `${what} is ${J}, expected ${expected}: ` +
              (Number.isNaN(J)
                ? "ŷ = 1 with y = 1 makes (1 − y)·log(1 − ŷ) = 0 · (−∞) = NaN; take −log ŷ where y = 1 and −log(1 − ŷ) where y = 0 (tf.where)"
                : "an unlabelled image still counts in m, and an empty sum is 0"),
          );
      }
    },
  },
]);
