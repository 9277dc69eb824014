import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { getAngles } from "./get-angles.ts";

const column = (n: number) => tf.range(0, n).expandDims(1);
const row = (n: number) => tf.range(0, n).expandDims(0);

describe("getAngles", () => {
  it("passes the notebook's get_angles_test (position 4, d_model 16)", () => {
    const result = getAngles(column(4), row(16), 16);
    expect(result.shape).toEqual([4, 16]);
    const a = result.arraySync();
    expect(a[0]!.every((x) => x === 0)).toBe(true);
    expect(a.reduce((s, r) => s + r[0]!, 0)).toBeCloseTo((4 * 3) / 2, 5);
    for (const r of a) for (let j = 0; j < 16; j += 2) expect(r[j + 1]).toBe(r[j]);
    expectClose("getAngles: result[3, 15]", a[3]![15]!, 3 / 10000 ** (14 / 16));
  });

  it("gives the notebook's last row: 3 / 10000^(2⌊k/2⌋ / 16)", () => {
    const last = getAngles(column(4), row(16), 16).slice([3, 0], [1, 16]);
    expectClose("getAngles: result[3]", last, [
      [
        3, 3, 0.9486832980505138, 0.9486832980505138, 0.3, 0.3, 0.09486832980505139,
        0.09486832980505139, 0.03, 0.03, 0.00948683298050514, 0.00948683298050514, 0.003, 0.003,
        0.0009486832980505137, 0.0009486832980505137,
      ],
    ]);
  });

  test.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 })], { numRuns: 8 })(
    "is the position times one frequency per column pair, falling from 1 at k = 0 and 1",
    (n, half) => {
      const d = 2 * half;
      const a = getAngles(column(n), row(d), d).arraySync();
      for (let p = 0; p < n; p++)
        for (let k = 0; k < d; k++)
          expect(a[p]![k]!).toBeCloseTo(p / 10000 ** ((2 * Math.floor(k / 2)) / d), 4);
    },
  );
});
