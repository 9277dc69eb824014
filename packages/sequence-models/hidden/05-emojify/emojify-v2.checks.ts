import { between, defineChecks, expectModel, modelProbe } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { emojifyV2 } from "../../solutions/05-emojify/emojify-v2.ts";
import { sentencesToIndices } from "../../solutions/05-emojify/sentences-to-indices.ts";
import { emojiSets, wordToIndex } from "../../src/emoji-data.ts";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import { embedding, randomVector } from "../shared/word-vector-cases.ts";

export default defineChecks("emojifyV2", [
  {
    id: "small-matches-reference",
    kind: "model",
    points: 2,
    description:
      "with 6 units over a small vocabulary: layer by layer, then its probabilities with the reference's weights",
    timeoutMs: 20_000,
    async run({ model, rng }) {
      const dim = between(rng, 3, 6);
      const words = Array.from({ length: 8 }, (_, i) => `word${i}`);
      const map: WordToVecMap = Object.fromEntries(words.map((w) => [w, randomVector(rng, dim)]));
      const index = wordToIndex(map);
      const maxLen = between(rng, 4, 10);
      const args = [[maxLen], map, index, 6];
      const reference = emojifyV2([maxLen], map, index, 6);
      const indices = tf.tensor2d(
        Array.from({ length: 3 }, () => Array.from({ length: maxLen }, () => between(rng, 0, 8))),
      );
      const probe = modelProbe(reference, indices, [false]);
      expectModel(
        `emojifyV2([${maxLen}], map, wordToIndex, 6)`,
        await model(args, probe),
        reference,
        probe,
      );
      reference.dispose();
    },
  },
  {
    id: "learns-emoji",
    kind: "training",
    points: 2,
    description:
      "with 8 units, trained on the 132 sentences, it labels at least 65 % of 56 sentences it never saw (scored by the grader)",
    timeoutMs: 60_000,
    async run({ harness }) {
      const map = embedding();
      const index = wordToIndex(map);
      const { train, test } = emojiSets(7);
      // the notebook's maxLen: the longest training sentence's word count (7 here)
      const maxLen = Math.max(...train.X.map((x) => x.split(" ").length));
      const predicted = await harness(
        "emojify.harness.ts",
        "trainAndPredict",
        map,
        index,
        sentencesToIndices(train.X, index, maxLen),
        train.Y,
        sentencesToIndices(test.X, index, maxLen),
        8,
        20,
        132,
        0.03,
      );
      if (!(predicted instanceof tf.Tensor) || predicted.shape.join() !== String(test.X.length))
        throw new CheckError(
          `emojifyV2: the trained model gave no label for each of the ${test.X.length} test sentences`,
        );
      const labels = Array.from(predicted.dataSync());
      const accuracy = labels.filter((p, i) => p === test.Y[i]).length / test.Y.length;
      if (!(accuracy >= 0.65))
        throw new CheckError(
          `emojifyV2: after 20 epochs, ${(100 * accuracy).toFixed(1)} % of the unseen sentences get the right emoji; the reference gets 82–84 % and chance 20 % (must be at least 65 %)`,
        );
    },
  },
]);
