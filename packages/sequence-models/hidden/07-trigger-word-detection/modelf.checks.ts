import { defineChecks, expectModel, modelProbe, uniform } from "@dlc/grader/checks";
import { modelf } from "../../solutions/07-trigger-word-detection/modelf.ts";

export default defineChecks("modelf", [
  {
    id: "small-matches-reference",
    kind: "model",
    points: 3,
    description:
      "small (Tx 61, 5 frequencies, 6 filters, 4 units): layer by layer, and with the reference's weights the same outputs",
    timeoutMs: 20_000,
    async run({ model, rng }) {
      const args = [[61, 5], 6, 4];
      const reference = modelf([61, 5], 6, 4);
      const probe = modelProbe(reference, uniform(rng, [2, 61, 5], 0, 1), [false]);
      expectModel("modelf([61, 5], 6, 4)", await model(args, probe), reference, probe);
      reference.dispose();
    },
  },
  {
    id: "full-size-summary",
    kind: "model",
    points: 1,
    description:
      "the notebook's network (Tx 5511, 101 frequencies, 196 filters, 128 units): Ty 1375 and 522,561 parameters, layer by layer",
    timeoutMs: 30_000,
    async run({ model }) {
      const reference = modelf();
      const probe = {};
      expectModel("modelf()", await model([], probe), reference, probe);
      reference.dispose();
    },
  },
]);
