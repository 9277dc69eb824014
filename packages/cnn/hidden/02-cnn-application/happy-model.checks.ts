import { defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { happyModel } from "../../solutions/02-cnn-application/happy-model.ts";
import { happyHouse } from "../../src/happy-house.ts";

export default defineChecks("happyModel", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "at 16×16 and 64×64: layer by layer, then with the reference's weights the same outputs (inference and training)",
    async run({ model, rng }) {
      const small = happyModel([16, 16, 3]);
      const probe = modelProbe(small, normal(rng, [3, 16, 16, 3]), [false, true]);
      expectModel("happyModel([16, 16, 3])", await model([[16, 16, 3]], probe), small, probe);
      small.dispose();
      const full = happyModel();
      expectModel("happyModel()", await model([], {}), full, {});
      full.dispose();
    },
  },
  {
    id: "learns-to-see-smiles",
    kind: "training",
    points: 2,
    description:
      "trained on 64 faces at 32×32, it tells smiling from not on 64 others (scored by the grader) better than chance",
    timeoutMs: 30_000,
    async run({ harness }) {
      const { train, test } = happyHouse({ size: 32, mTrain: 64, mTest: 64, seed: 3 });
      const predicted = await harness(
        "cnn-application.harness.ts",
        "trainHappy",
        train.images,
        train.labels,
        test.images,
        2,
        16,
        0.0003,
        3,
      );
      if (!(predicted instanceof tf.Tensor) || predicted.shape.join() !== "64")
        throw new CheckError(
          "happyModel: the trained model gave no [64] probabilities for the test faces",
        );
      const accuracy = predicted
        .greater(0.5)
        .cast("int32")
        .equal(test.labels)
        .cast("float32")
        .mean()
        .arraySync() as number;
      if (!(accuracy >= 0.58))
        throw new CheckError(
          `happyModel: after training, ${(100 * accuracy).toFixed(1)} % of the unseen faces are right; the reference gets 65.6 % and guessing 50 % (must be at least 58 %)`,
        );
    },
  },
]);
