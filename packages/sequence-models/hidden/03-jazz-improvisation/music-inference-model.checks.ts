import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { musicInferenceModel } from "../../solutions/03-jazz-improvisation/music-inference-model.ts";
import { inferenceOnFreshLayers } from "../../src/jazz.harness.ts";
import { jazzLayers } from "../../src/jazz.ts";

const via = { file: "jazz.harness.ts", fn: "inferenceOnFreshLayers" };

export default defineChecks("musicInferenceModel", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "at small sizes: layer by layer, then with the reference's weights the same Ty outputs, each step fed the one-hot of the previous step's most likely value",
    async run({ model, rng }) {
      for (let i = 0; i < 2; i++) {
        const [nA, nValues, Ty] = [between(rng, 2, 6), between(rng, 5, 12), between(rng, 3, 6)];
        const reference = inferenceOnFreshLayers(musicInferenceModel, nA, nValues, Ty);
        const x0 = tf
          .oneHot(
            Array.from({ length: 3 }, () => between(rng, 0, nValues - 1)),
            nValues,
          )
          .cast("float32")
          .reshape([3, 1, nValues]);
        // larger weights than Glorot's spread the softmax, so each step's choice matters
        reference.setWeights(
          reference.getWeights().map((w, k) => normal(rng, w.shape, k === 0 ? 1.5 : 1)),
        );
        const probe = modelProbe(reference, [x0, normal(rng, [3, nA], 2), normal(rng, [3, nA], 2)]);
        expectModel(
          `musicInferenceModel(LSTM(${nA}), Dense(${nValues}), ${Ty})`,
          await model([nA, nValues, Ty], probe, via),
          reference,
          probe,
          { atol: 1e-5 },
        );
        reference.dispose();
      }
    },
  },
  {
    id: "default-length",
    kind: "model",
    points: 1,
    description: "Ty defaults to the notebook's 100 steps: 100 outputs",
    timeoutMs: 20_000,
    async run({ model }) {
      const { lstmCell, densor } = jazzLayers(4, 6);
      const reference = musicInferenceModel(lstmCell, densor);
      expectModel(
        "musicInferenceModel(LSTM(4), Dense(6)) with the default Ty",
        await model([4, 6, undefined], {}, via),
        reference,
        {},
      );
      reference.dispose();
    },
  },
]);
