import { CheckError } from "@dlc/grader/check";
import {
  between,
  defineChecks,
  expectFalling,
  expectNumbers,
  expectTensors,
} from "@dlc/grader/checks";
import { model } from "../../solutions/06-tensorflow-introduction/model.ts";
import { clusters, smallSigns } from "./data.ts";

function parameterShapes(nX: number): Record<string, number[]> {
  return { W1: [25, nX], b1: [25, 1], W2: [12, 25], b2: [12, 1], W3: [6, 12], b3: [6, 1] };
}

export default defineChecks("model", [
  {
    id: "structure",
    kind: "contract",
    points: 1,
    description:
      "returns { parameters, costs, trainAcc, testAcc }: the variables sized for the input, a record every 10 epochs",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const d = smallSigns(rng, 4, 24, 12);
      const result = await call(d.XTrain, d.YTrain, d.XTest, d.YTest, 0.01, 11, 8, false, 1);
      expectTensors("model(…).parameters", result?.parameters, parameterShapes(48));
      for (const key of ["costs", "trainAcc", "testAcc"]) {
        const list = result[key];
        if (!Array.isArray(list) || list.length !== 2)
          throw new CheckError(
            `model(…, 11 epochs).${key} should hold 2 numbers (epochs 0 and 10), got ${Array.isArray(list) ? `${list.length}` : typeof list}`,
          );
      }
    },
  },
  {
    id: "matches-reference",
    kind: "training",
    points: 3,
    description:
      "21 epochs on a seeded stand-in give the reference costs and accuracies (seeded shuffling, Adam, cost = total loss / m)",
    timeoutMs: 60_000,
    async run({ call, rng, input }) {
      const d = smallSigns(rng, 6, 40, 20);
      const seed = between(rng, 0, 1000);
      input("XTrain", d.XTrain);
      // 40 examples in mini-batches of 16: the last one holds 8
      const args = [d.XTrain, d.YTrain, d.XTest, d.YTest, 0.01, 21, 16, false, seed] as const;
      const actual = await call(...args);
      const expected = model(...args);
      const hint =
        " Compare with the reference loop: initializeParameters([n_x, 25, 12, n_y], seed); tf.train.adam(learningRate); each epoch a new rng.permutation(m) of one RandomState(seed), mini-batches in that order; the epoch's cost is the sum of the mini-batch total losses divided by m.";
      try {
        expectNumbers("model(…).costs", actual?.costs, expected.costs, { rtol: 2e-3, atol: 1e-4 });
        expectNumbers("model(…).trainAcc", actual.trainAcc, expected.trainAcc, {
          rtol: 0,
          atol: 0.051,
        });
        expectNumbers("model(…).testAcc", actual.testAcc, expected.testAcc, {
          rtol: 0,
          atol: 0.051,
        });
      } catch (error) {
        if (!(error instanceof CheckError)) throw error;
        throw new CheckError(`${error.message}.${hint}`);
      }
    },
  },
  {
    id: "learns",
    kind: "training",
    points: 2,
    description:
      "on six noisy clusters in 20 dimensions, 20 epochs halve the cost and fit 75 % of the training set",
    timeoutMs: 60_000,
    async run({ call, rng }) {
      // tuned on the reference: over 10 seeds the cost fell by 88 % to 99 %, accuracy 0.90 to 0.99
      const d = clusters(rng, 20, 120, 60, 3);
      const result = await call(d.XTrain, d.YTrain, d.XTest, d.YTest, 0.01, 21, 32, false, 1);
      expectFalling("model(…).costs", result?.costs, 0.5);
      const accuracy = Array.isArray(result.trainAcc) ? result.trainAcc.at(-1) : undefined;
      if (typeof accuracy !== "number" || !(accuracy >= 0.75))
        throw new CheckError(
          `model: training accuracy after 20 epochs ${typeof accuracy === "number" ? accuracy.toFixed(3) : String(accuracy)}, expected at least 0.75 (chance is 0.167)`,
        );
    },
  },
]);
