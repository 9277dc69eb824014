import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, expectClose, expectKeys, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";
import { yoloNonMaxSuppression } from "../../solutions/05-car-detection/yolo-non-max-suppression.ts";
import { clusteredBoxes, expectEmpty, expectKept, overlap } from "./detections.ts";

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
    id: "kept-boxes-apart",
    kind: "property",
    points: 1,
    description:
      "what is kept comes from the input, best first, at most maxBoxes, no two overlapping above the threshold",
    async run({ call, property }) {
      await property(
        fc.tuple(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.integer({ min: 1, max: 30 }),
          fc.integer({ min: 1, max: 8 }),
          fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        ),
        async ([seed, n, maxBoxes, iouThreshold]) => {
          const { scores, boxes } = clusteredBoxes(new RandomState(seed), n);
          // each box's class is its index, so the answer says which boxes it kept
          const index = tf.range(0, n, 1, "int32");
          const what = `yoloNonMaxSuppression(${n} boxes, ${maxBoxes}, ${iouThreshold.toFixed(3)})`;
          const answer = await call(scores, boxes, index, maxBoxes, iouThreshold);
          expectKeys(what, answer, ["scores", "boxes", "classes"]);
          const kept = Array.from((answer.classes as tf.Tensor).dataSync());
          const s = scores.arraySync();
          const b = boxes.arraySync();
          if (kept.length === 0 || kept.length > maxBoxes)
            throw new CheckError(`${what} kept ${kept.length} boxes, expected 1 to ${maxBoxes}`);
          if (kept.some((k) => !Number.isInteger(k) || k < 0 || k >= n))
            throw new CheckError(`${what}.classes holds classes that were not in the input`);
          expectClose(
            `${what}.scores`,
            answer.scores,
            kept.map((k) => s[k]!),
          );
          expectClose(
            `${what}.boxes`,
            answer.boxes,
            kept.map((k) => b[k]!),
            { rtol: 1e-5, atol: 1e-3 },
          );
          for (let i = 1; i < kept.length; i++) {
            if (s[kept[i]!]! > s[kept[i - 1]!]!)
              throw new CheckError(
                `${what}: box ${i} scores more than box ${i - 1}, expected best first`,
              );
            for (let j = 0; j < i; j++) {
              const o = overlap(b[kept[i]!]!, b[kept[j]!]!);
              if (o > iouThreshold + 1e-5)
                throw new CheckError(
                  `${what} kept boxes ${j} and ${i}, which overlap with IoU ${o.toFixed(3)} > ${iouThreshold.toFixed(3)}`,
                );
            }
          }
        },
        { numRuns: 6 },
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
