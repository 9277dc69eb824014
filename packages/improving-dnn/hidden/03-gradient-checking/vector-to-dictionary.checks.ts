import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { dictionaryToVector } from "../../solutions/03-gradient-checking/dictionary-to-vector.ts";
import { vectorToDictionary } from "../../solutions/03-gradient-checking/vector-to-dictionary.ts";
import { gradientCheckNTestCase } from "../../src/gradient-check-net.ts";
import { entryLabels, expectMatrices, expectVector, randomDims, randomParameters } from "./data.ts";

const HOW =
  "Slice theta in the order W1, b1, W2, b2, W3, b3; Wl is [n_l, n_{l−1}] and bl [n_l, 1], " +
  "each filled row by row (numpy's reshape)";

export default defineChecks("vectorToDictionary", [
  {
    id: "notebook-shapes",
    kind: "contract",
    points: 1,
    description:
      "returns W1 [5, 4], b1 [5, 1], W2 [3, 5], b2 [3, 1], W3 [1, 3], b3 [1, 1] holding the 47 values in order",
    async run({ call }) {
      const expected = vectorToDictionary(Array.from({ length: 47 }, (_, i) => i));
      const got = await call(Array.from({ length: 47 }, (_, i) => i));
      if (typeof got !== "object" || got === null)
        throw new CheckError("vectorToDictionary(theta) should return an object of matrices");
      for (const [key, matrix] of Object.entries(expected)) {
        const m = got[key];
        const [rows, cols] = [matrix.length, matrix[0]!.length];
        if (
          !Array.isArray(m) ||
          m.length !== rows ||
          !m.every((r: unknown) => Array.isArray(r) && r.length === cols)
        )
          throw new CheckError(
            `vectorToDictionary(theta).${key} should be an array of ${rows} rows of ${cols} numbers ([${rows}, ${cols}])`,
          );
      }
      // shapes alone are met by zeros: the values too
      expectMatrices("vectorToDictionary(theta = [0, 1, …, 46])", got, expected);
    },
  },
  {
    id: "notebook",
    kind: "reference",
    points: 2,
    description: "unrolls the notebook's theta into the notebook's parameters",
    async run({ call }) {
      const { parameters } = gradientCheckNTestCase();
      const { theta } = dictionaryToVector(parameters);
      expectMatrices("vectorToDictionary(theta)", await call(theta), parameters, HOW);
    },
  },
  {
    id: "other-sizes",
    kind: "reference",
    points: 2,
    description: "unrolls theta into parameters of the sizes layerDims asks for",
    async run({ call, rng, input }) {
      for (let k = 0; k < 3; k++) {
        const dims = randomDims(rng, [1, 3]);
        const { theta } = dictionaryToVector(randomParameters(rng, dims));
        input(`theta, layerDims (${k})`, [theta, dims]);
        expectMatrices(
          `vectorToDictionary(theta, [${dims.join(", ")}])`,
          await call(theta, dims),
          vectorToDictionary(theta, dims),
          HOW,
        );
      }
    },
  },
  {
    id: "round-trip",
    kind: "property",
    points: 1,
    description: "dictionaryToVector of its result gives theta back",
    async run({ call, property }) {
      await property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }).chain((dims) => {
          const n = entryLabels(dims).length;
          return fc.tuple(
            fc.constant(dims),
            fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
          );
        }),
        async ([dims, theta]) => {
          const got = await call(theta, dims);
          expectMatrices(
            `vectorToDictionary(theta, [${dims.join(", ")}])`,
            got,
            vectorToDictionary(theta, dims),
            HOW,
          );
          expectVector(
            "dictionaryToVector(vectorToDictionary(theta, layerDims)).theta",
            dictionaryToVector(got).theta,
            theta,
            entryLabels(dims),
          );
        },
        { numRuns: 20 },
      );
    },
  },
]);
