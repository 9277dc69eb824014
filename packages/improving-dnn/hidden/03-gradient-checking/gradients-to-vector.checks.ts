import { defineChecks } from "@dlc/grader/checks";
import { CheckError, describeValue, RandomState } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { gradientsToVector } from "../../solutions/03-gradient-checking/gradients-to-vector.ts";
import {
  backwardPropagationN,
  forwardPropagationN,
  gradientCheckNTestCase,
  type NetGradients,
} from "../../src/gradient-check-net.ts";
import { entryLabels, expectVector, randomNetwork } from "./data.ts";

const HOW =
  "Take dW1, db1, dW2, db2, dW3, db3 in that order, each row by row, and nothing else " +
  "(the backward pass also returns dZ1, dA1, …)";

/** The same gradients with their keys inserted in a shuffled order. */
function shuffled(gradients: NetGradients, rng: RandomState): NetGradients {
  const keys = Object.keys(gradients);
  return Object.fromEntries(
    rng.permutation(keys.length).map((i) => [keys[i]!, gradients[keys[i]!]!]),
  );
}

export default defineChecks("gradientsToVector", [
  {
    id: "returns-vector",
    kind: "contract",
    points: 1,
    description: "returns the array of 47 numbers of the notebook's gradients",
    async run({ call }) {
      const { X, Y, parameters } = gradientCheckNTestCase();
      const gradients = backwardPropagationN(X, Y, forwardPropagationN(X, Y, parameters).cache);
      const got = await call(gradients);
      if (!Array.isArray(got) || got.length !== 47)
        throw new CheckError(
          `gradientsToVector(gradients) should be an array of 47 numbers (one per parameter), got ${describeValue(got)}. ${HOW}`,
        );
      // a length alone is met by any 47 numbers: the values too
      expectVector(
        "gradientsToVector(gradients)",
        got,
        gradientsToVector(gradients),
        entryLabels([4, 5, 3, 1], "d"),
        { rtol: 1e-12, hint: HOW },
      );
    },
  },
  {
    id: "notebook",
    kind: "reference",
    points: 2,
    description: "rolls the notebook's gradients (with dZ and dA keys) in the order of theta",
    async run({ call }) {
      const { X, Y, parameters } = gradientCheckNTestCase();
      const gradients = backwardPropagationN(X, Y, forwardPropagationN(X, Y, parameters).cache);
      expectVector(
        "gradientsToVector(gradients)",
        await call(gradients),
        gradientsToVector(gradients),
        entryLabels([4, 5, 3, 1], "d"),
        { hint: HOW },
      );
    },
  },
  {
    id: "other-sizes",
    kind: "reference",
    points: 2,
    description: "rolls gradients of other sizes, whatever the order of their keys",
    async run({ call, rng, input }) {
      for (let k = 0; k < 3; k++) {
        const { dims, X, Y, cache } = randomNetwork(rng);
        const gradients = shuffled(backwardPropagationN(X, Y, cache), rng);
        input(`gradients (${k})`, gradients);
        expectVector(
          `gradientsToVector(gradients of a [${dims.join(", ")}] network)`,
          await call(gradients),
          gradientsToVector(gradients),
          entryLabels(dims, "d"),
          { hint: HOW },
        );
      }
    },
  },
  {
    id: "order-property",
    kind: "property",
    points: 1,
    description: "for any sizes and key order, matches dictionaryToVector's order",
    async run({ call, property }) {
      await property(
        fc.nat(100_000),
        async (seed) => {
          const rng = new RandomState(seed);
          const { dims, X, Y, cache } = randomNetwork(rng);
          const gradients = shuffled(backwardPropagationN(X, Y, cache), rng);
          expectVector(
            `gradientsToVector(gradients of a [${dims.join(", ")}] network)`,
            await call(gradients),
            gradientsToVector(gradients),
            entryLabels(dims, "d"),
            { hint: HOW },
          );
        },
        { numRuns: 15 },
      );
    },
  },
]);
