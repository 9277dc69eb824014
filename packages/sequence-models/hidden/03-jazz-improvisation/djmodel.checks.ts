import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { djmodel } from "../../solutions/03-jazz-improvisation/djmodel.ts";
import { djmodelOnFreshLayers } from "../../src/jazz.harness.ts";
import { jazzDataset } from "../../src/jazz-data.ts";

const via = { file: "jazz.harness.ts", fn: "djmodelOnFreshLayers" };

/** The notebook-sized reference, built once (orthogonal initializers make it slow to build). */
let notebookSized: tf.LayersModel | undefined;

export default defineChecks("djmodel", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "at small sizes: layer by layer, then with the reference's weights the same Tx outputs, for random sequences and initial states",
    async run({ model, rng }) {
      for (let i = 0; i < 2; i++) {
        const [Tx, nA, nValues] = [between(rng, 2, 5), between(rng, 2, 6), between(rng, 5, 12)];
        const reference = djmodelOnFreshLayers(djmodel, Tx, nA, nValues);
        const probe = modelProbe(reference, [
          tf.softmax(normal(rng, [3, Tx, nValues], 3)),
          normal(rng, [3, nA]),
          normal(rng, [3, nA]),
        ]);
        expectModel(
          `djmodel(${Tx}, LSTM(${nA}), Dense(${nValues}), Reshape([1, ${nValues}]))`,
          await model([Tx, nA, nValues], probe, via),
          reference,
          probe,
          { atol: 1e-5 },
        );
        reference.dispose();
      }
    },
  },
  {
    id: "notebook-size",
    kind: "model",
    points: 1,
    description:
      "the notebook's model (Tx 30, n_a 64, 90 values): every layer and 45,530 parameters",
    timeoutMs: 20_000,
    async run({ model }) {
      const answer = await model([30, 64, 90], {}, via);
      notebookSized ??= djmodelOnFreshLayers(djmodel, 30, 64, 90);
      expectModel("djmodel(30, LSTM(64), Dense(90), Reshape([1, 90]))", answer, notebookSized, {});
    },
  },
  {
    id: "learns-unseen-jazz",
    kind: "training",
    points: 2,
    timeoutMs: 60_000,
    description:
      "trained briefly on 120 phrases, it predicts the next note of 100 phrases it never saw (scored by the grader) clearly better than always guessing the most common note",
    async run({ harness, seed }) {
      const Tx = 8;
      const train = jazzDataset(120, Tx, seed);
      const test = jazzDataset(100, Tx, seed + 1);
      const probs = await harness(
        "jazz.harness.ts",
        "trainJazz",
        train.X,
        train.Y,
        test.X,
        32,
        10,
        0.03,
        30,
        seed,
      );
      if (!(probs instanceof tf.Tensor) || probs.shape.join() !== `100,${Tx},90`)
        throw new CheckError(
          `djmodel: the trained model gave no [100, ${Tx}, 90] probabilities for the test phrases`,
        );
      const predicted = probs.argMax(-1).arraySync() as number[][];
      const counts = new Map<number, number>();
      let right = 0;
      let total = 0;
      for (const [i, phrase] of test.values.entries())
        for (let t = 0; t + 1 < Tx; t++) {
          const next = phrase[t + 1]!;
          counts.set(next, (counts.get(next) ?? 0) + 1);
          if (predicted[i]![t] === next) right++;
          total++;
        }
      const accuracy = right / total;
      const baseline = Math.max(...counts.values()) / total;
      const needed = Math.max(0.1, 2 * baseline);
      if (!(accuracy >= needed))
        throw new CheckError(
          `djmodel: after training, ${(100 * accuracy).toFixed(1)} % of the next notes of 100 unseen phrases are right; always guessing the most common note gets ${(100 * baseline).toFixed(1)} %, expected at least ${(100 * needed).toFixed(1)} % (is every step reading its own note, and the LSTM's state carried from step to step?)`,
        );
    },
  },
]);
