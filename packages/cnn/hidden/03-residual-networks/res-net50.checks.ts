import { defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { resNet50 } from "../../solutions/03-residual-networks/res-net50.ts";

export default defineChecks("resNet50", [
  {
    id: "small-matches-reference",
    kind: "model",
    points: 3,
    description:
      "at width 4 (the architecture, small): layer by layer, and with the reference's weights the same outputs",
    timeoutMs: 20_000,
    async run({ model, rng }) {
      const args = [[64, 64, 3], 5, 4];
      const reference = resNet50([64, 64, 3], 5, 4);
      const probe = modelProbe(reference, normal(rng, [2, 64, 64, 3]), [false]);
      expectModel("resNet50([64, 64, 3], 5, 4)", await model(args, probe), reference, probe);
      reference.dispose();
    },
  },
  {
    id: "full-size-summary",
    kind: "model",
    points: 1,
    description:
      "the notebook's network (width 64): 176 layers and 23,600,006 parameters, layer by layer",
    timeoutMs: 30_000,
    async run({ model }) {
      const reference = resNet50();
      const probe = {};
      expectModel("resNet50()", await model([], probe), reference, probe);
      reference.dispose();
    },
  },
]);
