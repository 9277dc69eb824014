import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { evaluationMetrics } from "../../solutions/01-single-number-evaluation/evaluation-metrics.ts";
import { predictionsAndLabels } from "./data.ts";

const KEYS = ["accuracy", "precision", "recall", "f1"] as const;

function expectMetrics(what: string, actual: unknown, expected: Record<string, number>) {
  if (typeof actual !== "object" || actual === null)
    throw new CheckError(
      `${what} should be an object { accuracy, precision, recall, f1 }, got ${String(actual)}`,
    );
  const got = actual as Record<string, unknown>;
  for (const key of KEYS) {
    const v = got[key];
    if (typeof v !== "number" || !(Math.abs(v - expected[key]!) <= 1e-9))
      throw new CheckError(
        `${what}.${key} is ${String(v)}, expected ${expected[key]} ` +
          `(all expected: ${JSON.stringify(expected)}). Precision divides tp by everything ` +
          "predicted positive (tp + fp), recall by every positive label (tp + fn); 0/0 is 0.",
      );
  }
}

export default defineChecks("evaluationMetrics", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "accuracy, precision, recall and F1 of random predictions, rare and common positives",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 6; trial++) {
        const { predictions, labels } = predictionsAndLabels(rng);
        input("predictions", predictions);
        input("labels", labels);
        expectMetrics(`evaluationMetrics (m = ${labels.length})`, await call(predictions, labels), {
          ...evaluationMetrics(predictions, labels),
        });
      }
    },
  },
  {
    id: "zero-over-zero",
    kind: "contract",
    points: 1,
    description: "takes 0/0 as 0: 'never a bird', no positive label, no example at all",
    async run({ call }) {
      const cases: [number[], number[]][] = [
        [new Array(10).fill(0), [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
        [
          [1, 0, 0],
          [0, 0, 0],
        ],
        [[], []],
      ];
      for (const [predictions, labels] of cases)
        expectMetrics(
          `evaluationMetrics(${JSON.stringify(predictions)}, ${JSON.stringify(labels)})`,
          await call(predictions, labels),
          { ...evaluationMetrics(predictions, labels) },
        );
    },
  },
  {
    id: "bounded-and-consistent",
    kind: "property",
    points: 1,
    description:
      "every metric lies in [0, 1] and F1 is the harmonic mean of the precision and recall returned",
    async run({ call, property }) {
      const bits = (m: number) => fc.array(fc.constantFrom(0, 1), { minLength: m, maxLength: m });
      await property(
        fc.integer({ min: 1, max: 25 }).chain((m) => fc.tuple(bits(m), bits(m))),
        async ([predictions, labels]) => {
          const got = await call(predictions, labels);
          for (const key of KEYS) {
            const v = got?.[key];
            if (typeof v !== "number" || !(v >= 0 && v <= 1))
              throw new CheckError(`evaluationMetrics(...).${key} = ${String(v)} is not in [0, 1]`);
          }
          const { precision: p, recall: r, f1 } = got;
          const harmonic = p + r === 0 ? 0 : (2 * p * r) / (p + r);
          if (Math.abs(f1 - harmonic) > 1e-9)
            throw new CheckError(
              `f1 = ${f1} but precision ${p} and recall ${r} have harmonic mean ${harmonic}`,
            );
          expectMetrics("evaluationMetrics(predictions, labels)", got, {
            ...evaluationMetrics(predictions, labels),
          });
        },
      );
    },
  },
]);
