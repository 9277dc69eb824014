import { between, defineChecks, expectNumbers } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { exponentiallyWeightedAverages } from "../../solutions/04-optimization/exponentially-weighted-averages.ts";
import { dailyTemperatures } from "../../src/noisy-series.ts";

const close = { rtol: 1e-9, atol: 1e-9 };

export default defineChecks("exponentiallyWeightedAverages", [
  {
    id: "one-average-per-value",
    kind: "contract",
    points: 1,
    description: "returns an array of numbers, one average per value, the reference's",
    async run({ call }) {
      const values = [40, 49, 45, 44, 50];
      const averages = await call(values, 0.9);
      if (!Array.isArray(averages) || averages.length !== values.length)
        throw new CheckError(
          `exponentiallyWeightedAverages([40, 49, 45, 44, 50], 0.9) should return 5 numbers, got ${Array.isArray(averages) ? `${averages.length}` : typeof averages}`,
        );
      averages.forEach((a, i) => {
        if (typeof a !== "number" || !Number.isFinite(a))
          throw new CheckError(
            `exponentiallyWeightedAverages(…)[${i}] should be a finite number, got ${a}`,
          );
      });
      // any five numbers have the length: the values too
      expectNumbers(
        "exponentiallyWeightedAverages([40, 49, 45, 44, 50], 0.9)",
        averages,
        exponentiallyWeightedAverages(values, 0.9),
        close,
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "v_t = βv_{t−1} + (1 − β)θ_t from v_0 = 0, with and without bias correction, on random series",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const n = between(rng, 5, 60);
        const beta = between(rng, 50, 98) / 100;
        const values = Array.from(rng.randn(n), (z, t) => 20 + 0.3 * t + 5 * z);
        input("values", values);
        for (const corrected of [false, true])
          expectNumbers(
            `exponentiallyWeightedAverages(values of length ${n}, ${beta}${corrected ? ", true" : ""})`,
            await call(values, beta, corrected),
            exponentiallyWeightedAverages(values, beta, corrected),
            close,
          );
      }
    },
  },
  {
    id: "temperatures",
    kind: "reference",
    points: 1,
    description: "the year of noisy temperatures (src/noisy-series.ts) with β = 0.9 and β = 0.98",
    async run({ call }) {
      const theta = dailyTemperatures();
      for (const [beta, corrected] of [
        [0.9, false],
        [0.98, true],
      ] as const)
        expectNumbers(
          `exponentiallyWeightedAverages(dailyTemperatures(), ${beta}${corrected ? ", true" : ""})`,
          await call(theta, beta, corrected),
          exponentiallyWeightedAverages(theta, beta, corrected),
          close,
        );
    },
  },
  {
    id: "starts-from-zero",
    kind: "property",
    points: 1,
    description: "without correction v_1 = (1 − β)θ_1 (the average starts at 0), with it v_1 = θ_1",
    async run({ call, rng }) {
      const beta = between(rng, 80, 99) / 100;
      const values = [between(rng, 30, 60), between(rng, 30, 60), between(rng, 30, 60)];
      const [plain, corrected] = [await call(values, beta), await call(values, beta, true)];
      expectNumbers(
        `exponentiallyWeightedAverages([${values}], ${beta})[0]`,
        plain?.slice?.(0, 1),
        [(1 - beta) * values[0]!],
        close,
      );
      expectNumbers(
        `exponentiallyWeightedAverages([${values}], ${beta}, true)[0]`,
        corrected?.slice?.(0, 1),
        [values[0]!],
        close,
      );
    },
  },
  {
    id: "constant-series",
    kind: "property",
    points: 1,
    description:
      "the corrected average of a constant series is that constant at every step, the uncorrected one rises from 0",
    async run({ call, rng }) {
      const c = between(rng, -20, 80);
      const beta = between(rng, 50, 99) / 100;
      const n = between(rng, 5, 40);
      expectNumbers(
        `exponentiallyWeightedAverages(${n} times ${c}, ${beta}, true): bias correction divides v_t by 1 − β^t`,
        await call(Array(n).fill(c), beta, true),
        Array(n).fill(c),
        close,
      );
      // returning the series meets that too: without correction the average starts at 0
      expectNumbers(
        `exponentiallyWeightedAverages(${n} times ${c}, ${beta}): v_t = (1 − β^t)·c, rising from 0`,
        await call(Array(n).fill(c), beta, false),
        exponentiallyWeightedAverages(Array(n).fill(c), beta, false),
        close,
      );
    },
  },
]);
