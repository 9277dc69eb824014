import { describe, expect, it } from "vitest";
import { wordToIndex } from "../../src/emoji-data.ts";
import { wordVectors } from "../../src/word-vectors.ts";
import { sentencesToIndices } from "./sentences-to-indices.ts";

const index = wordToIndex(wordVectors());

describe("sentencesToIndices", () => {
  it("turns the notebook's three sentences into [3, 5] indices, unknown words skipped, 0-padded", () => {
    const X = ["funny lol", "lets play baseball", "food is ready for you"];
    const indices = sentencesToIndices(X, index, 5);
    expect(indices.shape).toEqual([3, 5]);
    expect(indices.dtype).toBe("float32");
    expect(indices.arraySync()).toEqual([
      [index.funny, 0, 0, 0, 0],
      [index.lets, index.play, index.baseball, 0, 0],
      [index.food, index.is, index.for, index.you, 0],
    ]);
  });

  it("lower-cases the words and splits on any whitespace", () => {
    expect(sentencesToIndices(["I  LOVE\tyou "], index, 4).arraySync()).toEqual([
      [index.i, index.love, index.you, 0],
    ]);
  });
});
