import { defineChecks, expectTensors } from "@dlc/grader/checks";
import { expectZeroState, randomDims, randomParameters, shapesOf, zerosFor } from "./data.ts";

export default defineChecks("initializeVelocity", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns dW1, db1, dW2, db2, dW3, db3 shaped like W1, b1, … of a 3-layer network",
    async run({ call, rng }) {
      const parameters = randomParameters(rng, [4, 3, 2, 1]);
      expectTensors(
        "initializeVelocity(parameters of layers [4, 3, 2, 1])",
        await call(parameters),
        shapesOf(zerosFor(parameters)),
      );
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
