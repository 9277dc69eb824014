import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { tallyErrors } from "./tally-errors.ts";

const times = (n: number, tags: string[]) => Array.from({ length: n }, () => [...tags]);
const CATEGORIES = ["mislabelled", "foggy", "occluded", "blurry", "other"];
/** up to 40 mistakes with 0 to 4 tags each (repeats allowed), and a dev set at least as large */
const tallies = fc
  .array(fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 4 }), { maxLength: 40 })
  .chain((mistakes) =>
    fc.tuple(fc.constant(mistakes), fc.integer({ min: Math.max(1, mistakes.length), max: 500 })),
  );

describe("tallyErrors", () => {
  it("tallies the driving quiz: 3060 mistakes on 20,000 dev images, 15.3 % = 4.1 + 2.0 + 8.2 + 1.0 %", () => {
    const mistakes = [
      ...times(820, ["mislabelled"]),
      ...times(400, ["foggy"]),
      ...times(1640, ["occluded"]),
      ...times(200, ["other"]),
    ];
    const tally = tallyErrors(mistakes, 20_000);
    expect(tally.devSize).toBe(20_000);
    expect(tally.mistakes).toBe(3060);
    expect(tally.devError).toBeCloseTo(0.153, 12);
    expect(Object.keys(tally.categories).sort()).toEqual([
      "foggy",
      "mislabelled",
      "occluded",
      "other",
    ]);
    const occluded = tally.categories.occluded!;
    expect(occluded.count).toBe(1640);
    expect(occluded.shareOfDev).toBeCloseTo(0.082, 12);
    expect(occluded.shareOfMistakes).toBeCloseTo(0.5359477124183006, 12); // 8.2 / 15.3 ≈ 54 %
    expect(tally.categories.mislabelled!.shareOfDev).toBeCloseTo(0.041, 12);
    expect(tally.categories.foggy!.shareOfDev).toBeCloseTo(0.02, 12);
    expect(tally.categories.other!.shareOfDev).toBeCloseTo(0.01, 12);
  });

  it("counts an example in every category it carries: the lecture's 100 cat mistakes add up to 124 %", () => {
    // dogs 8, great cats 43, blurry 61, Instagram filters 12 of 100 examined mistakes
    const mistakes: string[][] = Array.from({ length: 100 }, () => []);
    const tag = (from: number, to: number, category: string) => {
      for (let i = from; i < to; i++) mistakes[i]!.push(category);
    };
    tag(0, 8, "dog");
    tag(8, 51, "great cat");
    tag(39, 100, "blurry");
    tag(0, 12, "instagram");
    const { categories, devError } = tallyErrors(mistakes, 1000);
    expect(devError).toBeCloseTo(0.1, 12);
    expect(categories.dog).toEqual({ count: 8, shareOfMistakes: 0.08, shareOfDev: 0.008 });
    expect(categories["great cat"]!.shareOfMistakes).toBeCloseTo(0.43, 12);
    expect(categories.blurry!.shareOfMistakes).toBeCloseTo(0.61, 12);
    expect(categories.instagram!.shareOfMistakes).toBeCloseTo(0.12, 12);
    const total = Object.values(categories).reduce((s, c) => s + c.shareOfMistakes, 0);
    expect(total).toBeCloseTo(1.24, 12);
  });

  it("counts a category ticked twice on one example once", () => {
    const { categories } = tallyErrors([["foggy", "foggy"], ["foggy"]], 10);
    expect(categories.foggy!.count).toBe(2);
  });

  test.prop([tallies])(
    "shares are count / mistakes and count / devSize, never above 1 or devError",
    ([mistakes, devSize]) => {
      const tally = tallyErrors(mistakes, devSize);
      expect(tally.mistakes).toBe(mistakes.length);
      expect(tally.devError).toBeCloseTo(mistakes.length / devSize, 12);
      for (const [category, { count, shareOfMistakes, shareOfDev }] of Object.entries(
        tally.categories,
      )) {
        expect(count).toBe(mistakes.filter((tags) => tags.includes(category)).length);
        expect(shareOfMistakes).toBeCloseTo(count / mistakes.length, 12);
        expect(shareOfDev).toBeCloseTo(count / devSize, 12);
        expect(shareOfMistakes).toBeLessThanOrEqual(1);
        expect(shareOfDev).toBeLessThanOrEqual(tally.devError + 1e-12);
      }
    },
  );

  test.prop([tallies])(
    "with one tag per mistake the shares add up to 100 % of the mistakes and to devError",
    ([mistakes, devSize]) => {
      const single = mistakes.map((tags, i) => [tags[0] ?? CATEGORIES[i % CATEGORIES.length]!]);
      const tally = tallyErrors(single, devSize);
      const shares = Object.values(tally.categories);
      const sum = (f: (c: (typeof shares)[number]) => number) =>
        shares.reduce((s, c) => s + f(c), 0);
      expect(sum((c) => c.count)).toBe(single.length);
      if (single.length > 0) expect(sum((c) => c.shareOfMistakes)).toBeCloseTo(1, 9);
      expect(sum((c) => c.shareOfDev)).toBeCloseTo(tally.devError, 9);
    },
  );
});
