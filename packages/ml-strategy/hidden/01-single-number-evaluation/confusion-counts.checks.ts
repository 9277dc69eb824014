import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { confusionCounts } from "../../solutions/01-single-number-evaluation/confusion-counts.ts";
import { predictionsAndLabels } from "./data.ts";

const KEYS = ["tp", "fp", "fn", "tn"] as const;

function expectCounts(what: string, actual: unknown, expected: Record<string, number>) {
  if (typeof actual !== "object" || actual === null)
    throw new CheckError(`${what} should be an object { tp, fp, fn, tn }, got ${String(actual)}`);
  const got = actual as Record<string, unknown>;
  for (const key of KEYS)
    if (got[key] !== expected[key])
      throw new CheckError(
        `${what}.${key} is ${String(got[key])}, expected ${expected[key]} ` +
          `(expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}). ` +
          "fp is predicted 1 with label 0 (a false alarm), fn is predicted 0 with label 1 (a miss).",
      );
}

export default defineChecks("confusionCounts", [
  {
    id: "counts-example",
    kind: "contract",
    points: 1,
    description: "returns { tp, fp, fn, tn } for ten sky images (2 found, 1 missed, 1 false alarm)",
    async run({ call }) {
      const labels = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
      const predictions = [1, 1, 0, 1, 0, 0, 0, 0, 0, 0];
      expectCounts("confusionCounts", await call(predictions, labels), {
        tp: 2,
        fp: 1,
        fn: 1,
        tn: 6,
      });
      // a second, different call: an answer remembered from the first one does not fit it
      expectCounts(
        "confusionCounts([1, 1, 1, 0], [1, 0, 0, 0])",
        await call([1, 1, 1, 0], [1, 0, 0, 0]),
        {
          tp: 1,
          fp: 2,
          fn: 0,
          tn: 1,
        },
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "counts every cell right on random predictions and labels of varied lengths",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 6; trial++) {
        const { predictions, labels } = predictionsAndLabels(rng);
        input("predictions", predictions);
        input("labels", labels);
        expectCounts(`confusionCounts (m = ${labels.length})`, await call(predictions, labels), {
          ...confusionCounts(predictions, labels),
        });
      }
    },
  },
  {
    id: "swap-symmetry",
    kind: "property",
    points: 1,
    description: "the counts add up to m, and swapping predictions and labels swaps fp and fn",
    async run({ call, property }) {
      const bits = (m: number) => fc.array(fc.constantFrom(0, 1), { minLength: m, maxLength: m });
      await property(
        fc.integer({ min: 1, max: 25 }).chain((m) => fc.tuple(bits(m), bits(m))),
        async ([predictions, labels]) => {
          const a = await call(predictions, labels);
          const b = await call(labels, predictions);
          const sum = KEYS.reduce((s, k) => s + Number(a?.[k]), 0);
          if (sum !== labels.length)
            throw new CheckError(`tp + fp + fn + tn = ${sum}, expected m = ${labels.length}`);
          expectCounts("confusionCounts(labels, predictions)", b, {
            tp: a.tp,
            fp: a.fn,
            fn: a.fp,
            tn: a.tn,
          });
          // the symmetry alone holds for wrong counts too (all in tn): pin them to the reference
          expectCounts("confusionCounts(predictions, labels)", a, {
            ...confusionCounts(predictions, labels),
          });
        },
      );
    },
  },
]);
