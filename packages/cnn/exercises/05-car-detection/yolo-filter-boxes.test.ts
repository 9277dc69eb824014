import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { yoloFilterBoxes } from "./yolo-filter-boxes.ts";

describe("yoloFilterBoxes", () => {
  it("keeps each box's best class when confidence · probability ≥ threshold (0.6 itself stays)", async () => {
    const boxConfidence = tf.tensor2d([[1], [0.5], [0.9]]);
    const boxes = tf.tensor2d([
      [0, 0, 1, 1],
      [1, 1, 2, 2],
      [2, 2, 3, 3],
    ]);
    const boxClassProbs = tf.tensor2d([
      [0.6, 0.4],
      [0.9, 0.1],
      [0.2, 0.7],
    ]);
    const {
      scores,
      boxes: kept,
      classes,
    } = await yoloFilterBoxes(boxConfidence, boxes, boxClassProbs, 0.6);
    expectClose("yoloFilterBoxes: scores", scores, [0.6, 0.63]);
    expectClose("yoloFilterBoxes: boxes", kept, [
      [0, 0, 1, 1],
      [2, 2, 3, 3],
    ]);
    expectClose("yoloFilterBoxes: classes", classes, [0, 1], { dtype: "int32" });
  });

  it("returns empty scores [0], boxes [0, 4] and classes [0] when no box is sure enough", async () => {
    const { scores, boxes, classes } = await yoloFilterBoxes(
      tf.fill([19, 19, 5, 1], 0.5),
      tf.ones([19, 19, 5, 4]),
      tf.fill([19, 19, 5, 80], 1 / 80),
    );
    expect([scores.shape, boxes.shape, classes.shape]).toEqual([[0], [0, 4], [0]]);
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 2, max: 6 }),
      fc.double({ min: 0.05, max: 0.9, noNaN: true }),
      fc.integer({ min: 0, max: 1e6 }),
    ],
    { numRuns: 15 },
  )(
    "keeps exactly the boxes whose best score is ≥ threshold, with that score and class",
    async (cells, anchors, numClasses, threshold, seed) => {
      const conf = tf.randomUniform([cells, cells, anchors, 1], 0, 1, "float32", seed);
      const probs = tf.randomUniform(
        [cells, cells, anchors, numClasses],
        0,
        1,
        "float32",
        seed + 1,
      );
      const boxes = tf.randomUniform([cells, cells, anchors, 4], 0, 1, "float32", seed + 2);
      const c = conf.dataSync();
      const p = probs.dataSync();
      const b = boxes.dataSync();
      const want = { scores: [] as number[], boxes: [] as number[][], classes: [] as number[] };
      for (let k = 0; k < c.length; k++) {
        let best = 0;
        for (let j = 1; j < numClasses; j++)
          if (
            Math.fround(c[k]! * p[k * numClasses + j]!) >
            Math.fround(c[k]! * p[k * numClasses + best]!)
          )
            best = j;
        const score = Math.fround(c[k]! * p[k * numClasses + best]!);
        if (score < Math.fround(threshold)) continue;
        want.scores.push(score);
        want.boxes.push(Array.from(b.subarray(4 * k, 4 * k + 4)));
        want.classes.push(best);
      }
      const got = await yoloFilterBoxes(conf, boxes, probs, threshold);
      expect(got.scores.shape).toEqual([want.scores.length]);
      expect(got.boxes.shape).toEqual([want.scores.length, 4]);
      expect(Array.from(got.classes.dataSync())).toEqual(want.classes);
      if (want.scores.length > 0) {
        expectClose("yoloFilterBoxes: scores", got.scores, want.scores);
        expectClose("yoloFilterBoxes: boxes", got.boxes, want.boxes);
      }
    },
  );
});
