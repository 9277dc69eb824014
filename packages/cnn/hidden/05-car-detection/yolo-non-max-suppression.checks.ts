import { between, defineChecks } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { yoloNonMaxSuppression } from "../../solutions/05-car-detection/yolo-non-max-suppression.ts";
import { clusteredBoxes, expectEmpty, expectKept } from "./detections.ts";

export default defineChecks("yoloNonMaxSuppression", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "clusters of overlapping boxes of mixed classes: the defaults, then other maxBoxes and IoU thresholds",
    async run({ call, rng, input }) {
      const cases: [number, number | undefined, number | undefined][] = [
        [between(rng, 20, 40), undefined, undefined],
        [between(rng, 30, 60), between(rng, 2, 6), 0.3],
        [between(rng, 5, 15), 20, 0.7],
      ];
      for (const [n, maxBoxes, iouThreshold] of cases) {
        const { scores, boxes, classes } = clusteredBoxes(rng, n);
        input("case", { scores, boxes, classes, maxBoxes, iouThreshold });
        const args = maxBoxes === undefined ? [] : [maxBoxes, iouThreshold];
        expectKept(
          `yoloNonMaxSuppression(${n} boxes${maxBoxes === undefined ? "" : `, ${maxBoxes}, ${iouThreshold}`})`,
          await call(scores, boxes, classes, ...args),
          yoloNonMaxSuppression(scores, boxes, classes, ...(args as number[])),
        );
      }
    },
  },
  {
    id: "across-classes",
    kind: "reference",
    points: 1,
    description:
      "a truck box on top of a better car box is dropped: suppression ignores classes, as the notebook's",
    async run({ call, rng }) {
      const y = 100 + 200 * rng.nextDouble();
      const x = 100 + 600 * rng.nextDouble();
      const scores = tf.tensor1d([0.7, 0.9, 0.8]);
      const boxes = tf.tensor2d([
        [y + 8, x + 10, y + 148, x + 205],
        [y, x, y + 150, x + 200],
        [y, x + 400, y + 120, x + 560],
      ]);
      const classes = tf.tensor1d([7, 2, 2], "int32");
      expectKept(
        "yoloNonMaxSuppression(a car, a truck box over it, another car)",
        await call(scores, boxes, classes),
        yoloNonMaxSuppression(scores, boxes, classes),
      );
    },
  },
  {
    id: "no-box",
    kind: "reference",
    points: 1,
    description: "no box in, no box out",
    async run({ call }) {
      expectEmpty(
        "yoloNonMaxSuppression of no box",
        await call(tf.zeros([0]), tf.zeros([0, 4]), tf.zeros([0], "int32")),
      );
    },
  },
]);
