import { defineChecks } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { validateSplit } from "../../solutions/02-train-dev-test/validate-split.ts";
import type { SplitProblem, TrainDevTest } from "../../src/split-types.ts";
import { between } from "./data.ts";

type Split = TrainDevTest & { trainDev?: number[] };

const WHY: Record<SplitProblem, string> = {
  leak: "an example in two sets (train-dev counts too)",
  "dev-off-target": "a dev example from a source outside target",
  "test-off-target": "a test example from a source outside target",
  "dev-test-mismatch": "dev and test drawing on different sets of sources",
};

function expectProblems(what: string, actual: unknown, expected: SplitProblem[], story = "") {
  if (!Array.isArray(actual) || actual.join() !== expected.join()) {
    const explain = expected.length
      ? `expected [${expected.join(", ")}] (${expected.map((p) => WHY[p]).join("; ")})`
      : "expected [] (a valid split: data from other sources is fine in train)";
    throw new CheckError(
      `${what} returned ${JSON.stringify(actual)}, ${explain}${story ? `. ${story}` : ""}. ` +
        "Problems come in the order leak, dev-off-target, test-off-target, dev-test-mismatch.",
    );
  }
}

/** Peacetopia at 1/1,000,000: images 0–9 from the cameras, 10–13 the citizens' data. */
const PEACETOPIA = [...new Array(10).fill("camera"), ...new Array(4).fill("citizens")];
const REGIONS = ["US", "UK", "India", "China", "US", "UK", "India", "China", "US", "UK"];

/** A random split of random sources, sometimes with a leak, off-target or mismatched dev/test. */
function randomCase(rng: RandomState) {
  const names = ["camera", "citizens", "drone"];
  const m = between(rng, 12, 40);
  const sources = Array.from(rng.rand(m), (u) => names[u < 0.55 ? 0 : u < 0.85 ? 1 : 2]!);
  const target = between(rng, 0, 2) === 0 ? ["camera", "drone"] : ["camera"];
  const split: Required<Split> = { train: [], trainDev: [], dev: [], test: [] };
  const offTargetOk = rng.rand(1)[0]! < 0.3;
  for (let i = 0; i < m; i++) {
    const onTarget = target.includes(sources[i]!);
    const u = rng.rand(1)[0]!;
    if ((onTarget || offTargetOk) && u < 0.25) split.dev.push(i);
    else if ((onTarget || offTargetOk) && u < 0.5) split.test.push(i);
    else if (u < 0.6) split.trainDev.push(i);
    else split.train.push(i);
  }
  if (rng.rand(1)[0]! < 0.3) {
    const all = [...split.train, ...split.trainDev, ...split.dev, ...split.test];
    const sets = ["train", "trainDev", "dev", "test"] as const;
    split[sets[between(rng, 0, 3)]!].push(all[between(rng, 0, all.length - 1)]!);
  }
  const withTrainDev = between(rng, 0, 1) === 1;
  const shown: Split = withTrainDev
    ? split
    : { train: [...split.train, ...split.trainDev], dev: split.dev, test: split.test };
  return { split: shown, sources, target };
}

