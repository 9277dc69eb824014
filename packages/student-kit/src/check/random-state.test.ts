import { describe, expect, it } from "vitest";
import { RandomState } from "./random-state.ts";
import { randnSequence } from "./seeded.ts";

// Every expected value below was printed by numpy 2.4.6 (np.random legacy RandomState).
describe("RandomState", () => {
  it("matches np.random.seed(1); np.random.randn(3, 2) bit for bit", () => {
    expect(Array.from(new RandomState(1).randn(3, 2))).toEqual([
      1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705,
      0.8654076293246785, -2.3015386968802827,
    ]);
  });

  it("matches np.random.seed(2); np.random.rand(4)", () => {
    expect(Array.from(new RandomState(2).rand(4))).toEqual([
      0.43599490214200376, 0.025926231827891333, 0.5496624778787091, 0.4353223926182769,
    ]);
  });

  it("matches np.random.permutation and randint", () => {
    expect(new RandomState(3).permutation(10)).toEqual([5, 4, 1, 2, 9, 6, 7, 0, 3, 8]);
    expect(new RandomState(0).permutation(300).slice(0, 8)).toEqual([
      208, 188, 12, 221, 239, 136, 230, 206,
    ]);
    const rng = new RandomState(0);
    expect(Array.from({ length: 5 }, () => rng.randint(0, 7))).toEqual([4, 5, 0, 3, 3]);
  });

  it("matches np.random.choice(n, p=p), float64 and float32 probabilities alike", () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    expect(Array.from({ length: 8 }, (_, s) => new RandomState(s).choice(4, p))).toEqual([
      2, 2, 2, 2, 3, 1, 3, 0,
    ]);
    const rng = new RandomState(5);
    expect(Array.from({ length: 8 }, () => rng.choice(4, p))).toEqual([1, 3, 1, 3, 2, 3, 3, 2]);
    const p32 = Float32Array.from(p);
    expect(Array.from({ length: 8 }, (_, s) => new RandomState(s).choice(4, p32))).toEqual([
      2, 2, 2, 2, 3, 1, 3, 0,
    ]);
    // searchsorted(side="right"): an outcome of probability 0 is never drawn
    expect(
      Array.from({ length: 6 }, (_, s) => new RandomState(s).choice(3, [0.5, 0, 0.5])),
    ).toEqual([2, 0, 0, 2, 2, 0]);
  });

  it("rejects the probabilities numpy's choice rejects", () => {
    const rng = new RandomState(0);
    expect(() => rng.choice(3, [0.5, 0.5, 0.1])).toThrow(/do not sum to 1/);
    expect(() => rng.choice(3, [0.5, -0.1, 0.6])).toThrow(/not non-negative/);
    expect(() => rng.choice(3, [0.5, 0.5])).toThrow(/same size/);
    expect(() => rng.choice(2, [Number.NaN, 1])).toThrow(/NaN/);
  });

  it("matches np.random.shuffle", () => {
    expect(new RandomState(0).shuffle(Array.from({ length: 10 }, (_, i) => i))).toEqual([
      2, 8, 4, 9, 1, 6, 7, 3, 0, 5,
    ]);
    expect(new RandomState(3).shuffle(["a", "b", "c", "d", "e"])).toEqual([
      "d",
      "e",
      "b",
      "a",
      "c",
    ]);
  });

  it("draws one stream across several tensors, like consecutive randn calls", () => {
    const [a, b] = randnSequence(1, [[2, 1], [4]]);
    expect(Array.from(a!.dataSync())).toEqual(
      Array.from(Float32Array.from([1.6243453636632417, -0.6117564136500754])),
    );
    expect(b!.shape).toEqual([4]);
    expect(b!.dataSync()[0]).toBeCloseTo(-0.5281717522634557, 6);
  });

  it("rejects seeds numpy rejects", () => {
    expect(() => new RandomState(-1)).toThrow(/seed must be an integer/);
    expect(() => new RandomState(2 ** 32)).toThrow(/seed must be an integer/);
    expect(() => new RandomState(1.5)).toThrow(/seed must be an integer/);
  });
});
