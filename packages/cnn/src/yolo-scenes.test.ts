import { describe, expect, it } from "vitest";
import { COCO_CLASSES } from "./coco-classes.ts";
import { yoloHead } from "./yolo.ts";
import { matchDetections, type TruthBox, yoloScene } from "./yolo-scenes.ts";

describe("yoloScene", () => {
  it("is the same scene for the same seed: a [1, 19, 19, 5, 85] head and boxes inside the picture", () => {
    const [a, b] = [yoloScene(4, 6, [480, 640]), yoloScene(4, 6, [480, 640])];
    for (let seed = 0; seed < 20; seed++)
      for (const { box } of yoloScene(seed, 7, [240, 320]).truth)
        expect(box[1] >= 0 && box[3] <= 320 && box[0] >= 0 && box[2] <= 240).toBe(true);
    expect(a.truth).toEqual(b.truth);
    expect(a.features.shape).toEqual([1, 19, 19, 5, 85]);
    expect(Array.from(a.features.dataSync())).toEqual(Array.from(b.features.dataSync()));
    expect(a.truth.length).toBeGreaterThan(2);
    for (const { classId, box } of a.truth) {
      expect(["car", "truck", "bus", "person"]).toContain(COCO_CLASSES[classId]);
      const [y1, x1, y2, x2] = box;
      expect(
        0 <= x1 && x1 < x2 && x2 <= 640 && 0 <= y1 && y1 < y2 && a.horizon < y2 && y2 <= 480,
      ).toBe(true);
    }
  });

  it("scores its objects above 0.6 and leaves more boxes above 0.6 than objects (duplicates)", () => {
    let [objects, sure] = [0, 0];
    for (let seed = 0; seed < 5; seed++) {
      const scene = yoloScene(seed);
      const [, , confidence, probs] = yoloHead(scene.features);
      const best = confidence.mul(probs).max(-1);
      objects += scene.truth.length;
      sure += best.greaterEqual(0.6).sum().arraySync() as number;
      expect(best.greaterEqual(0.6).sum().arraySync()).toBeGreaterThanOrEqual(scene.truth.length);
    }
    expect(sure).toBeGreaterThan(objects);
  });
});

describe("matchDetections", () => {
  const truth: TruthBox[] = [
    { classId: 2, box: [100, 100, 200, 300] },
    { classId: 7, box: [300, 500, 450, 800] },
  ];
  it("counts a perfect answer as all found, with IoU 1", () => {
    const m = matchDetections(truth, {
      scores: [0.9, 0.8],
      boxes: truth.map((t) => [...t.box]),
      classes: [2, 7],
    });
    expect(m).toEqual({ truePositives: 2, falsePositives: 0, missed: 0, meanIou: 1 });
  });

  it("counts a wrong class, a duplicate and a box too far off as false positives", () => {
    const m = matchDetections(truth, {
      scores: [0.9, 0.8, 0.7, 0.6],
      boxes: [
        [100, 100, 200, 300],
        [102, 100, 200, 300],
        [300, 500, 450, 800],
        [300, 650, 450, 950],
      ],
      classes: [2, 2, 5, 7],
    });
    expect([m.truePositives, m.falsePositives, m.missed]).toEqual([1, 3, 1]);
  });
});
