import { RandomState } from "@dlc/student-kit/check";
import { describe, expect, it } from "vitest";
import { initializeParameters, rnnBackward, rnnForward, updateParameters } from "./char-rnn.ts";
import { randnMatrix, randnParameters } from "./char-rnn-cases.ts";
import { charToIndex, DINO_CHARS, dinosaurNames, indexToChar } from "./dinosaur-names.ts";
import { softmax } from "./matrix.ts";

describe("the character RNN's given code", () => {
  it("rnnBackward's gradients agree with central differences of rnnForward's loss", () => {
    const rng = new RandomState(5);
    const parameters = randnParameters(rng, 5, 27, 0.5);
    const a0 = randnMatrix(rng, 5, 1);
    const X = [null, 4, 9, 1, 20];
    const Y = [4, 9, 1, 20, 0];
    const { cache } = rnnForward(X, Y, a0, parameters);
    const { gradients } = rnnBackward(X, Y, parameters, cache);
    const h = 1e-6;
    for (const key of ["Wax", "Waa", "Wya", "b", "by"] as const) {
      const w = parameters[key];
      for (const [i, j] of [
        [0, 0],
        [w.length - 1, w[0]!.length - 1],
        [2, 0],
      ] as const) {
        const keep = w[i]![j]!;
        w[i]![j] = keep + h;
        const plus = rnnForward(X, Y, a0, parameters).loss;
        w[i]![j] = keep - h;
        const minus = rnnForward(X, Y, a0, parameters).loss;
        w[i]![j] = keep;
        expect(gradients[`d${key}`][i]![j]).toBeCloseTo((plus - minus) / (2 * h), 6);
      }
    }
  });

  it("initializes as the notebook (seed 1, randn · 0.01, zero biases) and updates in place", () => {
    const p = initializeParameters(50, 27, 27);
    expect(p.Wax[0]![0]).toBeCloseTo(0.01624345363663242, 15);
    expect(p.b).toEqual(Array.from({ length: 50 }, () => [0]));
    const same = updateParameters(
      p,
      { dWax: p.Wax, dWaa: p.Waa, dWya: p.Wya, db: p.b, dby: p.by },
      1,
    );
    expect(same).toBe(p);
    expect(p.Wax[0]![0]).toBe(0);
  });

  it("softmax gives columns that sum to 1, even for large logits", () => {
    const y = softmax([
      [1000, 1],
      [999, 2],
      [-5, 3],
    ]);
    for (const j of [0, 1]) expect(y.reduce((s, row) => s + row[j]!, 0)).toBeCloseTo(1, 12);
  });
});

describe("dinosaurNames", () => {
  it("draws 1536 distinct names of letters a–z, the same for the same seed", () => {
    const names = dinosaurNames();
    expect(names).toHaveLength(1536);
    expect(new Set(names).size).toBe(1536);
    for (const name of names) expect(name).toMatch(/^[a-z]{3,24}$/);
    expect(dinosaurNames(1, 5)).toEqual(names.slice(0, 5));
    expect(dinosaurNames(2, 5)).not.toEqual(names.slice(0, 5));
    expect(names.filter((n) => n.endsWith("saurus")).length / names.length).toBeGreaterThan(0.15);
  });

  it("has the notebook's 27-character vocabulary: '\\n' then a–z", () => {
    expect(DINO_CHARS).toHaveLength(27);
    expect(charToIndex()["\n"]).toBe(0);
    expect(charToIndex().z).toBe(26);
    expect(indexToChar()[1]).toBe("a");
  });
});
