/**
 * Assignment 03: the notebook's three figures, in float64. The 1-D check of J(θ) = θ·x at
 * x = 3, θ = 4, then gradientCheckN on the notebook's test case, first with the provided
 * backwardPropagationN (two deliberate bugs), then with the corrected one.
 * Runs your code (exercises/) or, with --solutions, the reference.
 */
import { skipUnfinished } from "@dlc/student-kit/demo";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import {
  backwardPropagationN,
  backwardPropagationNFixed,
  forwardPropagationN,
  gradientCheckNTestCase,
  type NetGradients,
  type NetParameters,
} from "../src/gradient-check-net.ts";
import type { Matrix } from "../src/matrix64.ts";

const root = new URL("..", import.meta.url).pathname;
const dir = "03-gradient-checking";
const { gradientCheck } = await importTarget<{
  gradientCheck: (x: number, theta: number, epsilon?: number, printMsg?: boolean) => number;
}>(root, `${dir}/gradient-check.ts`);
const { gradientCheckN } = await importTarget<{
  gradientCheckN: (
    parameters: NetParameters,
    gradients: NetGradients,
    X: Matrix,
    Y: Matrix,
    epsilon?: number,
    printMsg?: boolean,
  ) => number;
}>(root, `${dir}/gradient-check-n.ts`);

/** Runs f and prints what it took; says so when a function it needs is still a stub. */
function timed(what: string, f: () => unknown): void {
  const t0 = performance.now();
  try {
    f();
  } catch (error) {
    skipUnfinished(error);
    return;
  }
  console.log(`  (${what} in ${(performance.now() - t0).toFixed(1)} ms)`);
}

console.log(`gradient checking in float64 (${scriptTarget()})\n`);

console.log("1-D: J(θ) = θ·x at x = 3, θ = 4, ε = 1e-7 (the notebook: 7.814075313343006e-11)");
timed("gradientCheck", () => gradientCheck(3, 4, 1e-7, true));

const { X, Y, parameters } = gradientCheckNTestCase();
const { cache } = forwardPropagationN(X, Y, parameters);

console.log(
  "\nN-D, the provided backwardPropagationN with its two bugs (the notebook: 0.2850931567761623)",
);
timed("gradientCheckN, 47 parameters, 94 forward passes", () =>
  gradientCheckN(parameters, backwardPropagationN(X, Y, cache), X, Y, 1e-7, true),
);

console.log("\nN-D, the corrected backward pass (the notebook: 1.1890913024229996e-07)");
timed("gradientCheckN", () =>
  gradientCheckN(parameters, backwardPropagationNFixed(X, Y, cache), X, Y, 1e-7, true),
);
