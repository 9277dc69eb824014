import { defineChecks, expectNumber } from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { f1Score } from "../../solutions/01-single-number-evaluation/f1-score.ts";

export default defineChecks("f1Score", [
  {
    id: "lecture-classifiers",
    kind: "contract",
    points: 1,
    description: "returns a number: 0.9243 for the lecture's classifier A (P 0.95, R 0.90)",
    async run({ call }) {
      const f = await call(0.95, 0.9);
      expectNumber("f1Score(0.95, 0.9)", f);
      expectClose("f1Score(0.95, 0.9)", f, 0.924324324, { atol: 1e-9, rtol: 1e-9 });
      // a second, different call: an answer remembered from the first one does not fit it
      const b = await call(0.98, 0.85);
      expectClose("f1Score(0.98, 0.85) (classifier B)", b, f1Score(0.98, 0.85), {
        atol: 1e-9,
        rtol: 1e-9,
      });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals 2·P·R / (P + R) on random precisions and recalls",
    async run({ call, rng, input }) {
      const draws = rng.rand(16);
      for (let i = 0; i < 16; i += 2) {
        const [p, r] = [draws[i]!, draws[i + 1]! * (i < 8 ? 1 : 0.1)];
        input("precision, recall", [p, r]);
        const f = await call(p, r);
        expectNumber(`f1Score(${p.toFixed(4)}, ${r.toFixed(4)})`, f);
        if (Math.abs(f - f1Score(p, r)) > 1e-9)
          throw new CheckError(
            `f1Score(${p.toFixed(4)}, ${r.toFixed(4)}) is ${f}, expected the harmonic mean ` +
              `${f1Score(p, r)} (the arithmetic mean would be ${(p + r) / 2})`,
          );
      }
    },
  },
  {
    id: "zero-over-zero",
    kind: "contract",
    points: 1,
    description:
      "is 0 (not NaN) when precision and recall are both 0, 0 when either is 0, and 2/3 for P = 0.5, R = 1",
    async run({ call }) {
      for (const [p, r] of [
        [0, 0],
        [0, 0.6],
        [0.7, 0],
      ] as const) {
        const f = await call(p, r);
        if (f !== 0)
          throw new CheckError(
            `f1Score(${p}, ${r}) is ${String(f)}, expected 0: P = R = 0 makes 2·P·R / (P + R) a 0/0, ` +
              "which the course takes as 0",
          );
      }
      // a function that always returns 0 passes the three above
      const f = await call(0.5, 1);
      if (typeof f !== "number" || Math.abs(f - 2 / 3) > 1e-12)
        throw new CheckError(`f1Score(0.5, 1) is ${String(f)}, expected 2·0.5·1 / 1.5 = 0.6667`);
    },
  },
  {
    id: "harmonic-properties",
    kind: "property",
    points: 1,
    description:
      "lies between min(P, R) and max(P, R), never above their arithmetic mean, symmetric",
    async run({ call, property }) {
      const unit = fc.double({ min: 0.001, max: 1, noNaN: true });
      await property(fc.tuple(unit, unit), async ([p, r]) => {
        const f = await call(p, r);
        const g = await call(r, p);
        expectNumber("f1Score(P, R)", f);
        if (f < Math.min(p, r) - 1e-12 || f > Math.max(p, r) + 1e-12)
          throw new CheckError(`f1Score(${p}, ${r}) = ${f} is outside [min(P, R), max(P, R)]`);
        if (f > (p + r) / 2 + 1e-12)
          throw new CheckError(
            `f1Score(${p}, ${r}) = ${f} is above the arithmetic mean ${(p + r) / 2}: a harmonic mean never is`,
          );
        // min(P, R) has every property above too: the value itself is the harmonic mean
        if (!(Math.abs(f - f1Score(p, r)) <= 1e-9))
          throw new CheckError(
            `f1Score(${p}, ${r}) = ${f}, expected 2·P·R / (P + R) = ${f1Score(p, r)}`,
          );
        if (Math.abs(f - g) > 1e-12)
          throw new CheckError(
            `f1Score(P, R) = ${f} but f1Score(R, P) = ${g}: it must be symmetric`,
          );
      });
    },
  },
]);
