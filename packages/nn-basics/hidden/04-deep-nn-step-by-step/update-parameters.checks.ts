import { between, defineChecks, expectAllClose, normal } from "@dlc/grader/checks";
import { updateParameters } from "../../solutions/04-deep-nn-step-by-step/update-parameters.ts";
import { randomParameters } from "../shared/data.ts";

export default defineChecks("updateParameters", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "θ − α·dθ for every parameter of every layer, for depths 1 to 4",
    async run({ call, rng, input }) {
      for (const depth of [1, 2, 4]) {
        const dims = Array.from({ length: depth + 1 }, () => between(rng, 1, 4));
        const parameters = randomParameters(rng, dims);
        const grads = Object.fromEntries(
          Object.entries(parameters).map(([k, v]) => [`d${k}`, normal(rng, v.shape)]),
        );
        const rate = 0.05 + rng.rand(1)[0]!;
        input("grads", grads);
        expectAllClose(
          `updateParameters(parameters of layers [${dims}], grads, ${rate.toFixed(3)})`,
          await call(parameters, grads, rate),
          updateParameters(parameters, grads, rate),
        );
      }
    },
  },
]);
