import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { positionalEncoding } from "./positional-encoding.ts";

const angle = (pos: number, k: number, d: number) => pos / 10000 ** ((2 * Math.floor(k / 2)) / d);

describe("positionalEncoding", () => {
  it("passes the notebook's positional_encoding_test (8 positions, d_model 16)", () => {
    const pe = positionalEncoding(8, 16);
    expect(pe.shape).toEqual([1, 8, 16]);
    expect(pe.dtype).toBe("float32");
    const rows = pe.arraySync()[0]!;
    for (let p = 0; p < 8; p++)
      for (let j = 0; j < 16; j += 2) {
        const [s, c] = [rows[p]![j]!, rows[p]![j + 1]!];
        expect(s * s + c * c).toBeCloseTo(1, 5);
        const off = Math.atan2(s, c) - angle(p, j, 16); // 0 up to whole turns
        const turn = 2 * Math.PI;
        expect(Math.abs((((off % turn) + turn + Math.PI) % turn) - Math.PI)).toBeLessThan(1e-4);
      }
  });

  it("gives the notebook's rows at positions 1 and 7", () => {
    const pe = positionalEncoding(8, 16);
    expectClose(
      "positionalEncoding: pe[0, 1]",
      pe.slice([0, 1, 0], [1, 1, 16]).reshape([16]),
      [
        0.8414709848078965, 0.5403023058681398, 0.31098359290718575, 0.9504152802551828,
        0.09983341664682815, 0.9950041652780258, 0.03161750640243371, 0.9995000416652778,
        0.009999833334166664, 0.9999500004166653, 0.003162272389708248, 0.9999950000041666,
        0.0009999998333333417, 0.9999995000000417, 0.0003162277607463752, 0.9999999500000004,
      ],
    );
    expectClose(
      "positionalEncoding: pe[0, 7]",
      pe.slice([0, 7, 0], [1, 1, 16]).reshape([16]),
      [
        0.6569865987187891, 0.7539022543433046, 0.8004216463225218, -0.5994373929764008,
        0.644217687237691, 0.7648421872844885, 0.2195560913524192, 0.9755998784081762,
        0.06994284733753277, 0.9975510002532796, 0.022134135896739415, 0.9997550100040032,
        0.006999942833473391, 0.9999755001000415, 0.002213592554349579, 0.9999975500010004,
      ],
    );
  });

  test.prop([fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 })], { numRuns: 8 })(
    "starts at [0, 1, 0, 1, …] at position 0 and stays within [−1, 1]",
    (positions, half) => {
      const d = 2 * half;
      const rows = positionalEncoding(positions, d).arraySync()[0]!;
      expect(rows[0]).toEqual(Array.from({ length: d }, (_, k) => (k % 2 === 0 ? 0 : 1)));
      for (const r of rows) for (const x of r) expect(Math.abs(x)).toBeLessThanOrEqual(1);
    },
  );
});
