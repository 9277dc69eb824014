import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { modelf } from "../../solutions/06-neural-machine-translation/modelf.ts";
import { loadDataset, MACHINE_VOCAB, NUMERIC_FORMATS, preprocessData } from "../../src/dates.ts";

/** The notebook-sized reference, built once (orthogonal initializers make it slow to build). */
let notebookSized: tf.LayersModel | undefined;

export default defineChecks("modelf", [
  {
    id: "small-matches-reference",
    kind: "model",
    points: 3,
    description:
      "at small sizes: layer by layer, then with the reference's weights the same Ty outputs",
    async run({ model, rng }) {
      const Tx = between(rng, 3, 7);
      const args = [Tx, between(rng, 2, 4), between(rng, 2, 4), between(rng, 2, 5), 7, 5];
      const [, , , nS, hv] = args as number[];
      const reference = modelf(...args);
      const X = tf.softmax(normal(rng, [3, Tx, hv!], 3));
      const probe = modelProbe(reference, [X, normal(rng, [3, nS!]), normal(rng, [3, nS!])]);
      expectModel(`modelf(${args.join(", ")})`, await model(args, probe), reference, probe, {
        atol: 1e-5,
      });
      reference.dispose();
    },
  },
  {
    id: "full-size-summary",
    kind: "model",
    points: 1,
    description:
      "the notebook's model (Tx 30, Ty 10, n_a 32, n_s 64): every layer and 52,960 parameters",
    timeoutMs: 20_000,
    async run({ model }) {
      const answer = await model([], {});
      notebookSized ??= modelf();
      expectModel("modelf()", answer, notebookSized, {});
    },
  },
  {
    id: "translates-unseen-dates",
    kind: "training",
    points: 2,
    description:
      "trained briefly on 128 numeric dates, its translations of 200 others (decoded and scored by the grader) beat the most common character clearly, and its attention over them sums to 1 over time",
    timeoutMs: 60_000,
    async run({ harness, seed }) {
      const Tx = 8;
      const train = preprocessData(loadDataset(128, seed, NUMERIC_FORMATS), Tx);
      const test = preprocessData(loadDataset(200, seed + 1, NUMERIC_FORMATS), Tx);
      const answer = await harness(
        "attention.harness.ts",
        "trainAndTranslate",
        train.Xoh,
        train.Yoh,
        test.Xoh,
        8,
        16,
        8,
        0.1,
        32,
        seed,
      );
      const [probs, attention] = Array.isArray(answer) ? answer : [];
      if (!(probs instanceof tf.Tensor) || probs.shape.join() !== `200,10,${MACHINE_VOCAB.size}`)
        throw new CheckError(
          "modelf: the trained model gave no [200, 10, 11] character probabilities for the test dates",
        );
      const predicted = probs.argMax(-1).arraySync() as number[][];
      const truth = test.Y.arraySync() as number[][];
      const counts = new Map<number, number>();
      let right = 0;
      for (const [i, row] of truth.entries())
        for (const [t, c] of row.entries()) {
          counts.set(c, (counts.get(c) ?? 0) + 1);
          if (predicted[i]![t] === c) right++;
        }
      const accuracy = right / 2000;
      const baseline = Math.max(...counts.values()) / 2000;
      if (!(accuracy >= baseline + 0.15))
        throw new CheckError(
          `modelf: after training, ${(100 * accuracy).toFixed(1)} % of the characters of 200 unseen dates are right; always answering the most common character gets ${(100 * baseline).toFixed(1)} %, expected at least ${(100 * (baseline + 0.15)).toFixed(1)} %`,
        );
      if (!(attention instanceof tf.Tensor) || attention.shape.join() !== `200,10,${Tx}`)
        throw new CheckError("modelf: no [200, 10, 8] attention maps came back for the test dates");
      const sums = attention.sum(2).arraySync() as number[][];
      const worst = sums.flat().reduce((w, s) => (Math.abs(s - 1) > Math.abs(w - 1) ? s : w), 1);
      if (Math.abs(worst - 1) > 1e-4 || (attention.min().arraySync() as number) < 0)
        throw new CheckError(
          `modelf: an output step's attention over the input sums to ${worst}, expected 1 over the Tx steps`,
        );
    },
  },
]);
