import { between, defineChecks, expectTensors } from "@dlc/grader/checks";
import { updateParametersWithGd } from "../../solutions/04-optimization/update-parameters-with-gd.ts";
import { expectState, randomDims, randomGrads, randomParameters, shapesOf } from "./data.ts";

export default defineChecks("updateParametersWithGd", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns W1, b1, …, WL, bL shaped like the parameters given, the reference's values",
    async run({ call, rng }) {
      const parameters = randomParameters(rng, [3, 4, 2, 1]);
      const grads = randomGrads(rng, parameters);
      const what = "updateParametersWithGd(parameters of layers [3, 4, 2, 1], grads, 0.1)";
      const answer = await call(parameters, grads, 0.1);
      expectTensors(what, answer, shapesOf(parameters));
      // shapes alone are met by zeros (or by the parameters given): the values too
      expectState(what, answer, updateParametersWithGd(parameters, grads, 0.1));
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "θ − α·dθ for every parameter of every layer, for networks of 1 to 5 layers",
    async run({ call, rng, input }) {
      for (const depth of [1, 2, 3, 5]) {
        const dims = randomDims(rng, depth);
        const parameters = randomParameters(rng, dims);
        const grads = randomGrads(rng, parameters);
        const rate = between(rng, 1, 100) / 100;
        input("grads", grads);
        expectState(
          `updateParametersWithGd(parameters of layers [${dims}], grads, ${rate}): every Wl and bl moves by −α·dθ; look at the layer named`,
          await call(parameters, grads, rate),
          updateParametersWithGd(parameters, grads, rate),
        );
      }
    },
  },
]);
