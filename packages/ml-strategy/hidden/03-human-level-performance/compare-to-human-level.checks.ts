import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { compareToHumanLevel } from "../../solutions/03-human-level-performance/compare-to-human-level.ts";
import { ORNITHOLOGIST_TEAM_ERROR, PEACETOPIA_HUMAN_ERRORS } from "../../src/case-studies.ts";
import type { HumanLevelComparison } from "../../src/diagnosis.ts";

const RULES =
  "Rules in order: no human → insufficient-information; dev < best human → beyond-human-level; " +
  "avoidableBias (train − best human) ≥ variance (dev − train) → avoidable-bias; else variance.";

function expectComparison(
  what: string,
  actual: unknown,
  expected: HumanLevelComparison,
  story = "",
) {
  const got = (actual ?? {}) as Record<string, unknown>;
  for (const key of ["bayesProxy", "avoidableBias", "variance"] as const) {
    const [a, e] = [got[key], expected[key]];
    const ok = e === null ? a === null : typeof a === "number" && Math.abs(a - e) <= 1e-9;
    if (!ok)
      throw new CheckError(
        `${what}.${key} is ${JSON.stringify(a)}, expected ${e}${story ? ` (${story})` : ""}`,
      );
  }
  if (got.focus !== expected.focus)
    throw new CheckError(
      `${what}.focus is ${JSON.stringify(got.focus)}, expected "${expected.focus}"${story ? ` (${story})` : ""}. ${RULES}`,
    );
}

/** A random case; integer errors half of the time, so ties and dev = human level happen. */
function randomCase(rng: RandomState) {
  const integers = between(rng, 0, 1) === 1;
  const draw = () => (integers ? between(rng, 0, 8) : Number((rng.rand(1)[0]! * 12).toFixed(2)));
  const n = between(rng, 0, 4);
  const humans = Array.from({ length: n }, draw);
  return { humans, train: draw(), dev: draw() };
}

export default defineChecks("compareToHumanLevel", [
  {
    id: "case-studies",
    kind: "reference",
    points: 2,
    description:
      "Peacetopia's three tables: undecidable without humans, avoidable bias, beyond human level",
    async run({ call }) {
      const humans = [...PEACETOPIA_HUMAN_ERRORS, ORNITHOLOGIST_TEAM_ERROR];
      const cases: [number[], number, number, string][] = [
        [
          [],
          4.0,
          4.5,
          "train 4.0 %, dev 4.5 % and no human level: the quiz's 'insufficient information'",
        ],
        [
          humans,
          2.0,
          2.1,
          "human 0.1 %, train 2.0 %, dev 2.1 %: avoidable bias 1.9 % ≫ variance 0.1 %",
        ],
        [[0.1], 0.05, 0.05, "train and dev 0.05 % below the human 0.1 %: beyond human level"],
        [[1], 8, 10, "the lecture's cats with human 1 %: bias 7 > variance 2"],
        [[7.5], 8, 10, "the lecture's cats with human 7.5 %: bias 0.5 < variance 2"],
      ];
      for (const [h, train, dev, story] of cases)
        expectComparison(
          `compareToHumanLevel(${JSON.stringify(h)}, ${train}, ${dev})`,
          await call(h, train, dev),
          compareToHumanLevel(h, train, dev),
          story,
        );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "random human errors (sometimes none) and train/dev errors, ties and dev = human level included",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 20; trial++) {
        const { humans, train, dev } = randomCase(rng);
        input("humanErrors, trainError, devError", [humans, train, dev]);
        expectComparison(
          `compareToHumanLevel(${JSON.stringify(humans)}, ${train}, ${dev})`,
          await call(humans, train, dev),
          compareToHumanLevel(humans, train, dev),
        );
      }
      for (const [h, train, dev, story] of [
        [[1], 2, 3, "bias 1 = variance 1: a tie goes to avoidable bias"],
        [[1], 0.5, 5, "train beats the human but dev does not: variance 4.5"],
        [[2], 1, 2, "dev equals the best human: not beyond it, variance 1 > bias −1"],
      ] as [number[], number, number, string][])
        expectComparison(
          `compareToHumanLevel(${JSON.stringify(h)}, ${train}, ${dev})`,
          await call(h, train, dev),
          compareToHumanLevel(h, train, dev),
          story,
        );
    },
  },
  {
    id: "gaps-add-up",
    kind: "property",
    points: 1,
    description: "avoidable bias + variance = dev − the best human error",
    async run({ call, property }) {
      const rate = fc.double({ min: 0, max: 30, noNaN: true });
      await property(
        fc.tuple(fc.array(rate, { minLength: 1, maxLength: 5 }), rate, rate),
        async ([humans, train, dev]) => {
          const got = await call(humans, train, dev);
          const best = Math.min(...humans);
          const sum = Number(got?.avoidableBias) + Number(got?.variance);
          if (!(Math.abs(sum - (dev - best)) <= 1e-9))
            throw new CheckError(
              `avoidableBias + variance = ${sum}, expected dev − best human = ${dev - best}`,
            );
          expectComparison(
            `compareToHumanLevel(${JSON.stringify(humans)}, ${train}, ${dev})`,
            got,
            compareToHumanLevel(humans, train, dev),
          );
        },
      );
    },
  },
]);
