import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { signsImages } from "@dlc/student-kit/datasets";
import * as tf from "@tensorflow/tfjs";
import { convolutionalModel } from "../../solutions/02-cnn-application/convolutional-model.ts";

export default defineChecks("convolutionalModel", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "on random picture sizes and at 64×64: layer by layer, then with the reference's weights the same outputs",
    async run({ model, rng }) {
      const side = 8 * between(rng, 2, 5);
      const shape: [number, number, number] = [side, side + 8, 3];
      for (const inputShape of [shape, [64, 64, 3] as [number, number, number]]) {
        const reference = convolutionalModel(inputShape);
        const probe = modelProbe(reference, normal(rng, [2, ...inputShape]));
        expectModel(
          `convolutionalModel([${inputShape}])`,
          await model([inputShape], probe),
          reference,
          probe,
        );
        reference.dispose();
      }
    },
  },
  {
    id: "learns-signs",
    kind: "training",
    points: 2,
    description:
      "trained on 240 SIGNS pictures at 32×32, it names the sign of 60 others (scored by the grader) far above chance",
    timeoutMs: 30_000,
    async run({ harness }) {
      const { train, test } = signsImages({ size: 32, mTrain: 240, mTest: 60, seed: 3 });
      const predicted = await harness(
        "cnn-application.harness.ts",
        "trainSigns",
        train.images,
        train.labels,
        test.images,
        6,
        16,
        0.01,
        3,
      );
      if (!(predicted instanceof tf.Tensor) || predicted.shape.join() !== "60")
        throw new CheckError(
          "convolutionalModel: the trained model gave no [60] classes for the test pictures",
        );
      const accuracy = predicted
        .cast("int32")
        .equal(test.labels)
        .cast("float32")
        .mean()
        .arraySync() as number;
      if (!(accuracy >= 0.4))
        throw new CheckError(
          `convolutionalModel: after training, ${(100 * accuracy).toFixed(1)} % of the unseen signs are right; the reference gets 61.7 % and guessing 16.7 % (must be at least 40 %)`,
        );
    },
  },
]);
