import { RandomState } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  backwardPropagationN,
  backwardPropagationNFixed,
  forwardPropagationN,
  gradientCheckNTestCase,
} from "../../src/gradient-check-net.ts";
import { fromValues, type Matrix, norm } from "../../src/matrix64.ts";
import { gradientCheckN } from "./gradient-check-n.ts";

/** |a − b| / |b| */
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** A small seeded network of the given sizes: randn·0.5 parameters, randn inputs, both labels. */
function network(dims: number[], m: number, seed: number) {
  const rng = new RandomState(seed);
  const randn = (r: number, c: number, s = 1) =>
    fromValues(
      r,
      c,
      Array.from(rng.randn(r, c), (v) => s * v),
    );
  const X = randn(dims[0]!, m);
  const Y = [Array.from({ length: m }, (_, j) => j % 2)];
  const parameters: Record<string, Matrix> = {};
  for (let l = 1; l <= 3; l++) {
    parameters[`W${l}`] = randn(dims[l]!, dims[l - 1]!, 0.5);
    parameters[`b${l}`] = randn(dims[l]!, 1, 0.5);
  }
  const { cache } = forwardPropagationN(X, Y, parameters);
  return { X, Y, parameters, cache };
}

const sizes = fc.tuple(
  fc.integer({ min: 2, max: 4 }),
  fc.integer({ min: 2, max: 4 }),
  fc.integer({ min: 2, max: 3 }),
  fc.constant(1),
);

describe("gradientCheckN", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("matches the notebook: 0.2850931567761623 with the provided (buggy) backward pass", () => {
    const { X, Y, parameters } = gradientCheckNTestCase();
    const { cache } = forwardPropagationN(X, Y, parameters);
    const difference = gradientCheckN(parameters, backwardPropagationN(X, Y, cache), X, Y);
    expect(typeof difference).toBe("number");
    expect(rel(difference, 0.2850931567761623)).toBeLessThan(1e-6);
  });

  it("matches the notebook: about 1.189e-7, below 2e-7, once the two bugs are fixed", () => {
    const { X, Y, parameters } = gradientCheckNTestCase();
    const { cache } = forwardPropagationN(X, Y, parameters);
    const difference = gradientCheckN(parameters, backwardPropagationNFixed(X, Y, cache), X, Y);
    // numpy gives 1.1890913024229996e-07; the last digits depend on the order of the sums
    expect(rel(difference, 1.1890913024229996e-7)).toBeLessThan(1e-3);
    expect(difference).toBeLessThan(2e-7);
  });

  it("prints the notebook's verdict when printMsg is true", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const { X, Y, parameters } = gradientCheckNTestCase();
    const { cache } = forwardPropagationN(X, Y, parameters);
    gradientCheckN(parameters, backwardPropagationN(X, Y, cache), X, Y, 1e-7, true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain(
      "There is a mistake in the backward propagation! difference = 0.28509315677",
    );
  });

  test.prop([sizes, fc.integer({ min: 2, max: 5 }), fc.nat(10_000)], { numRuns: 15 })(
    "passes a correct backward pass (below 2e-7) on networks of other sizes",
    (dims, m, seed) => {
      const { X, Y, parameters, cache } = network(dims, m, seed);
      const grads = backwardPropagationNFixed(X, Y, cache);
      expect(gradientCheckN(parameters, grads, X, Y)).toBeLessThan(2e-7);
    },
  );

  test.prop([sizes, fc.integer({ min: 2, max: 5 }), fc.nat(10_000)], { numRuns: 15 })(
    "flags a backward pass with the wrong sign of db3 (above 2e-7)",
    (dims, m, seed) => {
      const { X, Y, parameters, cache } = network(dims, m, seed);
      const grads = backwardPropagationNFixed(X, Y, cache);
      const db3 = grads.db3![0]![0]!;
      const all = Object.values(grads).flatMap((g) => g.flat());
      fc.pre(Math.abs(db3) > 1e-3 * norm(all));
      grads.db3 = [[-db3]];
      expect(gradientCheckN(parameters, grads, X, Y)).toBeGreaterThan(2e-7);
    },
  );

  test.prop([fc.nat(10_000)], { numRuns: 10 })(
    "passes a correct backward pass with ε = 1e-5 too (the centered difference errs by O(ε²))",
    (seed) => {
      const { X, Y, parameters, cache } = network([3, 3, 2, 1], 4, seed);
      const grads = backwardPropagationNFixed(X, Y, cache);
      expect(gradientCheckN(parameters, grads, X, Y, 1e-5)).toBeLessThan(2e-7);
    },
  );
});
