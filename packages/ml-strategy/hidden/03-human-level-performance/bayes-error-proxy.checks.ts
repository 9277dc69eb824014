import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { bayesErrorProxy } from "../../solutions/03-human-level-performance/bayes-error-proxy.ts";
import { ORNITHOLOGIST_TEAM_ERROR, PEACETOPIA_HUMAN_ERRORS } from "../../src/case-studies.ts";

function expectProxy(what: string, actual: unknown, expected: number | null, why: string) {
  if (actual !== expected)
    throw new CheckError(`${what} is ${JSON.stringify(actual)}, expected ${expected}: ${why}`);
}

export default defineChecks("bayesErrorProxy", [
  {
    id: "case-studies",
    kind: "reference",
    points: 1,
    description:
      "Peacetopia's best ornithologist 0.3 %, the team of ornithologists 0.1 %, the team of doctors 0.5 %",
    async run({ call }) {
      expectProxy(
        "bayesErrorProxy([0.3, 0.5, 1.0, 1.2])",
        await call(PEACETOPIA_HUMAN_ERRORS),
        0.3,
        "the best human, not the average (0.75) nor a typical citizen",
      );
      expectProxy(
        "bayesErrorProxy([0.3, 0.5, 1.0, 1.2, 0.1])",
        await call([...PEACETOPIA_HUMAN_ERRORS, ORNITHOLOGIST_TEAM_ERROR]),
        0.1,
        "the debating team of ornithologists does best of all",
      );
      expectProxy(
        "bayesErrorProxy([3, 1, 0.7, 0.5])",
        await call([3, 1, 0.7, 0.5]),
        0.5,
        "the team of doctors",
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "the lowest of random human errors from 0.01 % to 40 %, in any order",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 10; trial++) {
        const n = between(rng, 1, 8);
        const errors = Array.from(rng.rand(n), (u) => Number((10 ** (-2 + 3.6 * u)).toFixed(3)));
        input("humanErrors", errors);
        expectProxy(
          `bayesErrorProxy(${JSON.stringify(errors)})`,
          await call(errors),
          bayesErrorProxy(errors),
          "take the minimum as numbers (Array.prototype.sort without a comparator compares strings)",
        );
      }
    },
  },
  {
    id: "no-human-is-null",
    kind: "contract",
    points: 1,
    description: "returns null when no human was measured",
    async run({ call }) {
      expectProxy("bayesErrorProxy([])", await call([]), null, "without humans there is no proxy");
      // a constant null passes the line above
      expectProxy("bayesErrorProxy([2, 0.7])", await call([2, 0.7]), 0.7, "the best of two humans");
    },
  },
  {
    id: "lowest-of-all",
    kind: "property",
    points: 1,
    description: "is one of the errors given, and none is lower",
    async run({ call, property }) {
      await property(
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1, maxLength: 10 }),
        async (errors) => {
          const proxy = await call(errors);
          if (!errors.includes(proxy) || errors.some((e) => e < proxy))
            throw new CheckError(
              `bayesErrorProxy(${JSON.stringify(errors)}) = ${JSON.stringify(proxy)} is not the lowest of the errors`,
            );
        },
      );
    },
  },
  {
    id: "one-human-and-perfect-humans",
    kind: "reference",
    points: 1,
    description:
      "one human measured is the proxy, whatever the unit (4.5 %); a perfect human (0 % error) gives 0, not null",
    async run({ call }) {
      expectProxy("bayesErrorProxy([4.5])", await call([4.5]), 4.5, "one human is the best human");
      expectProxy(
        "bayesErrorProxy([2, 0, 1])",
        await call([2, 0, 1]),
        0,
        "an error of 0 is a measurement (Bayes error 0, e.g. reading clean digits), not a missing one",
      );
    },
  },
]);
