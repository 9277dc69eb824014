import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect } from "vitest";
import { predictWithKnownModel } from "../../src/jazz.harness.ts";
import { predictAndSample } from "./predict-and-sample.ts";

describe("predictAndSample", () => {
  test.prop(
    [
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 1000 }),
    ],
    {
      numRuns: 4,
    },
  )(
    "returns each output's argmax as indices [Ty, 1] (int32) and as one-hot rows [Ty, 90]",
    (Ty, nA, seed) => {
      const kernels = Array.from(
        { length: Ty },
        (_, t) => tf.randomNormal([90 + 2 * nA, 90], 0, 1, "float32", seed + t) as tf.Tensor2D,
      );
      const biases = Array.from(
        { length: Ty },
        (_, t) => tf.randomNormal([90], 0, 1, "float32", seed + 100 + t) as tf.Tensor1D,
      );
      const x = tf.zeros([1, 1, 90]) as tf.Tensor3D;
      const a = tf.randomNormal([1, nA], 0, 1, "float32", seed + 7) as tf.Tensor2D;
      const c = tf.randomNormal([1, nA], 0, 1, "float32", seed + 8) as tf.Tensor2D;
      const { results, indices } = predictWithKnownModel(
        predictAndSample,
        kernels,
        biases,
        x,
        a,
        c,
      );
      expect(indices.shape).toEqual([Ty, 1]);
      expect(indices.dtype).toBe("int32");
      expect(results.shape).toEqual([Ty, 90]);
      const h = tf.concat([x.reshape([1, 90]), a, c], 1);
      const expected = kernels.map(
        (W, t) => tf.add(tf.matMul(h, W), biases[t]!).argMax(-1).dataSync()[0]!,
      );
      expect(Array.from(indices.dataSync())).toEqual(expected);
      const rows = results.arraySync() as number[][];
      for (const [t, row] of rows.entries()) {
        expect(row.reduce((s, v) => s + v, 0)).toBe(1);
        expect(row[expected[t]!]).toBe(1);
      }
    },
  );
});