export default defineChecks("validateSplit", [
  {
    id: "peacetopia-citizens-data",
    kind: "reference",
    points: 2,
    description: "the citizens' images: fine in train, off target in dev or test",
    async run({ call }) {
      const camera = ["camera"];
      expectProblems(
        "validateSplit(citizens' images in train)",
        await call(
          { train: [0, 1, 2, 3, 4, 5, 10, 11, 12, 13], dev: [6, 7], test: [8, 9] },
          PEACETOPIA,
          camera,
        ),
        [],
        "Quiz: adding the citizens' data to the training set is fine",
      );
      expectProblems(
        "validateSplit(citizens' images in a train-dev set)",
        await call(
          { train: [0, 1, 2, 3, 10, 11], trainDev: [4, 5, 12, 13], dev: [6, 7], test: [8, 9] },
          PEACETOPIA,
          camera,
        ),
        [],
      );
      expectProblems(
        "validateSplit(citizens' images added to the test set)",
        await call(
          { train: [0, 1, 2, 3, 4, 5], dev: [6, 7], test: [8, 9, 10, 11, 12, 13] },
          PEACETOPIA,
          camera,
        ),
        ["test-off-target", "dev-test-mismatch"],
        "Quiz: the test set would no longer reflect the security cameras, and dev and test would differ",
      );
      expectProblems(
        "validateSplit(citizens' images spread over train, dev and test)",
        await call(
          { train: [0, 1, 2, 3, 4, 5, 10, 11], dev: [6, 7, 12], test: [8, 9, 13] },
          PEACETOPIA,
          camera,
        ),
        ["dev-off-target", "test-off-target"],
      );
    },
  },
  {
    id: "leaks-and-regions",
    kind: "reference",
    points: 2,
    description: "finds leaks (train-dev included) and dev and test drawn from different regions",
    async run({ call }) {
      const camera = ["camera"];
      expectProblems(
        "validateSplit(image 6 in train and dev)",
        await call({ train: [0, 1, 6], dev: [6, 7], test: [8, 9] }, PEACETOPIA, camera),
        ["leak"],
      );
      expectProblems(
        "validateSplit(image 10 in train and train-dev)",
        await call(
          { train: [0, 10], trainDev: [1, 10], dev: [6, 7], test: [8, 9] },
          PEACETOPIA,
          camera,
        ),
        ["leak"],
      );
      const all = ["US", "UK", "India", "China"];
      expectProblems(
        "validateSplit(dev from US and UK, test from India and China)",
        await call({ train: [0, 1], dev: [4, 5], test: [2, 3, 6, 7] }, REGIONS, all),
        ["dev-test-mismatch"],
        "Lecture: dev and test must come from the same distribution, here the same regions",
      );
      expectProblems(
        "validateSplit(dev from US and UK, test from US, UK and India)",
        await call({ train: [3, 7], dev: [0, 1], test: [4, 5, 2] }, REGIONS, all),
        ["dev-test-mismatch"],
        "test draws on a region dev never sees",
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "reports the same problems as the reference on random splits of random sources",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 15; trial++) {
        const { split, sources, target } = randomCase(rng);
        input("split", split);
        input("sources", sources);
        input("target", target);
        expectProblems(
          `validateSplit(random split of ${sources.length} examples, target ${JSON.stringify(target)})`,
          await call(split, sources, target),
          validateSplit(split, sources, target),
        );
      }
    },
  },
  {
    id: "accepts-valid-splits",
    kind: "property",
    points: 1,
    description:
      "accepts any partition whose dev and test hold only target examples of the same sources",
    async run({ call, property }) {
      await property(
        fc.array(fc.constantFrom("camera", "citizens"), { minLength: 6, maxLength: 40 }),
        async (tail) => {
          const sources = ["camera", "camera", ...tail];
          const split: Required<Split> = { train: [], trainDev: [], dev: [0], test: [1] };
          sources.forEach((s, i) => {
            if (i < 2) return;
            if (s === "camera" && i % 3 === 0) split.dev.push(i);
            else if (s === "camera" && i % 3 === 1) split.test.push(i);
            else if (i % 4 === 0) split.trainDev.push(i);
            else split.train.push(i);
          });
          expectProblems("validateSplit(valid split)", await call(split, sources, ["camera"]), []);
          // and the same split spoiled: an example in two sets, or off target in test
          const citizen = sources.indexOf("citizens");
          const spoiled: Split =
            citizen >= 0
              ? {
                  ...split,
                  test: [...split.test, citizen],
                  train: split.train.filter((i) => i !== citizen),
                  trainDev: split.trainDev.filter((i) => i !== citizen),
                }
              : { ...split, train: [...split.train, 0] };
          expectProblems(
            "validateSplit(valid split spoiled)",
            await call(spoiled, sources, ["camera"]),
            validateSplit(spoiled, sources, ["camera"]),
          );
        },
      );
    },
  },
  {
    id: "degenerate-splits",
    kind: "reference",
    points: 1,
    description:
      "an index twice in one set is a leak; empty dev and test agree; an empty dev with a non-empty test does not",
    async run({ call }) {
      const camera = ["camera"];
      const cases: [string, Split][] = [
        ["image 6 twice in dev", { train: [0, 1], dev: [6, 7, 6], test: [8, 9] }],
        ["image 10 twice in train", { train: [0, 10, 10], dev: [6, 7], test: [8, 9] }],
        ["empty dev and test", { train: [0, 1, 2, 10], dev: [], test: [] }],
        ["empty dev, camera test", { train: [0, 1, 2, 10], dev: [], test: [8, 9] }],
      ];
      for (const [story, split] of cases)
        expectProblems(
          `validateSplit(${story})`,
          await call(split, PEACETOPIA, camera),
          validateSplit(split, PEACETOPIA, camera),
        );
    },
  },
]);
