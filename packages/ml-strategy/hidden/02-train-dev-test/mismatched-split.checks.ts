import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { mismatchedSplit } from "../../solutions/02-train-dev-test/mismatched-split.ts";
import { between, expectPartition, interleavedSources, sameSet, sorted } from "./data.ts";

const SETS = ["train", "trainDev", "dev", "test"] as const;

function expectOnTarget(what: string, got: Record<string, number[]>, sources: string[]) {
  for (const set of ["dev", "test"] as const) {
    const off = got[set]!.filter((i) => sources[i] !== "car");
    if (off.length)
      throw new CheckError(
        `${what}: ${set} holds ${off.length} ${sources[off[0]!]} images (e.g. example ${off[0]}): ` +
          "dev and test both come only from the target (car) images, the distribution you care about",
      );
  }
}

export default defineChecks("mismatchedSplit", [
  {
    id: "driving-scaled-down",
    kind: "contract",
    points: 1,
    description:
      "splits 1,000 car + 9,000 internet images into 9,400 / 200 / 200 / 200 (the quiz at 1/100)",
    async run({ call }) {
      const sources = [...new Array(1_000).fill("car"), ...new Array(9_000).fill("internet")];
      const got = await call(sources, "car", { trainDev: 200, dev: 200, test: 200 }, 0);
      const lengths = SETS.map((s) => (Array.isArray(got?.[s]) ? got[s].length : String(got?.[s])));
      if (lengths.join() !== "9400,200,200,200")
        throw new CheckError(
          `mismatchedSplit gave train, trainDev, dev, test of sizes ${lengths.join(", ")}, expected 9400, 200, 200, 200`,
        );
      // sizes alone are met by arrays of one repeated index: the sets must partition the images
      expectPartition(
        "mismatchedSplit(driving)",
        Object.fromEntries(SETS.map((s) => [s, got?.[s]])),
        sources.length,
      );
      expectOnTarget("mismatchedSplit(driving)", got, sources);
      // a second, different call: an answer remembered from the first one does not fit it
      const other = await call(sources, "car", { trainDev: 100, dev: 300, test: 150 }, 1);
      const sizes = SETS.map((s) =>
        Array.isArray(other?.[s]) ? other[s].length : String(other?.[s]),
      );
      if (sizes.join() !== "9450,100,300,150")
        throw new CheckError(
          `mismatchedSplit(…, { trainDev: 100, dev: 300, test: 150 }) gave sizes ${sizes.join(", ")}, expected 9450, 100, 300, 150`,
        );
    },
  },
  {
    id: "partition-on-target",
    kind: "property",
    points: 2,
    description:
      "partitions random interleaved sources: the sizes asked for, dev and test only from the target",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 6; trial++) {
        const nTarget = between(rng, 20, 300);
        const nOther = between(rng, 10, 600);
        const sources = interleavedSources(rng, nTarget, nOther);
        const dev = between(rng, 1, Math.floor(nTarget / 3));
        const test = between(rng, 1, Math.floor(nTarget / 3));
        const sizes = { trainDev: between(rng, 1, Math.floor(nOther / 3) + 1), dev, test };
        input("sources", sources);
        input("sizes", sizes);
        const what = `mismatchedSplit(${nTarget} car + ${nOther} internet, ${JSON.stringify(sizes)})`;
        const got = await call(sources, "car", sizes, between(rng, 0, 10_000));
        expectPartition(what, Object.fromEntries(SETS.map((s) => [s, got?.[s]])), sources.length);
        for (const set of ["trainDev", "dev", "test"] as const)
          if (got[set].length !== sizes[set])
            throw new CheckError(
              `${what}: ${set} has ${got[set].length} examples, expected ${sizes[set]}`,
            );
        expectOnTarget(what, got, sources);
      }
    },
  },
  {
    id: "train-dev-from-the-mix",
    kind: "property",
    points: 2,
    description:
      "draws train-dev from the same mix as train: the target's share in train-dev matches the mix's",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 3; trial++) {
        const nTarget = between(rng, 1_500, 2_500);
        const nOther = between(rng, 1_500, 3_000);
        const sources = interleavedSources(rng, nTarget, nOther);
        const sizes = { trainDev: 400, dev: 300, test: 300 };
        input("sources", sources);
        const got = await call(sources, "car", sizes, between(rng, 0, 10_000));
        const mix = nTarget - 600 + nOther;
        const p = (nTarget - 600) / mix;
        const n = sizes.trainDev;
        const sd = Math.sqrt((n * p * (1 - p) * (mix - n)) / (mix - 1));
        const cars = (got?.trainDev ?? []).filter((i: number) => sources[i] === "car").length;
        if (Math.abs(cars - n * p) > 5 * sd + 1)
          throw new CheckError(
            `mismatchedSplit: train-dev holds ${cars} car images of ${n}, but the training mix is ` +
              `${(100 * p).toFixed(1)} % car (expected about ${Math.round(n * p)} ± ${Math.ceil(5 * sd)}): ` +
              "shuffle the leftover car images together with the internet images, then carve train-dev from that mix",
          );
      }
    },
  },
  {
    id: "reproducible-by-seed",
    kind: "property",
    points: 1,
    description:
      "the same seed gives the same split; other seeds give other dev, test and train-dev sets",
    async run({ call, property }) {
      await property(
        fc.tuple(
          fc.integer({ min: 40, max: 120 }),
          fc.integer({ min: 40, max: 200 }),
          fc.nat(5_000),
        ),
        async ([nTarget, nOther, seed]) => {
          const sources = [
            ...new Array(nTarget).fill("car"),
            ...new Array(nOther).fill("internet"),
          ];
          const sizes = { trainDev: 15, dev: 10, test: 10 };
          const a = await call(sources, "car", sizes, seed);
          const b = await call(sources, "car", sizes, seed);
          for (const set of SETS)
            if (!sameSet(a?.[set] ?? [], b?.[set] ?? []))
              throw new CheckError(
                `mismatchedSplit with seed ${seed} gave two different ${set} sets: shuffle with RandomState(seed)`,
              );
          const c = await call(sources, "car", sizes, seed + 1);
          for (const set of ["trainDev", "dev", "test"] as const)
            if (sameSet(a[set], c?.[set] ?? []))
              throw new CheckError(
                `mismatchedSplit gives the same ${set} set for seeds ${seed} and ${seed + 1}: shuffle before dealing`,
              );
        },
        { numRuns: 10 },
      );
    },
  },
  {
    id: "too-few-target-examples",
    kind: "contract",
    points: 1,
    description:
      "throws a RangeError when the target cannot fill dev and test, and splits when it just can",
    async run({ call }) {
      // a function that always throws would pass the rest: with one car image more it splits
      const enough = ["car", "car", "car", "car", "internet", "internet", "internet"];
      const split = await call(enough, "car", { trainDev: 1, dev: 2, test: 2 }, 0);
      const lengths = SETS.map((s) =>
        Array.isArray(split?.[s]) ? split[s].length : String(split?.[s]),
      );
      if (lengths.join() !== "2,1,2,2")
        throw new CheckError(
          `mismatchedSplit(4 car + 3 internet, trainDev 1, dev 2, test 2) gave train, trainDev, dev, test of sizes ${lengths.join(", ")}, expected 2, 1, 2, 2`,
        );
      expectPartition(
        "mismatchedSplit(4 car + 3 internet)",
        Object.fromEntries(SETS.map((s) => [s, split?.[s]])),
        enough.length,
      );
      const sources = ["car", "car", "car", "internet", "internet", "internet"];
      let outcome = "returned a split";
      try {
        await call(sources, "car", { trainDev: 1, dev: 2, test: 2 }, 0);
      } catch (error) {
        outcome = (error as Error).message;
        if (/RangeError/.test(outcome)) return;
      }
      throw new CheckError(
        `mismatchedSplit(3 car images, dev 2 + test 2) ${outcome}; expected it to throw a RangeError`,
      );
    },
  },
  {
    id: "exact-and-just-enough",
    kind: "reference",
    points: 1,
    description:
      "the reference's exact sets for a seed, also when the target has just dev + test examples and the mix just trainDev",
    async run({ call, rng, input }) {
      const cases: [string[], { trainDev: number; dev: number; test: number }][] = [
        [interleavedSources(rng, 30, 50), { trainDev: 12, dev: 6, test: 5 }],
        [interleavedSources(rng, 4, 3), { trainDev: 3, dev: 2, test: 2 }],
      ];
      for (const [sources, sizes] of cases) {
        const seed = between(rng, 0, 10_000);
        input("sources", sources);
        input("sizes, seed", [sizes, seed]);
        const what = `mismatchedSplit(${sources.length} examples, "car", ${JSON.stringify(sizes)}, ${seed})`;
        const got = await call(sources, "car", sizes, seed);
        const expected = mismatchedSplit(sources, "car", sizes, seed);
        for (const set of SETS)
          if (!Array.isArray(got?.[set]) || !sameSet(got[set], expected[set]))
            throw new CheckError(
              `${what}.${set} is ${JSON.stringify(Array.isArray(got?.[set]) ? sorted(got[set]) : got?.[set])}, ` +
                `expected ${JSON.stringify(expected[set])}: shuffle the target (permutation), deal dev then test; ` +
                "the mix is the leftover target examples followed by the others; shuffle it, deal train-dev, the rest is train",
            );
      }
    },
  },
]);
