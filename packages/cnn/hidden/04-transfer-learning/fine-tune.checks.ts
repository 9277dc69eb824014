import { defineChecks, normal } from "@dlc/grader/checks";
import { CheckError, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { alpacas } from "../../src/alpacas.ts";
import { pretrainedWeights } from "../../src/pretrained.ts";

/** fineTuneAt values whose layer and the one before it both hold weights (so off by one shows). */
const CUTS = [6, 9, 13, 16];

interface Answer {
  trains?: unknown;
  learningRate?: unknown;
  loss?: unknown;
  logits?: unknown;
  baseWeights?: unknown;
}

/** Runs the harness: fineTune(model, fineTuneAt, baseLearningRate), then `epochs` of training. */
async function fineTuned(
  harness: (file: string, fn: string, ...args: unknown[]) => Promise<unknown>,
  seed: number,
  fineTuneAt: number,
  baseLearningRate: number,
  epochs: number,
) {
  const weights = pretrainedWeights();
  const rng = new RandomState(seed);
  const head = [normal(rng, [64, 1], 0.3), tf.zeros([1])];
  const train = alpacas(64, 16, seed);
  const test = alpacas(32, 16, seed + 1);
  const answer = (await harness(
    "transfer.harness.ts",
    "fineTuneAndTrain",
    weights,
    head,
    train.images,
    train.labels,
    test.images,
    test.labels,
    fineTuneAt,
    baseLearningRate,
    epochs,
  )) as Answer;
  return { answer: answer ?? {}, weights, test };
}

/** The base's layers that hold weights (the others are its input and the Adds). */
const WITH_WEIGHTS = [1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19];

export default defineChecks("fineTune", [
  {
    id: "fine-tunes-from-the-cut",
    kind: "training",
    points: 5,
    description:
      "applied and trained two epochs: the base's layers before fineTuneAt keep their pretrained weights exactly, those from it on train; Adam at a tenth of the base learning rate; the loss it reports is binary cross-entropy recomputed from its logits",
    timeoutMs: 30_000,
    async run({ harness, rng, seed }) {
      const fineTuneAt = CUTS[Math.floor(rng.rand(1)[0]! * CUTS.length)]!;
      const baseLearningRate = 0.01;
      const call = `fineTune(model, ${fineTuneAt}, ${baseLearningRate})`;
      const { answer, weights, test } = await fineTuned(
        harness,
        seed,
        fineTuneAt,
        baseLearningRate,
        2,
      );
      const trains = answer.trains;
      if (!Array.isArray(trains) || trains.length !== 20)
        throw new CheckError(
          `${call}: the harness found no trainable flags for the base's 20 layers`,
        );
      for (const i of WITH_WEIGHTS) {
        const expected = i >= fineTuneAt;
        if (trains[i] !== expected)
          throw new CheckError(
            `${call}: base layer ${i} should ${expected ? "train" : "stay frozen"}, but it ${trains[i] ? "trains" : "is frozen"} (layers before fineTuneAt are frozen, the rest train)`,
          );
      }
      const lr = answer.learningRate;
      if (typeof lr !== "number" || Math.abs(lr - baseLearningRate / 10) > 1e-9)
        throw new CheckError(
          `${call}: the optimizer's learning rate is ${String(lr)}, expected ${baseLearningRate / 10} (a tenth of baseLearningRate)`,
        );
      const logits = answer.logits;
      if (!(logits instanceof tf.Tensor) || logits.shape.join() !== "32,1")
        throw new CheckError(`${call}: the fine-tuned model gave no [32, 1] logits`);
      const expected = tf.tidy(
        () => tf.losses.sigmoidCrossEntropy(test.labels, logits).dataSync()[0]!,
      );
      const loss = answer.loss;
      if (
        typeof loss !== "number" ||
        !(Math.abs(loss - expected) <= 1e-4 + 1e-3 * Math.abs(expected))
      )
        throw new CheckError(
          `${call}: the compiled loss gives ${String(loss)} on the test pictures; binary cross-entropy from their logits is ${expected.toFixed(5)} (use binaryCrossentropyFromLogits)`,
        );
      const after = answer.baseWeights;
      if (!Array.isArray(after) || after.length !== weights.length)
        throw new CheckError(`${call}: no base weights came back after training`);
      // the weights come layer by layer, a kernel and a bias per layer with weights
      for (const [k, layer] of WITH_WEIGHTS.entries())
        for (const j of [0, 1]) {
          const w = weights[2 * k + j]!;
          const a = after[2 * k + j];
          if (!(a instanceof tf.Tensor) || a.shape.join() !== w.shape.join())
            throw new CheckError(`${call}: base weight ${2 * k + j + 1} came back malformed`);
          const same = tf.tidy(() => a.equal(w).all().dataSync()[0] === 1);
          if (layer < fineTuneAt && !same)
            throw new CheckError(
              `${call}: training changed base layer ${layer}, which is before fineTuneAt and must stay frozen`,
            );
          if (layer >= fineTuneAt && j === 0 && same)
            throw new CheckError(
              `${call}: base layer ${layer} did not change in training, though it is from fineTuneAt on`,
            );
        }
    },
  },
]);
