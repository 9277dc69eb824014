import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { pretrainedEmbeddingLayer } from "./pretrained-embedding-layer.ts";

const map = { cat: [1, 2, 3], dog: [4, 5, 6], fish: [7, 8, 9] };
const index = { cat: 1, dog: 2, fish: 3 };

describe("pretrainedEmbeddingLayer", () => {
  it("gives each index its word's vector and 0 (padding) zeros, and is frozen", () => {
    const layer = pretrainedEmbeddingLayer(map, index);
    const out = layer.apply(tf.tensor2d([[3, 1, 0]])) as tf.Tensor;
    expect(out.shape).toEqual([1, 3, 3]);
    expect(out.arraySync()).toEqual([
      [
        [7, 8, 9],
        [1, 2, 3],
        [0, 0, 0],
      ],
    ]);
    expect(layer.trainable).toBe(false);
    expect(layer.getClassName()).toBe("Embedding");
  });

  it("has vocabLen = N + 1 rows of embDim numbers", () => {
    const layer = pretrainedEmbeddingLayer(map, index);
    layer.apply(tf.tensor2d([[1]]));
    expect(layer.getWeights()[0]!.shape).toEqual([4, 3]);
  });
});
