import { defineChecks, expectAllClose, normal } from "@dlc/grader/checks";
import { updateParameters } from "../../solutions/03-planar-classification/update-parameters.ts";
import { randomParameters } from "../shared/data.ts";

export default defineChecks("updateParameters", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "θ − α·dθ for every parameter, with the learning rate it is given",
    async run({ call, rng, input }) {
      const parameters = randomParameters(rng, [3, 4, 1]);
      const grads = Object.fromEntries(
        Object.entries(parameters).map(([k, v]) => [`d${k}`, normal(rng, v.shape)]),
      );
      input("grads", grads);
      expectAllClose(
        "updateParameters(parameters, grads, 0.3)",
        await call(parameters, grads, 0.3),
        updateParameters(parameters, grads, 0.3),
      );
    },
  },
  {
    id: "default-learning-rate",
    kind: "reference",
    points: 1,
    description: "uses the notebook's learning rate 1.2 when none is given",
    async run({ call, rng }) {
      const parameters = randomParameters(rng, [2, 4, 1]);
      const grads = Object.fromEntries(
        Object.entries(parameters).map(([k, v]) => [`d${k}`, normal(rng, v.shape)]),
      );
      expectAllClose(
        "updateParameters(parameters, grads)",
        await call(parameters, grads),
        updateParameters(parameters, grads),
      );
    },
  },
]);
