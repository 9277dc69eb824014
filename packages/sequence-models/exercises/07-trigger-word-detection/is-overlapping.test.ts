import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Segment } from "../../src/trigger-audio.ts";
import { isOverlapping } from "./is-overlapping.ts";

describe("isOverlapping", () => {
  it("matches the notebook: (950, 1430) is free, (2305, 2950) overlaps (1900, 2305)", () => {
    expect(
      isOverlapping(
        [950, 1430],
        [
          [2000, 2550],
          [260, 949],
        ],
      ),
    ).toBe(false);
    expect(
      isOverlapping(
        [2305, 2950],
        [
          [824, 1532],
          [1900, 2305],
          [3424, 3656],
        ],
      ),
    ).toBe(true);
  });

  it("counts a shared endpoint as an overlap, and nothing overlaps an empty list", () => {
    expect(isOverlapping([100, 200], [[200, 300]])).toBe(true);
    expect(isOverlapping([100, 200], [[201, 300]])).toBe(false);
    expect(isOverlapping([100, 200], [])).toBe(false);
  });

  const segment = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 2000 }))
    .map(([s, len]): Segment => [s, s + len]);
  test.prop([segment, fc.array(segment, { maxLength: 4 })], { numRuns: 50 })(
    "overlaps exactly when some previous segment shares a millisecond",
    (t, previous) => {
      const shares = previous.some(([a, b]) => Math.max(a, t[0]) <= Math.min(b, t[1]));
      expect(isOverlapping(t, previous)).toBe(shares);
    },
  );
});
