import { RandomState } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { rnnForward } from "../../src/char-rnn.ts";
import { optimizeTestCase, randnMatrix, randnParameters } from "../../src/char-rnn-cases.ts";
import { optimize } from "./optimize.ts";

const argmax = (m: number[][]) => {
  const flat = m.flat();
  return flat.indexOf(Math.max(...flat));
};

describe("optimize", () => {
  it("gives the notebook's numbers: loss 126.50398, dWaa[1][2] 0.19471, argmax dWax 93, dWya[1][2] −0.0077739, db[4] −0.068098, dby[1] 0.015382, a_last[4] −1", () => {
    const { X, Y, aPrev, parameters } = optimizeTestCase();
    const { loss, gradients, aPrev: aLast } = optimize(X, Y, aPrev, parameters, 0.01);
    expect(loss).toBeCloseTo(126.50397572165383, 8);
    expect(gradients.dWaa[1]![2]).toBeCloseTo(0.19470931534715546, 10);
    expect(argmax(gradients.dWax)).toBe(93);
    expect(gradients.dWya[1]![2]).toBeCloseTo(-0.007773876032002889, 12);
    expect(gradients.db[4]![0]).toBeCloseTo(-0.06809825, 8);
    expect(gradients.dby[1]![0]).toBeCloseTo(0.01538192, 8);
    expect(aLast[4]![0]).toBeCloseTo(-1, 10);
  });

  test.prop(
    [fc.integer({ min: 0, max: 2 ** 16 }), fc.double({ min: 0.001, max: 0.5, noNaN: true })],
    {
      numRuns: 10,
    },
  )(
    "returns the forward pass's loss, gradients within ±5, and parameters moved by −learningRate · gradient",
    (seed, learningRate) => {
      const rng = new RandomState(seed);
      const parameters = randnParameters(rng, 6, 27);
      const aPrev = randnMatrix(rng, 6, 1);
      const X = [null, 3, 1, 18, 20];
      const Y = [3, 1, 18, 20, 0];
      const before = structuredClone(parameters);
      const expectedLoss = rnnForward(X, Y, aPrev, before).loss;
      const out = optimize(X, Y, aPrev, parameters, learningRate);
      expect(out.loss).toBeCloseTo(expectedLoss, 9);
      expect(out.aPrev).toHaveLength(6);
      for (const key of ["Wax", "Waa", "Wya", "b", "by"] as const) {
        const grad = out.gradients[`d${key}`];
        for (const [i, row] of before[key].entries())
          for (const [j, w] of row.entries()) {
            const g = grad[i]![j]!;
            expect(Math.abs(g)).toBeLessThanOrEqual(5);
            expect(out.parameters[key][i]![j]).toBeCloseTo(w - learningRate * g, 12);
          }
      }
    },
  );
});
