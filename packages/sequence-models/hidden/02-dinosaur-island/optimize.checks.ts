import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { optimize } from "../../solutions/02-dinosaur-island/optimize.ts";
import { optimizeTestCase, randnMatrix } from "../../src/char-rnn-cases.ts";
import type { Matrix } from "../../src/matrix.ts";
import {
  expectGradients,
  expectMatrix,
  expectParameters,
  randomName,
  randomParameters,
} from "../shared/char-rnn-checks.ts";

const TOLERANCE = { rtol: 1e-7, atol: 1e-10 };

function expectStep(
  what: string,
  actual: unknown,
  expected: ReturnType<typeof optimize>,
  checkParameters: boolean,
): void {
  if (typeof actual !== "object" || actual === null)
    throw new CheckError(`${what} should return { loss, gradients, aPrev, parameters }`);
  const { loss, gradients, aPrev, parameters } = actual as Record<string, unknown>;
  if (typeof loss !== "number" || Math.abs(loss - expected.loss) > 1e-7 * Math.abs(expected.loss))
    throw new CheckError(`${what}.loss is ${loss}, expected ${expected.loss}`);
  expectGradients(`${what}.gradients`, gradients, expected.gradients, TOLERANCE);
  expectMatrix(`${what}.aPrev (the last hidden state)`, aPrev, expected.aPrev, TOLERANCE);
  if (checkParameters)
    expectParameters(
      `${what}.parameters (after the update)`,
      parameters,
      expected.parameters,
      TOLERANCE,
    );
}

export default defineChecks("optimize", [
  {
    id: "notebook",
    kind: "reference",
    points: 1,
    description:
      "the notebook's step (seed 1, n_a = 100, X = [12, 3, 5, 11, 22, 3]): loss 126.50398, clipped gradients, a_last",
    async run({ call }) {
      const { X, Y, aPrev, parameters } = optimizeTestCase();
      const expected = optimize(X, Y, aPrev, structuredClone(parameters), 0.01);
      expectStep(
        "optimize(notebook case)",
        await call(X, Y, aPrev, parameters, 0.01),
        expected,
        true,
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "loss, clipped gradients, last hidden state and updated parameters equal the reference's for random names (1 to 15 characters), models (n_a 3 to 20) and learning rates",
    async run({ call, rng, input }) {
      for (const scale of [0.5, 2]) {
        const nA = between(rng, 3, 20);
        const parameters = randomParameters(rng, nA, 27, scale);
        const aPrev: Matrix = randnMatrix(rng, nA, 1);
        const { X, Y } = randomName(rng, between(rng, 1, 15));
        const learningRate = [0.005, 0.01, 0.1][between(rng, 0, 2)]!;
        input("X", X);
        input("parameters", parameters);
        const expected = optimize(X, Y, aPrev, structuredClone(parameters), learningRate);
        expectStep(
          `optimize(X of ${X.length}, Y, aPrev, parameters (n_a ${nA}), ${learningRate})`,
          await call(X, Y, aPrev, parameters, learningRate),
          expected,
          true,
        );
      }
    },
  },
]);
