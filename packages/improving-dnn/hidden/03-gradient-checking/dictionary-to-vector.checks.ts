import { defineChecks } from "@dlc/grader/checks";
import { CheckError, describeValue, RandomState } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { dictionaryToVector } from "../../solutions/03-gradient-checking/dictionary-to-vector.ts";
import { vectorToDictionary } from "../../solutions/03-gradient-checking/vector-to-dictionary.ts";
import { gradientCheckNTestCase, type NetParameters } from "../../src/gradient-check-net.ts";
import { entryLabels, expectMatrices, expectVector, randomDims, randomParameters } from "./data.ts";

const ORDER = "theta holds W1, b1, W2, b2, W3, b3 in that order, each matrix row by row";

/** Checks theta and keys against the reference, naming the entry that is off. */
function expectRolled(what: string, actual: unknown, parameters: NetParameters, dims: number[]) {
  if (typeof actual !== "object" || actual === null || !("theta" in actual) || !("keys" in actual))
    throw new CheckError(`${what} should return { theta, keys }, got ${describeValue(actual)}`);
  const { theta, keys } = actual as { theta: unknown; keys: unknown };
  const expected = dictionaryToVector(parameters);
  expectVector(`${what}.theta`, theta, expected.theta, entryLabels(dims), { hint: ORDER });
  if (!Array.isArray(keys) || keys.length !== expected.keys.length)
    throw new CheckError(
      `${what}.keys should be an array of ${expected.keys.length} names, one per entry of theta ` +
        `(the notebook's keys = keys + [key] * size), got ${describeValue(keys)}`,
    );
  const wrong = expected.keys.findIndex((k, i) => keys[i] !== k);
  if (wrong >= 0)
    throw new CheckError(
      `${what}.keys[${wrong}] should be "${expected.keys[wrong]}" (theta[${wrong}] is ` +
        `${entryLabels(dims)[wrong]}), got ${JSON.stringify(keys[wrong])}`,
    );
}

export default defineChecks("dictionaryToVector", [
  {
    id: "returns-theta-and-keys",
    kind: "contract",
    points: 1,
    description: "returns { theta, keys }, the 47 numbers and 47 names of the notebook's network",
    async run({ call }) {
      const got = await call(gradientCheckNTestCase().parameters);
      if (
        typeof got !== "object" ||
        got === null ||
        !Array.isArray(got.theta) ||
        !Array.isArray(got.keys)
      )
        throw new CheckError(
          `dictionaryToVector(parameters) should return { theta: number[], keys: string[] }, got ${describeValue(got)}`,
        );
      if (got.theta.length !== 47 || got.keys.length !== 47)
        throw new CheckError(
          `dictionaryToVector(parameters) should give 47 values and 47 keys (20 + 5 + 15 + 3 + 3 + 1), ` +
            `got ${got.theta.length} and ${got.keys.length}`,
        );
      // lengths alone are met by any 47 numbers: the values too
      const expected = dictionaryToVector(gradientCheckNTestCase().parameters);
      expectVector(
        "dictionaryToVector(parameters).theta",
        got.theta,
        expected.theta,
        entryLabels([4, 5, 3, 1]),
        { rtol: 1e-12 },
      );
      const wrongKey = expected.keys.findIndex((k, i) => got.keys[i] !== k);
      if (wrongKey >= 0)
        throw new CheckError(
          `dictionaryToVector(parameters).keys[${wrongKey}] should be "${expected.keys[wrongKey]}", got ${describeValue(got.keys[wrongKey])}`,
        );
    },
  },
  {
    id: "notebook",
    kind: "reference",
    points: 2,
    description: "rolls the notebook's test-case parameters into the notebook's theta and keys",
    async run({ call }) {
      const { parameters } = gradientCheckNTestCase();
      expectRolled(
        "dictionaryToVector(parameters)",
        await call(parameters),
        parameters,
        [4, 5, 3, 1],
      );
    },
  },
  {
    id: "other-sizes",
    kind: "reference",
    points: 2,
    description: "rolls parameters of other sizes the same way",
    async run({ call, rng, input }) {
      for (let k = 0; k < 3; k++) {
        const dims = randomDims(rng, [1, 3]);
        const parameters = randomParameters(rng, dims);
        input(`parameters (${k})`, parameters);
        expectRolled(
          `dictionaryToVector(parameters of a [${dims.join(", ")}] network)`,
          await call(parameters),
          parameters,
          dims,
        );
      }
    },
  },
  {
    id: "round-trip",
    kind: "property",
    points: 1,
    description: "vectorToDictionary(theta, layerDims) gives the parameters back",
    async run({ call, property }) {
      await property(
        fc.tuple(
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
          fc.nat(10_000),
        ),
        async ([dims, seed]) => {
          const parameters = randomParameters(new RandomState(seed), dims);
          const got = await call(parameters);
          if (typeof got !== "object" || got === null || !Array.isArray(got.theta))
            throw new CheckError(
              `dictionaryToVector should return { theta, keys }, got ${describeValue(got)}`,
            );
          expectMatrices(
            `vectorToDictionary(dictionaryToVector(parameters).theta, [${dims.join(", ")}])`,
            vectorToDictionary(got.theta, dims),
            parameters,
            ORDER,
          );
        },
        { numRuns: 20 },
      );
    },
  },
]);
