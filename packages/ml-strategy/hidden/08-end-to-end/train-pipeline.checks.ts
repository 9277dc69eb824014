import {
  agreement,
  between,
  defineChecks,
  expectAllClose,
  expectNumbers,
  expectTensors,
  labels,
  normal,
} from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { predictPipeline } from "../../solutions/08-end-to-end/predict-pipeline.ts";
import { trainEndToEnd } from "../../solutions/08-end-to-end/train-end-to-end.ts";
import { trainPipeline } from "../../solutions/08-end-to-end/train-pipeline.ts";
import { xrayTasks } from "../../src/end-to-end-data.ts";

export default defineChecks("trainPipeline", [
  {
    id: "structure",
    kind: "contract",
    points: 1,
    description:
      "returns { pipeline: { ruler, classifier }, costs }: the ruler as given, a classifier of its 2 lengths",
    timeoutMs: 20_000,
    async run({ call, rng }) {
      const ruler = { W: normal(rng, [2, 6]), b: normal(rng, [2, 1]) };
      const [X, Y] = [normal(rng, [6, 12]), labels(rng, 12)];
      const result = await call(X, Y, ruler, 0.1, 201);
      expectTensors("trainPipeline(…).pipeline.classifier", result?.pipeline?.classifier, {
        W: [1, 2],
        b: [1, 1],
      });
      expectClose(
        "trainPipeline(…).pipeline.ruler.W (stage 1 is not trained)",
        result.pipeline.ruler?.W,
        ruler.W,
        {
          rtol: 0,
          atol: 0,
        },
      );
      expectClose("trainPipeline(…).pipeline.ruler.b", result.pipeline.ruler?.b, ruler.b, {
        rtol: 0,
        atol: 0,
      });
      if (!Array.isArray(result.costs) || result.costs.length !== 3)
        throw new CheckError(
          "trainPipeline(…, 201 steps).costs should hold 3 costs (steps 0, 100, 200)",
        );
      const expected = trainPipeline(X, Y, ruler, 0.1, 201);
      const close = { rtol: 2e-3, atol: 1e-4 };
      expectNumbers("trainPipeline(…, 201 steps).costs", result.costs, expected.costs, close);
      expectAllClose(
        "trainPipeline(…, 201 steps).pipeline.classifier",
        result.pipeline.classifier,
        { ...expected.pipeline.classifier },
        close,
      );
      // a second, different call: an answer remembered from the first one does not fit it
      const [X2, Y2] = [normal(rng, [6, 8]), labels(rng, 8)];
      const again = await call(X2, Y2, ruler, 0.1, 1);
      const expected2 = trainPipeline(X2, Y2, ruler, 0.1, 1);
      expectNumbers("trainPipeline(…, 1 step).costs", again?.costs, expected2.costs, close);
      expectAllClose(
        "trainPipeline(…, 1 step).pipeline.classifier",
        again?.pipeline?.classifier,
        { ...expected2.pipeline.classifier },
        close,
      );
    },
  },
  {
    id: "matches-reference",
    kind: "training",
    points: 3,
    description: "301 steps on random rulers and images give the reference costs and classifier",
    timeoutMs: 30_000,
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const [n, m] = [between(rng, 3, 10), between(rng, 10, 40)];
        const ruler = { W: normal(rng, [2, n], 0.5), b: normal(rng, [2, 1]) };
        const X = normal(rng, [n, m]);
        const Y = labels(rng, m);
        const learningRate = 0.05 + 0.2 * rng.rand(1)[0]!;
        input("ruler", ruler);
        input("X", X);
        input("learningRate", learningRate);
        const actual = await call(X, Y, ruler, learningRate, 301);
        const expected = trainPipeline(X, Y, ruler, learningRate, 301);
        const close = { rtol: 2e-3, atol: 1e-4 };
        expectNumbers("trainPipeline(…).costs", actual?.costs, expected.costs, close);
        expectAllClose(
          "trainPipeline(…).pipeline.classifier",
          actual.pipeline?.classifier,
          { W: expected.pipeline.classifier.W, b: expected.pipeline.classifier.b },
          close,
        );
      }
    },
  },
  {
    id: "wins-with-little-data",
    kind: "training",
    points: 2,
    description:
      "on the X-ray task, your pipeline beats the end-to-end model trained on 20 images, and loses to it with 1000",
    timeoutMs: 40_000,
    async run({ call, rng }) {
      // tuned on 40 worlds with the reference: at 20 images the pipeline leads by 7.8 to 29.3
      // points, at 1000 it trails by 4.5 to 13.0
      const seed = between(rng, 0, 100_000);
      for (const mTrain of [20, 1000]) {
        const { ruler, train, test } = xrayTasks({ mTrain, mTest: 1000, seed });
        const { model } = trainEndToEnd(train.X, train.Y);
        const endToEnd = agreement(
          tf.tidy(() =>
            tf.sigmoid(model.W.matMul(test.X).add(model.b)).greater(0.5).cast("float32"),
          ),
          test.Y,
        );
        const { pipeline } = await call(train.X, train.Y, ruler);
        // the given ruler and the returned classifier, scored on images it never saw the labels of
        expectTensors("trainPipeline(…).pipeline.classifier", pipeline?.classifier, {
          W: [1, 2],
          b: [1, 1],
        });
        const pipelineAccuracy = agreement(
          predictPipeline({ ruler, classifier: pipeline.classifier }, test.X),
          test.Y,
        );
        tf.dispose([train.X, train.Y, test.X, test.Y, model.W, model.b]);
        const [p, e] = [(100 * pipelineAccuracy).toFixed(1), (100 * endToEnd).toFixed(1)];
        if (mTrain === 20 && !(pipelineAccuracy >= endToEnd + 0.02))
          throw new CheckError(
            `trainPipeline on 20 images: ${p} % on held-out images, the end-to-end model ${e} %: with little data the ruler's measurements should win by at least 2 points`,
          );
        if (mTrain === 1000 && !(pipelineAccuracy <= endToEnd - 0.02))
          throw new CheckError(
            `trainPipeline on 1000 images: ${p} %, the end-to-end model ${e} %: with much data the end-to-end model should win, the lengths cannot tell it all`,
          );
      }
    },
  },
]);
