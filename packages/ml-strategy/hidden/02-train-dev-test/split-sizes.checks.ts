import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { splitSizes } from "../../solutions/02-train-dev-test/split-sizes.ts";
import { between, logUniformInt } from "./data.ts";

function expectSizes(what: string, actual: unknown, expected: Record<string, number>, why = "") {
  const got = (actual ?? {}) as Record<string, unknown>;
  if (["train", "dev", "test"].some((k) => got[k] !== expected[k]))
    throw new CheckError(
      `${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}${why ? `: ${why}` : ""}`,
    );
}

export default defineChecks("splitSizes", [
  {
    id: "case-studies",
    kind: "reference",
    points: 2,
    description:
      "Peacetopia's 10M → 95 / 2.5 / 2.5 %, 98 / 1 / 1 at 1M with 10,000-example dev sets, 60 / 20 / 20 and 70 / 30 on small data",
    async run({ call }) {
      expectSizes(
        "splitSizes(10_000_000)",
        await call(10_000_000),
        {
          train: 9_500_000,
          dev: 250_000,
          test: 250_000,
        },
        "dev and test stop growing at maxEvalSize = 250,000; the rest goes to train",
      );
      expectSizes("splitSizes(1_000_000, 10_000)", await call(1_000_000, 10_000), {
        train: 980_000,
        dev: 10_000,
        test: 10_000,
      });
      expectSizes("splitSizes(100)", await call(100), { train: 60, dev: 20, test: 20 });
      expectSizes(
        "splitSizes(10_000, 250_000, false)",
        await call(10_000, 250_000, false),
        {
          train: 7_000,
          dev: 3_000,
          test: 0,
        },
        "without a test set the old rule is 70 / 30",
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "sizes of random datasets from 10 to 100,000,000 examples, any maxEvalSize, with and without test",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 12; trial++) {
        const m = logUniformInt(rng, 1, 8);
        const maxEvalSize = [10_000, 50_000, 250_000, between(rng, 1, 400_000)][
          between(rng, 0, 3)
        ]!;
        const withTest = between(rng, 0, 3) > 0;
        input("m, maxEvalSize, withTest", [m, maxEvalSize, withTest]);
        expectSizes(
          `splitSizes(${m}, ${maxEvalSize}, ${withTest})`,
          await call(m, maxEvalSize, withTest),
          { ...splitSizes(m, maxEvalSize, withTest) },
          "dev = min(⌊m/5⌋ or ⌊3m/10⌋, maxEvalSize), test = dev or 0, train = the rest",
        );
      }
    },
  },
  {
    id: "uses-every-example",
    kind: "property",
    points: 1,
    description: "train + dev + test = m, whole numbers, dev = test ≤ maxEvalSize",
    async run({ call, property }) {
      await property(
        fc.tuple(fc.integer({ min: 0, max: 30_000_000 }), fc.integer({ min: 1, max: 400_000 })),
        async ([m, maxEvalSize]) => {
          const got = await call(m, maxEvalSize);
          const { train, dev, test } = got ?? {};
          if (![train, dev, test].every((n) => Number.isInteger(n) && n >= 0))
            throw new CheckError(
              `splitSizes(${m}, ${maxEvalSize}) = ${JSON.stringify(got)}: sizes are whole numbers ≥ 0`,
            );
          if (train + dev + test !== m)
            throw new CheckError(
              `splitSizes(${m}, ${maxEvalSize}) = ${JSON.stringify(got)} uses ${train + dev + test} examples, not ${m}`,
            );
          if (dev !== test || dev > maxEvalSize)
            throw new CheckError(
              `splitSizes(${m}, ${maxEvalSize}) = ${JSON.stringify(got)}: dev and test are equal and at most maxEvalSize`,
            );
          expectSizes(`splitSizes(${m}, ${maxEvalSize})`, got, { ...splitSizes(m, maxEvalSize) });
        },
      );
    },
  },
  {
    id: "tiny-datasets",
    kind: "reference",
    points: 1,
    description:
      "0 to 12 examples, with and without test: shares rounded down, so under 5 examples everything is train",
    async run({ call }) {
      for (let m = 0; m <= 12; m++)
        for (const withTest of [true, false])
          expectSizes(
            `splitSizes(${m}, 250000, ${withTest})`,
            await call(m, 250_000, withTest),
            { ...splitSizes(m, 250_000, withTest) },
            "⌊m/5⌋ (⌊3m/10⌋ without test) may be 0: an empty dev set is what 4 examples allow",
          );
    },
  },
]);
