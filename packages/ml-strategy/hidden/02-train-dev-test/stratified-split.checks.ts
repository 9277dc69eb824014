import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { stratifiedSplit } from "../../solutions/02-train-dev-test/stratified-split.ts";
import type { TrainDevTest } from "../../src/split-types.ts";
import { between, expectPartition, randomLabels, sameSet, sorted } from "./data.ts";

const FRACTIONS = [
  { train: 0.6, dev: 0.2, test: 0.2 },
  { train: 0.7, dev: 0.2, test: 0.1 },
  { train: 0.8, dev: 0.1, test: 0.1 },
  { train: 0.5, dev: 0.3, test: 0.2 },
  { train: 0.7, dev: 0.3, test: 0 },
];

/** Asserts the split holds exactly the reference's sets (in any order within a set). */
function expectSameSplit(what: string, got: unknown, expected: TrainDevTest): void {
  const split = (got ?? {}) as Record<string, unknown>;
  for (const set of ["train", "dev", "test"] as const) {
    const actual = split[set];
    if (!Array.isArray(actual) || !sameSet(actual, expected[set]))
      throw new CheckError(
        `${what}.${set} is ${JSON.stringify(Array.isArray(actual) ? sorted(actual) : actual)}, expected ` +
          `${JSON.stringify(expected[set])}: one RandomState(seed), one permutation per class, ` +
          "classes in increasing numeric order of label, dev then test then train",
      );
  }
}

export default defineChecks("stratifiedSplit", [
  {
    id: "partitions-examples",
    kind: "property",
    points: 2,
    description: "puts every example in exactly one of train, dev and test (no leak, none lost)",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 6; trial++) {
        const m = between(rng, 5, 300);
        const labels = randomLabels(rng, m, between(rng, 2, 4));
        const fractions = FRACTIONS[between(rng, 0, FRACTIONS.length - 1)]!;
        const seed = between(rng, 0, 10_000);
        input("labels", labels);
        input("fractions, seed", [fractions, seed]);
        const got = await call(labels, fractions, seed);
        expectPartition(
          `stratifiedSplit (m = ${m})`,
          { train: got?.train, dev: got?.dev, test: got?.test },
          m,
        );
        expectSameSplit(
          `stratifiedSplit (m = ${m})`,
          got,
          stratifiedSplit(labels, fractions, seed),
        );
      }
    },
  },
  {
    id: "keeps-class-proportions",
    kind: "reference",
    points: 2,
    description:
      "gives each class ⌊n_c · dev⌋ dev and ⌊n_c · test⌋ test examples, rare classes included",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 6; trial++) {
        const m = between(rng, 40, 400);
        const k = between(rng, 2, 4);
        const labels = randomLabels(rng, m, k);
        const fractions = FRACTIONS[between(rng, 0, FRACTIONS.length - 1)]!;
        input("labels", labels);
        input("fractions", fractions);
        const got = await call(labels, fractions, between(rng, 0, 10_000));
        for (const set of ["dev", "test", "train"] as const) {
          if (!Array.isArray(got?.[set]))
            throw new CheckError(`stratifiedSplit(...).${set} should be an array of indices`);
          for (let c = 0; c < k; c++) {
            const n = labels.filter((y) => y === c).length;
            const expected =
              set === "train"
                ? n - Math.floor(n * fractions.dev) - Math.floor(n * fractions.test)
                : Math.floor(n * fractions[set]);
            const actual = (got[set] as number[]).filter((i) => labels[i] === c).length;
            if (actual !== expected)
              throw new CheckError(
                `stratifiedSplit(labels, ${JSON.stringify(fractions)}): ${set} holds ${actual} examples of class ${c}, ` +
                  `expected ${expected} (class ${c} has ${n} examples; dev gets ⌊${n}·${fractions.dev}⌋, ` +
                  `test ⌊${n}·${fractions.test}⌋, train the rest, class by class)`,
              );
          }
        }
      }
    },
  },
  {
    id: "reproducible-by-seed",
    kind: "property",
    points: 1,
    description: "the same seed gives the same split; other seeds shuffle differently",
    async run({ call, property }) {
      await property(
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 60, maxLength: 150 }),
          fc.integer({ min: 0, max: 5_000 }),
        ),
        async ([labels, seed]) => {
          const fractions = { train: 0.6, dev: 0.2, test: 0.2 };
          const a = await call(labels, fractions, seed);
          const b = await call(labels, fractions, seed);
          for (const set of ["train", "dev", "test"] as const)
            if (!sameSet(a?.[set] ?? [], b?.[set] ?? []))
              throw new CheckError(
                `stratifiedSplit with seed ${seed} gave two different ${set} sets: draw from RandomState(seed), not Math.random`,
              );
          expectSameSplit(
            `stratifiedSplit(seed ${seed})`,
            a,
            stratifiedSplit(labels, fractions, seed),
          );
          let differs = false;
          for (const other of [seed + 1, seed + 2, seed + 3]) {
            const c = await call(labels, fractions, other);
            if (!sameSet(a.dev, c?.dev ?? [])) differs = true;
          }
          if (!differs)
            throw new CheckError(
              `stratifiedSplit gives the same dev set for seeds ${seed} … ${seed + 3}: shuffle each class with the seeded RandomState before dealing`,
            );
        },
        { numRuns: 10 },
      );
    },
  },
  {
    id: "exact-for-a-seed",
    kind: "reference",
    points: 2,
    description:
      "the reference's exact sets for a seed: classes in increasing order of label (10 after 9), one class only, a class of one example",
    async run({ call, rng, input }) {
      const cases: [string, number[]][] = [
        // 10 sorts before 9 as a string; classes appear out of order
        ["labels 10, 9 and 2", Array.from(rng.rand(40), (u) => (u < 0.4 ? 10 : u < 0.7 ? 9 : 2))],
        ["one class", new Array(23).fill(1)],
        ["a class of one example", [...new Array(15).fill(0), 1, ...new Array(9).fill(0)]],
      ];
      for (const [story, labels] of cases) {
        const fractions = FRACTIONS[between(rng, 0, 3)]!;
        const seed = between(rng, 0, 10_000);
        input("labels", labels);
        input("fractions, seed", [fractions, seed]);
        expectSameSplit(
          `stratifiedSplit(${story}, ${JSON.stringify(fractions)}, ${seed})`,
          await call(labels, fractions, seed),
          stratifiedSplit(labels, fractions, seed),
        );
      }
    },
  },
]);
