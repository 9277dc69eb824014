import { describe, expect, it } from "vitest";
import {
  backwardPropagationN,
  backwardPropagationNFixed,
  forwardPropagationN,
  gradientCheckNTestCase,
  layerDimsOf,
} from "./gradient-check-net.ts";
import { shapeOf } from "./matrix64.ts";

describe("the gradient-checking notebook's network", () => {
  const { X, Y, parameters } = gradientCheckNTestCase();

  it("draws the notebook's test case with np.random.seed(1): X, then W1, b1, W2, b2, W3, b3", () => {
    // numpy: np.random.seed(1); x = np.random.randn(4, 3); …; b3 = np.random.randn(1, 1)
    expect(X[0]).toEqual([1.6243453636632417, -0.6117564136500754, -0.5281717522634557]);
    expect(Y).toEqual([[1, 1, 0]]);
    expect(parameters.W1![0]![0]).toBe(-0.3224172040135075);
    expect(parameters.b1![4]![0]).toBe(-1.1173103486352778);
    expect(parameters.W3).toEqual([[0.5866231911821976, 0.8389834138745049, 0.9311020813035573]]);
    expect(parameters.b3).toEqual([[0.2855873252542588]]);
    expect(layerDimsOf(parameters)).toEqual([4, 5, 3, 1]);
  });

  it("computes the notebook's cost, 2.407833389834357", () => {
    const { cost, cache } = forwardPropagationN(X, Y, parameters);
    expect(Math.abs(cost - 2.407833389834357)).toBeLessThan(1e-13);
    expect(shapeOf(cache.A3)).toEqual([1, 3]);
    expect(shapeOf(cache.Z1)).toEqual([5, 3]);
  });

  it("ships the two bugs: dW2 twice too large, db1 four times; the fixed pass agrees elsewhere", () => {
    const { cache } = forwardPropagationN(X, Y, parameters);
    const buggy = backwardPropagationN(X, Y, cache);
    const fixed = backwardPropagationNFixed(X, Y, cache);
    for (const key of Object.keys(fixed)) {
      const factor = key === "dW2" ? 2 : key === "db1" ? 4 : 1;
      const f = fixed[key]!.flat();
      buggy[key]!.flat().forEach((v, i) => {
        expect(v).toBeCloseTo(factor * f[i]!, 14);
      });
    }
    // numpy: the corrected backward_propagation_n's db3 and dW3
    expect(fixed.db3![0]![0]).toBeCloseTo(0.212257527082733, 14);
    expect(fixed.dW3![0]![2]).toBeCloseTo(2.244042377990228, 14);
  });

  it("has a fixed backward pass that matches centered differences of the cost", () => {
    const { cache } = forwardPropagationN(X, Y, parameters);
    const fixed = backwardPropagationNFixed(X, Y, cache);
    const eps = 1e-6;
    for (const key of ["W1", "b1", "W2", "b2", "W3", "b3"]) {
      const P = parameters[key]!;
      for (const [i, row] of P.entries())
        for (const j of row.keys()) {
          const at = (d: number) => {
            const moved = P.map((r) => [...r]);
            moved[i]![j]! += d;
            return forwardPropagationN(X, Y, { ...parameters, [key]: moved }).cost;
          };
          const approx = (at(eps) - at(-eps)) / (2 * eps);
          expect(Math.abs(approx - fixed[`d${key}`]![i]![j]!)).toBeLessThan(1e-6);
        }
    }
  });
});
