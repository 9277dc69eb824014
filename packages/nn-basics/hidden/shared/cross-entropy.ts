/**
 * The checks the two cross-entropy costs share (assignment 03 returns a number,
 * assignment 04 a scalar tensor): J = −(1/m) Σ [y log a + (1−y) log(1−a)].
 */

import { between, defineChecks, expectNumber } from "@dlc/grader/checks";
import {
  CheckError,
  expectClose,
  expectShape,
  labelsData,
  tensorData,
  toTensor,
} from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";
import { probabilitiesAndLabels } from "./data.ts";

export function crossEntropyChecks(
  reference: (A: tf.Tensor, Y: tf.Tensor) => number | tf.Tensor,
  returns: "number" | "scalar tensor",
) {
  const what = "computeCost(A, Y)";
  const expected = (A: tf.Tensor, Y: tf.Tensor): number => {
    const cost = reference(A, Y);
    return typeof cost === "number" ? cost : cost.dataSync()[0]!;
  };
  const value = (cost: unknown): number => {
    if (returns === "number") {
      expectNumber(what, cost);
      return cost;
    }
    expectShape(what, cost, []);
    return (cost as tf.Tensor).dataSync()[0]!;
  };
  return defineChecks("computeCost", [
    {
      id: "returns-cost",
      kind: "contract",
      points: 1,
      description: `returns the cost as a ${returns}`,
      async run({ call, rng }) {
        const { A, Y } = probabilitiesAndLabels(rng, 5);
        expectClose(what, value(await call(A, Y)), expected(A, Y));
      },
    },
    {
      id: "matches-reference",
      kind: "reference",
      points: 2,
      description: "equals −(1/m) Σ [y log a + (1−y) log(1−a)] on random predictions and labels",
      async run({ call, rng, input }) {
        for (let i = 0; i < 3; i++) {
          const { A, Y } = probabilitiesAndLabels(rng, between(rng, 3, 12));
          input("A", A);
          input("Y", Y);
          expectClose(what, value(await call(A, Y)), expected(A, Y));
        }
      },
    },
    {
      id: "non-negative",
      kind: "property",
      points: 1,
      description: "is never negative, and is smallest when the predictions equal the labels",
      async run({ call, property }) {
        await property(
          fc
            .integer({ min: 1, max: 8 })
            .chain((m) => fc.tuple(tensorData([1, m], { min: 0.02, max: 0.98 }), labelsData(m))),
          async ([a, y]) => {
            const [A, Y] = [toTensor(a), toTensor(y)];
            const cost = value(await call(A, Y));
            if (!(cost >= 0)) throw new CheckError(`computeCost is ${cost}, below 0`);
            // a cost that is never negative alone holds for a constant
            expectClose(what, cost, expected(A, Y));
            const sure = value(await call(tf.clipByValue(Y, 0.02, 0.98), Y));
            if (sure > cost + 1e-5)
              throw new CheckError(
                `computeCost is ${sure} for predictions close to the labels, more than ${cost} for others`,
              );
          },
        );
      },
    },
    {
      id: "certain-predictions",
      kind: "reference",
      points: 1,
      description:
        "a prediction of exactly 1 for a label 1 (or 0 for 0) adds 0 to the cost, not NaN",
      async run({ call, rng, input }) {
        // float32's σ(z) is exactly 1 beyond z ≈ 17, which a model fitting its data reaches;
        // the formula as written then computes 0·log(0) = 0·(−∞) = NaN for that example
        const { A: unsure, Y } = probabilitiesAndLabels(rng, between(rng, 4, 8));
        const certain = tf.tensor2d([[1, 0]]);
        const [A, labelsY] = [tf.concat([certain, unsure], 1), tf.concat([certain, Y], 1)];
        input("A", A);
        input("Y", labelsY);
        expectClose(
          `${what} with A exactly 0 or 1 where Y agrees`,
          value(await call(A, labelsY)),
          expected(A, labelsY),
        );
      },
    },
  ]);
}
