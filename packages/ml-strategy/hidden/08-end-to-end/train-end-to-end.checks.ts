import { CheckError } from "@dlc/grader/check";
import {
  agreement,
  between,
  defineChecks,
  expectAllClose,
  expectFalling,
  expectNumbers,
  expectTensors,
  labels,
  normal,
} from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { trainEndToEnd } from "../../solutions/08-end-to-end/train-end-to-end.ts";

export default defineChecks("trainEndToEnd", [
  {
    id: "structure",
    kind: "contract",
    points: 1,
    description: "returns { model: { W [1, n], b [1, 1] }, costs } with a cost every 100 steps",
    timeoutMs: 20_000,
    async run({ call, rng }) {
      const result = await call(normal(rng, [5, 12]), labels(rng, 12), 0.1, 201);
      expectTensors("trainEndToEnd(…).model", result?.model, { W: [1, 5], b: [1, 1] });
      if (!Array.isArray(result.costs) || result.costs.length !== 3)
        throw new CheckError(
          `trainEndToEnd(…, 201 steps).costs should hold 3 costs (steps 0, 100, 200), got ${Array.isArray(result.costs) ? result.costs.length : typeof result.costs}`,
        );
    },
  },
  {
    id: "matches-reference",
    kind: "training",
    points: 3,
    description: "301 steps from W = 0, b = 0 on random data give the reference costs and model",
    timeoutMs: 30_000,
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const [n, m] = [between(rng, 2, 8), between(rng, 10, 40)];
        const X = normal(rng, [n, m]);
        const Y = labels(rng, m);
        const learningRate = 0.05 + 0.2 * rng.rand(1)[0]!;
        input("X", X);
        input("Y", Y);
        input("learningRate", learningRate);
        const actual = await call(X, Y, learningRate, 301);
        const expected = trainEndToEnd(X, Y, learningRate, 301);
        const close = { rtol: 2e-3, atol: 1e-4 };
        expectNumbers("trainEndToEnd(…).costs", actual?.costs, expected.costs, close);
        expectAllClose(
          "trainEndToEnd(…).model",
          actual.model,
          { W: expected.model.W, b: expected.model.b },
          close,
        );
      }
    },
  },
  {
    id: "learns",
    kind: "training",
    points: 1,
    description:
      "the cost falls and the model fits linearly separable data with 10 % label noise to at least 80 %",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const [n, m] = [between(rng, 3, 10), 200];
      const X = normal(rng, [n, m]);
      const w = normal(rng, [1, n]);
      const flips = tf.tensor2d(
        Float32Array.from(rng.rand(m), (u) => (u < 0.1 ? 1 : 0)),
        [1, m],
      );
      const Y = w.matMul(X).greater(0).cast("float32").sub(flips).abs();
      const { model, costs } = await call(X, Y, 0.1, 501);
      expectFalling("trainEndToEnd(…).costs", costs, 0.1);
      const accuracy = agreement(
        tf.sigmoid(model.W.matMul(X).add(model.b)).greater(0.5).cast("float32"),
        Y,
      );
      if (accuracy < 0.8)
        throw new CheckError(
          `trainEndToEnd: ${(accuracy * 100).toFixed(1)} % training accuracy, expected at least 80 %`,
        );
    },
  },
]);
