import {
  between,
  type CheckContext,
  defineChecks,
  expectGradients,
  oracleGradients,
  type ScalarOf,
} from "@dlc/grader/checks";
import {
  CheckError,
  expectClose,
  expectShape,
  labelledMatrixData,
  toTensor,
} from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { multiTaskLoss } from "../../solutions/07-multi-task-and-transfer/multi-task-loss.ts";
import { multiTaskLossBackward } from "../../solutions/07-multi-task-and-transfer/multi-task-loss-backward.ts";
import { logitBatch } from "./data.ts";

/** J(Z) = multiTaskLoss(σ(Z), Y): its gradient is the dZ asked for. */
const objective =
  (Y: tf.Tensor): ScalarOf =>
  ({ Z }) =>
    multiTaskLoss(tf.sigmoid(Z!), Y);

async function gradientCheck({ call, rng, input }: CheckContext, against: "autodiff" | "numeric") {
  const { Z, Y } = logitBatch(rng, between(rng, 2, 5), between(rng, 3, 8));
  input("Z", Z);
  input("Y", Y);
  const dZ = await call(Z, Y);
  const oracle = oracleGradients(against, objective(Y), { Z }, ["Z"]);
  expectGradients("multiTaskLossBackward", { dZ: { actual: dZ, oracle: oracle.Z! } }, against);
}

export default defineChecks("multiTaskLossBackward", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns dZ shaped like Z, [k, m]",
    async run({ call, rng }) {
      const { Z, Y } = logitBatch(rng, 3, 5);
      const dZ = await call(Z, Y);
      expectShape("multiTaskLossBackward(Z, Y)", dZ, [3, 5]);
      expectClose("multiTaskLossBackward(Z, Y)", dZ, multiTaskLossBackward(Z, Y), {
        rtol: 1e-4,
        atol: 1e-6,
      });
      // a second, different call: an answer remembered from the first one does not fit it
      const other = logitBatch(rng, 2, 6);
      expectClose(
        "multiTaskLossBackward(Z [2, 6], Y)",
        await call(other.Z, other.Y),
        multiTaskLossBackward(other.Z, other.Y),
        { rtol: 1e-4, atol: 1e-6 },
      );
    },
  },
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description: "dZ equals tf.grad of J(Z) = multiTaskLoss(σ(Z), Y), missing labels included",
    run: (ctx) => gradientCheck(ctx, "autodiff"),
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dZ agrees with central differences of the multi-task loss",
    run: (ctx) => gradientCheck(ctx, "numeric"),
  },
  {
    id: "zero-at-missing",
    kind: "property",
    points: 1,
    description: "dZ is 0 exactly where a label is missing, and finite everywhere",
    async run({ call, property }) {
      const arbitrary = labelledMatrixData([0, 1, Number.NaN], { min: -4, max: 4 });
      await property(arbitrary, async ({ values: z, labels: y }) => {
        const [Z, Y] = [toTensor(z), toTensor(y)];
        const labels = y.values;
        const dZ = await call(Z, Y);
        expectShape("multiTaskLossBackward(Z, Y)", dZ, Z.shape);
        const values = (dZ as tf.Tensor).dataSync();
        labels.forEach((y, i) => {
          if (!Number.isFinite(values[i]!))
            throw new CheckError(
              `multiTaskLossBackward: dZ[${i}] is ${values[i]}: a NaN label leaks in; replace it with tf.where before subtracting`,
            );
          if (Number.isNaN(y) && values[i] !== 0)
            throw new CheckError(
              `multiTaskLossBackward: dZ[${i}] is ${values[i]} where the label is missing: a ? is not in the loss, its gradient is 0`,
            );
        });
        // zeros are 0 at the missing labels and finite too: the values must be the gradient
        expectClose("multiTaskLossBackward(Z, Y)", dZ, multiTaskLossBackward(Z, Y), {
          rtol: 1e-4,
          atol: 1e-6,
        });
      });
    },
  },
  {
    id: "saturated-and-unlabelled",
    kind: "reference",
    points: 1,
    description:
      "z at ±30 (σ saturated), an image with no label (still counted in m) and a task with none",
    async run({ call }) {
      const N = Number.NaN;
      const Z = tf.tensor2d([
        [30, -30, 2, 30],
        [-30, 30, -1, 0.5],
        [30, 30, -30, 1],
      ]);
      const Y = tf.tensor2d([
        [1, 1, 0, N],
        [0, 0, 1, N],
        [N, N, N, N],
      ]);
      expectClose(
        "multiTaskLossBackward(saturated Z, an image and a task without labels)",
        await call(Z, Y),
        multiTaskLossBackward(Z, Y),
        { rtol: 1e-4, atol: 1e-6 },
      );
    },
  },
]);
