import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { COCO_CLASSES } from "../../src/coco-classes.ts";
import { yoloHead } from "../../src/yolo.ts";
import { matchDetections, yoloScene } from "../../src/yolo-scenes.ts";
import { yoloEval } from "./yolo-eval.ts";

describe("yoloEval", () => {
  it("finds every object of a generated street scene, in pixels, and nothing else", async () => {
    const scene = yoloScene(1);
    const { scores, boxes, classes } = await yoloEval(yoloHead(scene.features), scene.imageShape);
    const found = {
      scores: Array.from(scores.dataSync()),
      boxes: boxes.arraySync() as number[][],
      classes: Array.from(classes.dataSync()),
    };
    const truth = scene.truth.map(
      (t) => `${COCO_CLASSES[t.classId]} at [${t.box.map(Math.round)}]`,
    );
    const match = matchDetections(scene.truth, found);
    expect({ ...match, meanIou: undefined }, `truth: ${truth.join(", ")}`).toEqual({
      truePositives: scene.truth.length,
      falsePositives: 0,
      missed: 0,
      meanIou: undefined,
    });
    expect(match.meanIou).toBeGreaterThan(0.9);
  });

  it("returns at most maxBoxes scores [K], boxes [K, 4] and int32 classes [K]", async () => {
    const outputs = yoloHead(tf.randomNormal([19, 19, 5, 85], 0, 4, "float32", 10)) as Parameters<
      typeof yoloEval
    >[0];
    const { scores, boxes, classes } = await yoloEval(outputs, [720, 1280], 10, 0.3, 0.5);
    const k = scores.shape[0]!;
    expect(k).toBeLessThanOrEqual(10);
    expect(boxes.shape).toEqual([k, 4]);
    expect(classes.shape).toEqual([k]);
    expect(classes.dtype).toBe("int32");
  });
});
