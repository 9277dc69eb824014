import { describe, expect, it } from "vitest";
import { emojiSets } from "../../src/emoji-data.ts";
import { wordVectors } from "../../src/word-vectors.ts";
import { model } from "./model.ts";

const map = wordVectors();
const { train } = emojiSets();

describe("model", () => {
  it("starts from W = randn(5, 50)/√50 of RandomState(1), b = 0 (no iteration)", () => {
    const { W, b, pred } = model(train.X, train.Y, map, 0.01, 0);
    expect(W).toHaveLength(5);
    expect(W[0]).toHaveLength(50);
    expect(W[0]![0]).toBeCloseTo(1.6243453636632417 / Math.sqrt(50), 12);
    expect(b).toEqual([0, 0, 0, 0, 0]);
    expect(pred).toHaveLength(train.X.length);
  });

  it("fits the 132 training sentences: 20 passes of SGD predict 96 % of them", () => {
    const { pred } = model(train.X, train.Y, map, 0.01, 20);
    const accuracy = pred.filter((p, i) => p === train.Y[i]).length / train.Y.length;
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
