import { defineChecks } from "@dlc/grader/checks";
import { expectFields, expectZeroState, randomDims, randomParameters } from "./data.ts";

export default defineChecks("initializeAdam", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns { v, s }, each with dW1, db1, … shaped like W1, b1, … of a 3-layer network",
    async run({ call, rng }) {
      // two networks: an answer kept from another call has the other's shapes
      for (const dims of [
        [4, 3, 2, 1],
        [3, 5, 1],
      ]) {
        const parameters = randomParameters(rng, dims);
        const what = `initializeAdam(parameters of layers [${dims}])`;
        const answer = await call(parameters);
        expectFields(what, answer, ["v", "s"]);
        expectZeroState(`${what}.v`, answer.v, parameters);
        expectZeroState(`${what}.s`, answer.s, parameters);
      }
    },
  },
  {
    id: "zeros-every-layer",
    kind: "reference",
    points: 2,
    description:
      "v and s are zeros shaped like each parameter, keyed dWl and dbl, for networks of 1 to 5 layers",
    async run({ call, rng }) {
      for (const depth of [1, 2, 5]) {
        const dims = randomDims(rng, depth);
        const parameters = randomParameters(rng, dims);
        const what = `initializeAdam(parameters of layers [${dims}])`;
        const answer = await call(parameters);
        expectFields(what, answer, ["v", "s"]);
        expectZeroState(`${what}.v`, answer.v, parameters);
        expectZeroState(`${what}.s`, answer.s, parameters);
      }
    },
  },
]);
