import { defineChecks, expectModel, modelProbe, uniform } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { alpacaModel } from "../../solutions/04-transfer-learning/alpaca-model.ts";
import { alpacas } from "../../src/alpacas.ts";
import { pretrainedWeights } from "../../src/pretrained.ts";
import { alpacaModelFrom } from "../../src/transfer.harness.ts";

const via = { file: "transfer.harness.ts", fn: "alpacaModelFrom" };

/** Accuracy of logits [m, 1] (positive: alpaca) against labels [m, 1]. */
function accuracyOf(logits: tf.Tensor, labels: tf.Tensor): number {
  return tf.tidy(
    () => logits.greater(0).cast("float32").equal(labels).cast("float32").mean().dataSync()[0]!,
  );
}

export default defineChecks("alpacaModel", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "at 16×16 and 24×32 on the pretrained base: layer by layer (the base frozen), then the same logits with the reference's weights",
    async run({ model, rng }) {
      const weights = pretrainedWeights();
      for (const shape of [
        [16, 16, 3],
        [24, 32, 3],
      ] as [number, number, number][]) {
        const reference = alpacaModelFrom(alpacaModel, shape, weights);
        const probe = modelProbe(reference, uniform(rng, [2, ...shape], 0, 255));
        expectModel(
          `alpacaModel([${shape}], augmentation, base)`,
          await model([shape, weights], probe, via),
          reference,
          probe,
        );
      }
    },
  },
  {
    id: "head-learns-alpacas",
    kind: "training",
    points: 2,
    description:
      "its head, trained on 128 pictures over the frozen base, tells alpacas in 64 unseen pictures (scored by the grader) well above chance, and the base's weights stay as shipped",
    timeoutMs: 30_000,
    async run({ harness, seed }) {
      const weights = pretrainedWeights();
      const train = alpacas(128, 32, seed);
      const test = alpacas(64, 32, seed + 1);
      const answer = (await harness(
        "transfer.harness.ts",
        "trainHead",
        weights,
        train.images,
        train.labels,
        test.images,
        6,
        0.01,
        seed,
      )) as { logits?: unknown; baseWeights?: unknown };
      const logits = answer?.logits;
      if (!(logits instanceof tf.Tensor) || logits.shape.join() !== "64,1")
        throw new CheckError(
          "alpacaModel: the trained model gave no [64, 1] logits for the test pictures",
        );
      const after = answer.baseWeights;
      if (!Array.isArray(after) || after.length !== weights.length)
        throw new CheckError(
          `alpacaModel: the model has no base named "tiny_mobilenet" with the pretrained weights`,
        );
      for (const [i, w] of weights.entries()) {
        const a = after[i];
        const same =
          a instanceof tf.Tensor &&
          a.shape.join() === w.shape.join() &&
          tf.tidy(() => a.equal(w).all().dataSync()[0] === 1);
        if (!same)
          throw new CheckError(
            `alpacaModel: training changed the base's weight ${i + 1} (shape [${w.shape}]): the base must be frozen (baseModel.trainable = false)`,
          );
      }
      const accuracy = accuracyOf(logits, test.labels);
      if (!(accuracy >= 0.75))
        throw new CheckError(
          `alpacaModel: after training the head, ${(100 * accuracy).toFixed(1)} % of the unseen pictures are right (chance 50 %, must be at least 75 %); check the preprocessing and that Dense(1) has no activation`,
        );
    },
  },
]);
