import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { scaleBoxes, YOLO_ANCHORS, yoloBoxesToCorners, yoloHead } from "./yolo.ts";

describe("yoloHead", () => {
  it("decodes all-zero features: centres mid-cell (x from the column), anchor sizes, confidence ½, uniform classes", () => {
    const [boxXy, boxWh, boxConfidence, boxClassProbs] = yoloHead(tf.zeros([1, 19, 19, 5, 85]));
    expect([boxXy.shape, boxWh.shape, boxConfidence.shape, boxClassProbs.shape]).toEqual([
      [1, 19, 19, 5, 2],
      [1, 19, 19, 5, 2],
      [1, 19, 19, 5, 1],
      [1, 19, 19, 5, 80],
    ]);
    // row 2, column 3, anchor 1
    expectClose("boxXy[0, 2, 3, 1]", boxXy.slice([0, 2, 3, 1], [1, 1, 1, 1]).reshape([2]), [
      3.5 / 19,
      2.5 / 19,
    ]);
    expectClose(
      "boxWh[0, 2, 3, 1]",
      boxWh.slice([0, 2, 3, 1], [1, 1, 1, 1]).reshape([2]),
      YOLO_ANCHORS[1]!.map((a) => a / 19),
    );
    expectClose("boxConfidence", boxConfidence.mean(), tf.scalar(0.5));
    expectClose("boxClassProbs", boxClassProbs.max(), tf.scalar(1 / 80));
  });

  it("takes a grid without a batch axis and refuses features that do not end in [5, 85]", () => {
    expect(yoloHead(tf.zeros([13, 13, 5, 85]))[0].shape).toEqual([13, 13, 5, 2]);
    expect(() => yoloHead(tf.zeros([19, 19, 5, 84]))).toThrow(/do not end in \[5, 85\]/);
  });
});

describe("yoloBoxesToCorners and scaleBoxes", () => {
  it("turn a centre (0.5, 0.4) and size (0.2, 0.1) into [y1, x1, y2, x2], then pixels", () => {
    const corners = yoloBoxesToCorners(tf.tensor2d([[0.5, 0.4]]), tf.tensor2d([[0.2, 0.1]]));
    expectClose("yoloBoxesToCorners", corners, [[0.35, 0.4, 0.45, 0.6]]);
    expectClose("scaleBoxes", scaleBoxes(corners, [720, 1280]), [[252, 512, 324, 768]], {
      atol: 1e-3,
    });
  });
});
