import { RandomState } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { randnParameters, sampleTestCase } from "../../src/char-rnn-cases.ts";
import { charToIndex, DINO_CHARS } from "../../src/dinosaur-names.ts";
import { sample } from "./sample.ts";

const charToIx = charToIndex();

describe("sample", () => {
  it("draws the notebook's name: [23, 16, 26, 26, 24, 3, 21, 1, 7, 24, 15, 3, 25, 20, 6, 13, 10, 8, 20, 12, 2, 0]", () => {
    const indices = sample(sampleTestCase(), charToIx, 0);
    expect(indices).toEqual([
      23, 16, 26, 26, 24, 3, 21, 1, 7, 24, 15, 3, 25, 20, 6, 13, 10, 8, 20, 12, 2, 0,
    ]);
    expect(indices.map((ix) => DINO_CHARS[ix]).join("")).toBe("wpzzxcuagxocytfmjhtlb\n");
  });

  it("stops after 50 draws and appends '\\n' itself when the model never chooses it", () => {
    const parameters = randnParameters(new RandomState(7), 8, 27, 0.5);
    parameters.by[0]![0] = -1000;
    const indices = sample(parameters, charToIx, 3);
    expect(indices).toHaveLength(51);
    expect(indices.slice(0, 50)).not.toContain(0);
    expect(indices[50]).toBe(0);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 16 }), fc.integer({ min: 0, max: 1000 })], {
    numRuns: 15,
  })(
    "ends with '\\n', draws at most 50 characters, and gives the same name for the same seed",
    (modelSeed, seed) => {
      const parameters = randnParameters(new RandomState(modelSeed), 10, 27);
      const indices = sample(parameters, charToIx, seed);
      expect(indices.at(-1)).toBe(0);
      expect(indices.length).toBeLessThanOrEqual(51);
      expect(indices.slice(0, -1)).not.toContain(0);
      expect(sample(parameters, charToIx, seed)).toEqual(indices);
    },
  );
});
