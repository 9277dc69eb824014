import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape, type RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";
import { predictPipeline } from "../../solutions/08-end-to-end/predict-pipeline.ts";
import type { Pipeline } from "../../src/end-to-end-data.ts";

function randomPipeline(rng: RandomState, n: number): Pipeline {
  return {
    ruler: { W: normal(rng, [2, n]), b: normal(rng, [2, 1], 2) },
    classifier: { W: normal(rng, [1, 2]), b: normal(rng, [1, 1]) },
  };
}

export default defineChecks("predictPipeline", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns predictions [1, m], float32",
    async run({ call, rng }) {
      const [pipeline, X] = [randomPipeline(rng, 4), normal(rng, [4, 7])];
      const predictions = await call(pipeline, X);
      expectShape("predictPipeline(pipeline, X)", predictions, [1, 7]);
      expectClose("predictPipeline(pipeline, X)", predictions, predictPipeline(pipeline, X), {
        rtol: 0,
        atol: 0,
      });
      // a second, different call: an answer remembered from the first one does not fit it
      const [pipeline2, X2] = [randomPipeline(rng, 4), normal(rng, [4, 5])];
      expectClose(
        "predictPipeline(pipeline, X [4, 5])",
        await call(pipeline2, X2),
        predictPipeline(pipeline2, X2),
        { rtol: 0, atol: 0 },
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "random pipelines and images: the ruler's lengths (offsets included), then the classifier, then > 0.5",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const n = between(rng, 2, 9);
        const pipeline = randomPipeline(rng, n);
        const X = normal(rng, [n, between(rng, 5, 30)]);
        input("pipeline", pipeline);
        input("X", X);
        expectClose(
          `predictPipeline(pipeline, X ${X.shape})`,
          await call(pipeline, X),
          predictPipeline(pipeline, X),
        );
      }
    },
  },
  {
    id: "opposite-classifier",
    kind: "property",
    points: 1,
    description: "0/1 predictions, and a classifier of opposite sign predicts the opposite class",
    async run({ call, rng, property }) {
      await property(fc.integer({ min: 2, max: 20 }), async (m) => {
        const pipeline = randomPipeline(rng, 3);
        const X = normal(rng, [3, m]);
        const flipped: Pipeline = {
          ruler: pipeline.ruler,
          classifier: { W: pipeline.classifier.W.neg(), b: pipeline.classifier.b.neg() },
        };
        const [a, b] = [
          (await call(pipeline, X)) as tf.Tensor,
          (await call(flipped, X)) as tf.Tensor,
        ];
        expectShape("predictPipeline(pipeline, X)", a, [1, m]);
        const [pa, pb] = [a.dataSync(), b.dataSync()];
        pa.forEach((v, i) => {
          if (v !== 0 && v !== 1)
            throw new CheckError(`predictPipeline returns ${v}: predictions are 0 or 1`);
          if (v + pb[i]! !== 1)
            throw new CheckError(
              `predictPipeline: example ${i} is ${v} with the classifier and ${pb[i]} with its opposite: threshold σ(z) at 0.5`,
            );
        });
        expectClose("predictPipeline(pipeline, X)", a, predictPipeline(pipeline, X), {
          rtol: 0,
          atol: 0,
        });
      });
    },
  },
]);
