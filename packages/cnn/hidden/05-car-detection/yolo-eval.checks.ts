import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError, expectShape } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { yoloEval } from "../../solutions/05-car-detection/yolo-eval.ts";
import { COCO_CLASSES } from "../../src/coco-classes.ts";
import { yoloHead } from "../../src/yolo.ts";
import { matchDetections, type TruthBox, yoloScene } from "../../src/yolo-scenes.ts";
import { expectEmpty, expectKept } from "./detections.ts";

const named = (classId: number, box: readonly number[]) =>
  `${COCO_CLASSES[classId] ?? `class ${classId}`} at [${box.map((v) => Math.round(v)).join(", ")}]`;

/** Recomputes from the scene's truth whether the answer found every object and nothing else. */
function expectScene(what: string, answer: unknown, truth: TruthBox[]): void {
  const a = (answer ?? {}) as Record<string, tf.Tensor>;
  const k = a.scores instanceof Object && "shape" in a.scores ? (a.scores.shape[0] ?? -1) : -1;
  expectShape(`${what}.scores`, a.scores, [k]);
  expectShape(`${what}.boxes`, a.boxes, [k, 4]);
  expectShape(`${what}.classes`, a.classes, [k]);
  const found = {
    scores: Array.from(a.scores!.dataSync()),
    boxes: a.boxes!.arraySync() as number[][],
    classes: Array.from(a.classes!.dataSync()),
  };
  const match = matchDetections(truth, found);
  if (match.missed > 0 || match.falsePositives > 0)
    throw new CheckError(
      `${what} found ${match.truePositives} of the ${truth.length} objects with ${match.falsePositives} ` +
        `box(es) matching none (IoU ≥ 0.5, same class). Objects: ${truth.map((t) => named(t.classId, t.box)).join("; ")}. ` +
        `Boxes: ${found.classes.map((c, i) => `${named(c, found.boxes[i]!)} (${found.scores[i]!.toFixed(2)})`).join("; ") || "none"}`,
    );
}

export default defineChecks("yoloEval", [
  {
    id: "finds-the-cars",
    kind: "property",
    points: 3,
    description:
      "on generated street scenes, every car, truck, bus and person is found in pixels, and nothing else",
    async run({ call, rng, input }) {
      for (const imageShape of [undefined, [480, 854] as [number, number]]) {
        const scene = yoloScene(rng.randint(0, 1_000_000), between(rng, 3, 7), imageShape);
        input("truth", scene.truth);
        const outputs = yoloHead(scene.features);
        const answer = imageShape ? await call(outputs, imageShape) : await call(outputs);
        expectScene(
          `yoloEval(a ${scene.imageShape.join("×")} scene${imageShape ? `, [${imageShape}]` : ""})`,
          answer,
          scene.truth,
        );
      }
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "random head outputs ([19, 19, 5, ·] and [1, 13, 13, 5, ·]) with other picture sizes and thresholds",
    async run({ call, rng, input }) {
      const cases: [number[], [number, number], number, number, number][] = [
        [[19, 19, 5, 85], [between(rng, 300, 700), between(rng, 400, 900)], 10, 0.3, 0.5],
        [[1, 13, 13, 5, 85], [608, 608], between(rng, 3, 8), 0.2, 0.35],
      ];
      for (const [shape, imageShape, maxBoxes, scoreThreshold, iouThreshold] of cases) {
        const features = normal(rng, shape, 3);
        input("features", features);
        const outputs = yoloHead(features);
        expectKept(
          `yoloEval(yoloHead(random [${shape}]), [${imageShape}], ${maxBoxes}, ${scoreThreshold}, ${iouThreshold})`,
          await call(outputs, imageShape, maxBoxes, scoreThreshold, iouThreshold),
          await yoloEval(outputs, imageShape, maxBoxes, scoreThreshold, iouThreshold),
        );
      }
    },
  },
  {
    id: "nothing-sure",
    kind: "reference",
    points: 1,
    description: "a head output where no box reaches the score threshold gives no box",
    async run({ call, rng }) {
      const features = normal(rng, [19, 19, 5, 85]).sub(6);
      expectEmpty("yoloEval with every score < 0.6", await call(yoloHead(features)));
    },
  },
]);
