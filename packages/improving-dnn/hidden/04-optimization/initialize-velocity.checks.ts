import { defineChecks } from "@dlc/grader/checks";
import { expectZeroState, randomDims, randomParameters } from "./data.ts";

export default defineChecks("initializeVelocity", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns dW1, db1, dW2, db2, dW3, db3 shaped like W1, b1, … of a 3-layer network",
    async run({ call, rng }) {
      // two networks: an answer kept from another call has the other's shapes
      for (const dims of [
        [4, 3, 2, 1],
        [3, 5, 1],
      ]) {
        const parameters = randomParameters(rng, dims);
        expectZeroState(
          `initializeVelocity(parameters of layers [${dims}])`,
          await call(parameters),
          parameters,
        );
      }
    },
  },
  {
    id: "zeros-every-layer",
    kind: "reference",
    points: 2,
    description:
      "zeros shaped like each parameter, keyed dWl and dbl, for networks of 1 to 5 layers",
    async run({ call, rng }) {
      for (const depth of [1, 2, 5]) {
        const dims = randomDims(rng, depth);
        const parameters = randomParameters(rng, dims);
        expectZeroState(
          `initializeVelocity(parameters of layers [${dims}])`,
          await call(parameters),
          parameters,
        );
      }
    },
  },
]);
