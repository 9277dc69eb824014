import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { errorGaps } from "../../solutions/04-diagnosis/error-gaps.ts";
import { DRIVING_ERRORS, PEACETOPIA_ERRORS } from "../../src/case-studies.ts";
import type { ErrorGaps, ErrorRates } from "../../src/diagnosis.ts";

const FORMULAS: Record<keyof ErrorGaps, string> = {
  avoidableBias: "train − human",
  variance: "trainDev − train (dev − train without a train-dev set)",
  dataMismatch: "dev − trainDev (null without a train-dev set)",
  devOverfitting: "test − dev (null without a test error)",
};

function expectGaps(what: string, actual: unknown, expected: ErrorGaps) {
  const got = (actual ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(FORMULAS) as (keyof ErrorGaps)[]) {
    const [a, e] = [got[key], expected[key]];
    const ok = e === null ? a === null : typeof a === "number" && Math.abs(a - e) <= 1e-9;
    if (!ok)
      throw new CheckError(
        `${what}.${key} is ${JSON.stringify(a)}, expected ${e} = ${FORMULAS[key]}`,
      );
  }
}

const describeRates = (r: ErrorRates) => JSON.stringify(r);

function randomRates(rng: RandomState): ErrorRates {
  const draw = (lo: number, hi: number) => Number((lo + (hi - lo) * rng.rand(1)[0]!).toFixed(2));
  const human = draw(0, 3);
  const rates: ErrorRates = { human, train: draw(human, 15), dev: draw(0, 20) };
  if (between(rng, 0, 3) > 0) rates.trainDev = draw(0, 20);
  if (between(rng, 0, 2) > 0) rates.test = draw(0, 20);
  return rates;
}

export default defineChecks("errorGaps", [
  {
    id: "case-studies",
    kind: "reference",
    points: 2,
    description:
      "the quizzes' tables: Peacetopia 1.9 / 0.1 (+ 4.9 on test), driving 8.3 / 0.3 / 5.2 / 0.5, an easier dev set",
    async run({ call }) {
      const tables: ErrorRates[] = [
        PEACETOPIA_ERRORS.biased,
        PEACETOPIA_ERRORS.overfitDev,
        DRIVING_ERRORS.biasAndMismatch,
        DRIVING_ERRORS.highBias,
        DRIVING_ERRORS.easierDev,
      ];
      for (const rates of tables)
        expectGaps(`errorGaps(${describeRates(rates)})`, await call(rates), errorGaps(rates));
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "random error tables, with and without a train-dev set and a test error",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 12; trial++) {
        const rates = randomRates(rng);
        input("rates", rates);
        expectGaps(`errorGaps(${describeRates(rates)})`, await call(rates), errorGaps(rates));
      }
    },
  },
  {
    id: "gaps-add-up",
    kind: "property",
    points: 1,
    description: "avoidable bias + variance + data mismatch + dev overfitting = test − human",
    async run({ call, property }) {
      const rate = fc.double({ min: 0, max: 40, noNaN: true });
      await property(
        fc.tuple(rate, rate, rate, rate, rate),
        async ([human, train, trainDev, dev, test]) => {
          const g = await call({ human, train, trainDev, dev, test });
          const sum =
            Number(g?.avoidableBias) +
            Number(g?.variance) +
            Number(g?.dataMismatch) +
            Number(g?.devOverfitting);
          if (!(Math.abs(sum - (test - human)) <= 1e-9))
            throw new CheckError(
              `the four gaps add up to ${sum}, not test − human = ${test - human}: each gap is one step of human → train → train-dev → dev → test`,
            );
          const rates = { human, train, trainDev, dev, test };
          expectGaps(`errorGaps(${describeRates(rates)})`, g, errorGaps(rates));
        },
      );
    },
  },
]);
