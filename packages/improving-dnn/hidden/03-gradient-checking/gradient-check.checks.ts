import { defineChecks, expectNumber } from "@dlc/grader/checks";
import * as fc from "fast-check";
import { gradientCheck } from "../../solutions/03-gradient-checking/gradient-check.ts";
import { expectScalar } from "./data.ts";

const HOW =
  "gradapprox = (J(θ + ε) − J(θ − ε)) / (2ε) with your forwardPropagation, grad from your " +
  "backwardPropagation at θ, difference = |grad − gradapprox| / (|grad| + |gradapprox|)";

export default defineChecks("gradientCheck", [
  {
    id: "returns-number",
    kind: "contract",
    points: 1,
    description: "returns the difference as a plain number, the reference's",
    async run({ call }) {
      const actual = await call(3, 4);
      expectNumber("gradientCheck(3, 4)", actual);
      // any number is a number: the value too
      expectScalar("gradientCheck(3, 4)", actual, gradientCheck(3, 4), { rtol: 1e-6 });
    },
  },
  {
    id: "notebook",
    kind: "reference",
    points: 2,
    description: "gives the notebook's 7.814075313343006e-11 for x = 3, θ = 4, ε = 1e-7",
    async run({ call }) {
      expectScalar("gradientCheck(3, 4)", await call(3, 4), 7.814075313343006e-11, {
        hint: HOW,
      });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "gives the reference's difference for other x, θ and ε (float64 rounding included)",
    async run({ call, rng, input }) {
      const epsilons = [1e-7, 1e-6, 1e-5, 1e-4];
      for (let k = 0; k < 12; k++) {
        const x = (rng.rand(1)[0]! < 0.5 ? -1 : 1) * (0.5 + 4.5 * rng.rand(1)[0]!);
        const theta = 3 * rng.randn(1)[0]!;
        const epsilon = epsilons[k % epsilons.length]!;
        input(`x, theta, epsilon (${k})`, [x, theta, epsilon]);
        expectScalar(
          `gradientCheck(${x}, ${theta}, ${epsilon})`,
          await call(x, theta, epsilon),
          gradientCheck(x, theta, epsilon),
          {
            rtol: 1e-3,
            atol: 1e-18,
            hint: `The difference is only rounding noise here, and the reference's comes from ${HOW}; a one-sided difference (J(θ + ε) − J(θ)) / ε rounds differently`,
          },
        );
      }
    },
  },
  {
    id: "passes-correct-backward",
    kind: "property",
    points: 1,
    description:
      "is below 2e-7 for any x and θ, since dθ = x is correct (and the reference's value)",
    async run({ call, property }) {
      await property(
        fc.tuple(
          fc.double({ min: 0.1, max: 10, noNaN: true }),
          fc.boolean(),
          fc.double({ min: -10, max: 10, noNaN: true }),
        ),
        async ([size, negative, theta]) => {
          const x = negative ? -size : size;
          const difference = await call(x, theta);
          expectNumber(`gradientCheck(${x}, ${theta})`, difference);
          if (!(difference >= 0 && difference < 2e-7))
            throw new Error(
              `gradientCheck(${x}, ${theta}) should be below 2e-7 (dθ = x is right), got ${difference}: ${HOW}`,
            );
          // a constant 0 is below 2e-7 too: the value is the reference's rounding noise
          expectScalar(`gradientCheck(${x}, ${theta})`, difference, gradientCheck(x, theta), {
            rtol: 1e-3,
            atol: 1e-18,
            hint: HOW,
          });
        },
        { numRuns: 25 },
      );
    },
  },
]);
