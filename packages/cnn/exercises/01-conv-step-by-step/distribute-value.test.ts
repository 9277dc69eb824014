import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, it } from "vitest";
import { distributeValue } from "./distribute-value.ts";

describe("distributeValue", () => {
  it("matches the notebook: distributeValue(2, [2, 2])", () => {
    expectClose("distributeValue(2, [2, 2])", distributeValue(2, [2, 2]), [
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });

  test.prop([
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
  ])("gives every entry of the window the same share, summing to dz", (dz, h, w) => {
    const out = distributeValue(dz, [h, w]);
    expectClose(
      `distributeValue(${dz}, [${h}, ${w}])`,
      out,
      Array.from({ length: h }, () => Array(w).fill(dz / (h * w))),
    );
    expectClose(
      `the sum of distributeValue(${dz}, [${h}, ${w}])`,
      out.sum().arraySync() as number,
      Math.fround(dz),
      {
        atol: 1e-4,
      },
    );
  });
});
