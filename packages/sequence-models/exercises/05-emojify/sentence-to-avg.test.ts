import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wordVectors } from "../../src/word-vectors.ts";
import { sentenceToAvg } from "./sentence-to-avg.ts";

const map = wordVectors();
const mean = (...words: string[]) =>
  map[words[0]!]!.map((_, i) => words.reduce((s, w) => s + map[w]![i]!, 0) / words.length);

describe("sentenceToAvg", () => {
  it("averages the vectors of 'I love pizza' (lower-cased) into 50 numbers", () => {
    const avg = sentenceToAvg("I love pizza", map);
    expect(avg).toHaveLength(50);
    const expected = mean("i", "love", "pizza");
    for (const [i, v] of avg.entries()) expect(v).toBeCloseTo(expected[i]!, 9);
  });

  it("skips words missing from the map, and gives zeros when none is known", () => {
    const avg = sentenceToAvg("lets eat couscous", map);
    const expected = mean("lets", "eat");
    for (const [i, v] of avg.entries()) expect(v).toBeCloseTo(expected[i]!, 9);
    expect(sentenceToAvg("xyzzy plugh", map)).toEqual(new Array(50).fill(0));
  });

  test.prop([fc.shuffledSubarray(["we", "love", "baseball", "and", "pizza"], { minLength: 1 })], {
    numRuns: 10,
  })("is the mean whatever the words' order", (words) => {
    const avg = sentenceToAvg(words.join(" "), map);
    const expected = mean(...words);
    for (const [i, v] of avg.entries()) expect(v).toBeCloseTo(expected[i]!, 9);
  });
});
