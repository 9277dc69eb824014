import { defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { tinyModel } from "../../solutions/01-models/tiny-model.ts";

export default defineChecks("tinyModel", [
  {
    id: "matches-reference",
    kind: "model",
    points: 2,
    description: "the layers, their configuration and, with the reference's weights, its outputs",
    async run({ model, rng }) {
      const reference = tinyModel();
      const x = normal(rng, [3, 6, 6, 2]);
      const probe = modelProbe(reference, x, [false, true]);
      expectModel("tinyModel()", await model([], probe), reference, probe);
    },
  },
]);
