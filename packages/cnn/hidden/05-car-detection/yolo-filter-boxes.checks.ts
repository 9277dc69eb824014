import { between, defineChecks, normal, uniform } from "@dlc/grader/checks";
import { expectKeys, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { yoloFilterBoxes } from "../../solutions/05-car-detection/yolo-filter-boxes.ts";
import { classProbs, expectKept } from "./detections.ts";

export default defineChecks("yoloFilterBoxes", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "the notebook's [19, 19, 5, ·] grid at the default threshold, then smaller grids, a batch axis and other thresholds",
    async run({ call, rng, input }) {
      const g = between(rng, 2, 6);
      const cases: [number[], number, number | undefined][] = [
        [[19, 19, 5], 80, undefined],
        [[g, g + 1, 3], between(rng, 2, 8), 0.3],
        [[1, between(rng, 2, 5), between(rng, 2, 5), 5], between(rng, 3, 10), 0.5],
        [[between(rng, 5, 40)], between(rng, 2, 6), 0.45],
      ];
      for (const [lead, numClasses, threshold] of cases) {
        const boxConfidence = uniform(rng, [...lead, 1], 0.3, 1);
        const boxes = normal(rng, [...lead, 4]);
        const probs = classProbs(rng, [...lead, numClasses]);
        input("case", { boxConfidence, boxes, boxClassProbs: probs, threshold });
        const args = threshold === undefined ? [] : [threshold];
        expectKept(
          `yoloFilterBoxes(boxConfidence [${lead},1], boxes, boxClassProbs [${lead},${numClasses}]${threshold === undefined ? "" : `, ${threshold}`})`,
          await call(boxConfidence, boxes, probs, ...args),
          await yoloFilterBoxes(boxConfidence, boxes, probs, ...args),
        );
      }
    },
  },
  {
    id: "keeps-score-at-threshold",
    kind: "reference",
    points: 1,
    description: "a box whose score equals the threshold exactly stays (score ≥ threshold)",
    async run({ call, rng }) {
      const n = between(rng, 4, 9);
      for (const threshold of [undefined, 0.5]) {
        const t = threshold ?? 0.6;
        // confidence 1 and a best probability of exactly t: the score is t in float32
        const probs = tf.tensor2d(
          Array.from({ length: n }, (_, i) => (i % 2 ? [t, t / 3] : [t / 4, t / 2])),
        );
        const conf = tf.ones([n, 1]);
        const boxes = normal(rng, [n, 4]);
        const args = threshold === undefined ? [] : [threshold];
        expectKept(
          `yoloFilterBoxes(…, ${threshold ?? "default 0.6"}) with scores ${t} and below`,
          await call(conf, boxes, probs, ...args),
          await yoloFilterBoxes(conf, boxes, probs, ...args),
        );
      }
    },
  },
  {
    id: "empty-below-threshold",
    kind: "reference",
    points: 1,
    description: "no box reaches the threshold: scores [0], boxes [0, 4], classes [0]",
    async run({ call, rng }) {
      const conf = uniform(rng, [4, 4, 5, 1], 0, 0.5);
      const probs = classProbs(rng, [4, 4, 5, 10]);
      const answer = await call(conf, normal(rng, [4, 4, 5, 4]), probs);
      const what = "yoloFilterBoxes with every score < 0.6";
      expectKeys(what, answer, ["scores", "boxes", "classes"]);
      expectShape(`${what}: scores`, answer.scores, [0]);
      expectShape(`${what}: boxes`, answer.boxes, [0, 4]);
      expectShape(`${what}: classes`, answer.classes, [0]);
    },
  },
]);
