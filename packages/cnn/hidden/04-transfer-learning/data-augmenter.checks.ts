import { between, defineChecks, expectModel, modelProbe, uniform } from "@dlc/grader/checks";
import { dataAugmenter } from "../../solutions/04-transfer-learning/data-augmenter.ts";

export default defineChecks("dataAugmenter", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "RandomFlip then RandomRotation(0.2), and the same pictures out: unchanged when predicting, augmented when training",
    async run({ model, rng }) {
      const shape: [number, number, number] = [between(rng, 6, 12), between(rng, 6, 12), 3];
      const reference = dataAugmenter(shape);
      const probe = modelProbe(reference, uniform(rng, [3, ...shape], 0, 255), [false, true]);
      expectModel(`dataAugmenter([${shape}])`, await model([shape], probe), reference, probe, {
        atol: 1e-3,
      });
    },
  },
  {
    id: "notebook-size",
    kind: "model",
    points: 1,
    description: "the notebook's 160×160 default: two layers, [null, 160, 160, 3] out",
    async run({ model }) {
      expectModel("dataAugmenter()", await model([], {}), dataAugmenter(), {});
    },
  },
]);
