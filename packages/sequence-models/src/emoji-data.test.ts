import { describe, expect, it } from "vitest";
import { emojiSets, MAX_LEN, predict, softmax, wordToIndex } from "./emoji-data.ts";
import { wordVectors } from "./word-vectors.ts";

const map = wordVectors();

describe("emojiSets", () => {
  it("gives 132 training and 56 test sentences of known words, at most MAX_LEN, every class present", () => {
    const { train, test } = emojiSets();
    expect(train.X).toHaveLength(132);
    expect(test.X).toHaveLength(56);
    for (const set of [train, test]) {
      expect(new Set(set.Y)).toEqual(new Set([0, 1, 2, 3, 4]));
      for (const sentence of set.X) {
        const words = sentence.split(" ");
        expect(words.length).toBeLessThanOrEqual(MAX_LEN);
        for (const w of words) expect(Object.hasOwn(map, w), `${w} in '${sentence}'`).toBe(true);
      }
    }
    expect(emojiSets(1)).toEqual(emojiSets(1));
  });
});

describe("wordToIndex, softmax, predict", () => {
  it("numbers the words alphabetically from 1", () => {
    const index = wordToIndex({ b: [0], a: [1], c: [2] });
    expect(index).toEqual({ a: 1, b: 2, c: 3 });
  });

  it("gives probabilities and the argmax class", () => {
    const p = softmax([1000, 1000, 0]);
    expect(p[0]).toBeCloseTo(0.5, 9);
    expect(p[2]).toBeCloseTo(0, 9);
    expect(
      predict(
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 2],
          [0, 1],
        ],
        [0, 0, 0],
      ),
    ).toEqual([0, 1]);
  });
});
