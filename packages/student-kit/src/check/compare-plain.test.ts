import { describe, expect, it } from "vitest";
import { expectPlain } from "./compare-plain.ts";

describe("expectPlain", () => {
  const tally = { devSize: 100, categories: { foggy: { count: 2, shareOfDev: 0.02 } } };

  it("accepts equal data, numbers within tolerance, NaN for NaN and extra keys", () => {
    expectPlain("t", { ...tally, extra: 1 }, tally);
    expectPlain("x", [1 + 1e-12, Number.NaN, "a", true], [1, Number.NaN, "a", true]);
  });

  it("names the path of the first wrong number", () => {
    const wrong = { devSize: 100, categories: { foggy: { count: 2, shareOfDev: 0.2 } } };
    expect(() => expectPlain("tally", wrong, tally)).toThrow(
      "tally.categories.foggy.shareOfDev is 0.2, expected 0.02",
    );
  });

  it("names missing keys, wrong lengths, wrong kinds and wrong strings", () => {
    expect(() => expectPlain("t", { devSize: 100 }, tally)).toThrow(
      "t is missing categories (it has devSize)",
    );
    expect(() => expectPlain("a", [1, 2], [1, 2, 3])).toThrow("a has 2 entries, expected 3");
    expect(() => expectPlain("a", "1", 1)).toThrow("a should be a number, got string 1");
    expect(() => expectPlain("a", { x: 1 }, [1])).toThrow(
      "a should be an array of length 1, got an object",
    );
    expect(() => expectPlain("r", { "to do": "more data" }, { "to do": "bigger model" })).toThrow(
      'r["to do"] is "more data", expected "bigger model"',
    );
  });
});
