import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import { recommend } from "../../solutions/04-diagnosis/recommend.ts";
import { type ErrorGaps, PROBLEMS, REMEDIES, type Recommendation } from "../../src/diagnosis.ts";

const RULE =
  "Keep measured gaps that are > 0 and ≥ minShare · the largest gap, largest first, " +
  "ties in the order avoidableBias, variance, dataMismatch, devOverfitting";

function expectRecommendations(
  what: string,
  actual: unknown,
  expected: Recommendation[],
  story = "",
) {
  const problems = (rs: unknown) =>
    Array.isArray(rs) ? rs.map((r) => (r as { problem?: unknown })?.problem) : rs;
  const got = problems(actual);
  const want = expected.map((r) => r.problem);
  if (!Array.isArray(got) || got.join() !== want.join())
    throw new CheckError(
      `${what} recommends ${JSON.stringify(got)}, expected ${JSON.stringify(want)}` +
        `${story ? ` (${story})` : ""}. ${RULE}.`,
    );
  (actual as Recommendation[]).forEach((r, i) => {
    if (typeof r.gap !== "number" || Math.abs(r.gap - expected[i]!.gap) > 1e-12)
      throw new CheckError(
        `${what}[${i}].gap is ${JSON.stringify(r.gap)}, expected ${expected[i]!.gap}`,
      );
    const remedies = REMEDIES[r.problem];
    if (!Array.isArray(r.remedies) || r.remedies.join("\n") !== remedies.join("\n"))
      throw new CheckError(
        `${what}[${i}].remedies should be REMEDIES.${r.problem} (${JSON.stringify(remedies)}), got ${JSON.stringify(r.remedies)}`,
      );
  });
}

const show = (g: ErrorGaps) => JSON.stringify(g);

/** Random gaps: integers half of the time (ties), some null, some negative. */
function randomGaps(rng: RandomState): ErrorGaps {
  const integers = between(rng, 0, 1) === 1;
  const draw = () =>
    integers ? between(rng, -2, 6) : Number((rng.rand(1)[0]! * 10 - 2).toFixed(2));
  return {
    avoidableBias: draw(),
    variance: draw(),
    dataMismatch: between(rng, 0, 3) === 0 ? null : draw(),
    devOverfitting: between(rng, 0, 2) === 0 ? null : draw(),
  };
}

export default defineChecks("recommend", [
  {
    id: "case-studies",
    kind: "reference",
    points: 2,
    description:
      "Peacetopia → bias (then a bigger dev set once test is 7 %); driving → bias and mismatch; an easier dev set → bias",
    async run({ call }) {
      const cases: [ErrorGaps, string][] = [
        [
          { avoidableBias: 1.9, variance: 0.1, dataMismatch: null, devOverfitting: null },
          "variance 0.1 is negligible next to 1.9",
        ],
        [
          { avoidableBias: 1.9, variance: 0.1, dataMismatch: null, devOverfitting: 4.9 },
          "test 7.0 % − dev 2.1 %: get a bigger dev set first",
        ],
        [
          { avoidableBias: 8.3, variance: 0.3, dataMismatch: 5.2, devOverfitting: 0.5 },
          "the driving quiz: large avoidable bias and data mismatch",
        ],
        [
          { avoidableBias: 11.5, variance: 3.1, dataMismatch: -2.5, devOverfitting: 3.2 },
          "the current driving quiz: high avoidable bias",
        ],
        [
          { avoidableBias: 1.5, variance: 0.3, dataMismatch: -1, devOverfitting: -0.2 },
          "dev easier than train-dev is no mismatch to fix",
        ],
      ];
      for (const [gaps, story] of cases)
        expectRecommendations(`recommend(${show(gaps)})`, await call(gaps), recommend(gaps), story);
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "random gaps with ties, unmeasured and negative gaps, and other minShare values",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 20; trial++) {
        const gaps = randomGaps(rng);
        const minShare = [1 / 3, 1 / 3, 0.5, 0.1][between(rng, 0, 3)]!;
        input("gaps, minShare", [gaps, minShare]);
        expectRecommendations(
          `recommend(${show(gaps)}, ${minShare.toFixed(3)})`,
          await call(gaps, minShare),
          recommend(gaps, minShare),
        );
      }
    },
  },
  {
    id: "ties-and-nothing-to-fix",
    kind: "contract",
    points: 1,
    description:
      "a tie keeps the lectures' order (speech: bias 3 = variance 3), and no positive gap gives []",
    async run({ call }) {
      const tie: ErrorGaps = {
        avoidableBias: 3,
        variance: 3,
        dataMismatch: -4,
        devOverfitting: null,
      };
      expectRecommendations(
        `recommend(${show(tie)})`,
        await call(tie),
        recommend(tie),
        "human 4 %, train 7 %, train-dev 10 %, dev 6 %",
      );
      const tie2: ErrorGaps = {
        avoidableBias: 1,
        variance: 0.5,
        dataMismatch: 2,
        devOverfitting: 2,
      };
      expectRecommendations(`recommend(${show(tie2)})`, await call(tie2), recommend(tie2));
      const none: ErrorGaps = {
        avoidableBias: 0,
        variance: 0,
        dataMismatch: 0,
        devOverfitting: -1,
      };
      expectRecommendations(
        `recommend(${show(none)})`,
        await call(none),
        [],
        "at human level with no gap there is nothing to fix",
      );
      if (PROBLEMS.length !== 4) throw new Error("PROBLEMS changed");
    },
  },
  {
    id: "exactly-at-the-share",
    kind: "reference",
    points: 1,
    description:
      "a gap exactly minShare of the largest still counts (variance 1 next to bias 3, share 1/3; 0.5 of 2 at share 0.25)",
    async run({ call }) {
      const cases: [ErrorGaps, number | undefined][] = [
        [{ avoidableBias: 3, variance: 1, dataMismatch: null, devOverfitting: null }, undefined],
        [{ avoidableBias: 0.5, variance: 2, dataMismatch: 0.25, devOverfitting: 0.5 }, 0.25],
      ];
      for (const [gaps, minShare] of cases)
        expectRecommendations(
          `recommend(${show(gaps)}${minShare === undefined ? "" : `, ${minShare}`})`,
          await (minShare === undefined ? call(gaps) : call(gaps, minShare)),
          recommend(gaps, minShare),
          "a gap at least minShare of the largest counts: the bound is inclusive",
        );
    },
  },
]);
