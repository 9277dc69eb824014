import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance, prefixDistance } from "./closest.ts";

const names = [
  "01-python-basics",
  "02-logistic-regression",
  "03-planar-classification",
  "sigmoid",
  "propagate",
  "l-model-forward",
];

describe("closest names", () => {
  it("measures edits, and edits from the start of a name or of one of its words", () => {
    expect(editDistance("sigmod", "sigmoid")).toBe(1);
    expect(prefixDistance("02-logistc", "02-logistic-regression")).toBe(1);
    expect(prefixDistance("regresion", "02-logistic-regression")).toBe(1);
  });

  it.each([
    ["02-logistc", ["02-logistic-regression"]],
    ["logistic", ["02-logistic-regression"]],
    ["sigmod", ["sigmoid"]],
    ["planr", ["03-planar-classification"]],
    ["nosuch", []],
  ])("suggests for %s: %j", (wanted, expected) => {
    expect(closest(wanted, names)).toEqual(expected);
  });

  it("phrases the suggestion", () => {
    expect(didYouMean(["a"])).toBe(" (did you mean a?)");
    expect(didYouMean(["a", "b", "c"])).toBe(" (did you mean a, b or c?)");
    expect(didYouMean([])).toBe("");
  });
});
