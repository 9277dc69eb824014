import { between, defineChecks, expectModel, modelProbe } from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { pretrainedEmbeddingLayer } from "../../solutions/05-emojify/pretrained-embedding-layer.ts";
import { wordToIndex } from "../../src/emoji-data.ts";
import { embeddingModel } from "../../src/emojify.harness.ts";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import { embedding, randomVector } from "../shared/word-vector-cases.ts";

const via = { file: "emojify.harness.ts", fn: "embeddingModel" };

/** The rows of `map` the indices name (zeros for 0), [m, maxLen, embDim]: what the layer must give. */
function gathered(
  map: WordToVecMap,
  index: Record<string, number>,
  indices: number[][],
): tf.Tensor {
  const byIndex = new Map(Object.entries(index).map(([w, i]) => [i, map[w]!]));
  const dim = Object.values(map)[0]!.length;
  return tf.tensor3d(
    indices.map((row) => row.map((i) => byIndex.get(i) ?? new Array(dim).fill(0))),
  );
}

export default defineChecks("pretrainedEmbeddingLayer", [
  {
    id: "holds-the-vectors",
    kind: "reference",
    points: 2,
    description:
      "applied to indices of the course's words (padding 0 and the last index included), it gives their vectors, and it is frozen",
    async run({ harness, rng, input }) {
      const map = embedding();
      const index = wordToIndex(map);
      const n = Object.keys(index).length;
      const indices = [
        [n, 1, 0, between(rng, 1, n)],
        Array.from({ length: 4 }, () => between(rng, 0, n)),
      ];
      input("indices", indices);
      const answer = await harness(
        "emojify.harness.ts",
        "embedIndices",
        map,
        index,
        tf.tensor2d(indices),
      );
      expectClose(
        "pretrainedEmbeddingLayer(map, wordToIndex) applied to indices",
        answer?.output,
        gathered(map, index, indices),
      );
      if (answer?.trainable !== false)
        throw new CheckError(
          "pretrainedEmbeddingLayer: the layer is trainable; the pretrained vectors must stay frozen (trainable: false)",
        );
    },
  },
  {
    id: "small-vocabulary",
    kind: "model",
    points: 1,
    description:
      "for a vocabulary of 5 to 12 words of 3 to 8 numbers: Embedding(N + 1, embDim), frozen, as a layer of a model",
    async run({ model, rng }) {
      const dim = between(rng, 3, 8);
      const words = Array.from({ length: between(rng, 5, 12) }, (_, i) => `word${i}`);
      const map: WordToVecMap = Object.fromEntries(words.map((w) => [w, randomVector(rng, dim)]));
      const index = wordToIndex(map);
      const reference = embeddingModel(pretrainedEmbeddingLayer, 4, map, index);
      const probe = modelProbe(reference, tf.tensor2d([[1, 2, 0, words.length]]));
      expectModel(
        `pretrainedEmbeddingLayer(${words.length} words of ${dim} numbers)`,
        await model([4, map, index], probe, via),
        reference,
        probe,
      );
    },
  },
]);
