import { between, defineChecks, normal, uniform } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape, matrixData, toTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { softmax } from "../../solutions/05-batch-norm-and-softmax/softmax.ts";
import { hinted, twoSizes } from "./data.ts";

const what = "softmax(Z)";
const axisHint =
  "the classes are the rows and the examples the columns: exponentiate, then divide each column by its own sum (axis 0, kept)";

export default defineChecks("softmax", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a tensor of the logits' shape [C, m], C ≠ m, the reference's values",
    async run({ call, rng }) {
      const Z = normal(rng, [4, 6]);
      const actual = await call(Z);
      expectShape(what, actual, [4, 6]);
      // a shape alone is met by zeros: the values too
      expectClose(what, actual, softmax(Z), { rtol: 1e-4, atol: 1e-6 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals e^z / Σ_classes e^z for each example, on random logits",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const [C, m] = twoSizes(rng, 2, 8);
        const Z = normal(rng, [C, m], 3);
        input("Z", Z);
        const actual = await call(Z);
        await hinted(axisHint, () => expectClose(what, actual, softmax(Z)));
      }
    },
  },
  {
    id: "columns-sum-to-one",
    kind: "property",
    points: 1,
    description: "each column (one example) is positive and sums to 1",
    async run({ call, property }) {
      await property(
        matrixData({ rows: [2, 6], cols: [1, 6] }, { min: -8, max: 8 }),
        async (data) => {
          const Z = toTensor(data);
          const A = await call(Z);
          expectShape(what, A, Z.shape);
          await hinted(axisHint, () => {
            expectClose(`column sums of ${what}`, A.sum(0), tf.ones([Z.shape[1]!]), { atol: 1e-4 });
            if (A.min().dataSync()[0]! < 0) throw new CheckError(`${what} has a negative entry`);
          });
          // a constant 1/C also sums to 1: the values are the reference's
          expectClose(what, A, softmax(Z), { rtol: 1e-4, atol: 1e-6 });
        },
      );
    },
  },
  {
    id: "column-shift-invariant",
    kind: "property",
    points: 1,
    description: "is unchanged when each example's logits are shifted by a constant of its own",
    async run({ call, rng }) {
      for (let i = 0; i < 3; i++) {
        const [C, m] = twoSizes(rng, 2, 6);
        const Z = normal(rng, [C, m], 2);
        const shift = uniform(rng, [1, m], -30, 30);
        const [A, shifted] = [await call(Z), await call(Z.add(shift))];
        await hinted(
          "softmax normalizes each column on its own: adding c to a column changes nothing",
          () => expectClose(`${what} of Z + a constant per column`, shifted, A, { atol: 1e-5 }),
        );
        // a constant is shift-invariant too: the values are the reference's
        expectClose(what, A, softmax(Z), { rtol: 1e-4, atol: 1e-6 });
      }
    },
  },
  {
    id: "stable-for-large-logits",
    kind: "property",
    points: 2,
    description: "gives finite probabilities for logits as large as ±1000",
    async run({ call, rng, input }) {
      const extreme = tf.tensor2d([
        [1000, -1000, 5],
        [999, -1000, 1000],
        [-1000, -999, -1000],
      ]);
      for (const Z of [
        extreme,
        uniform(rng, [between(rng, 2, 5), between(rng, 3, 6)], -1000, 1000),
      ]) {
        input("Z", Z);
        const actual = await call(Z);
        await hinted(
          "e^1000 overflows to Infinity and ∞/∞ is NaN: subtract each column's max before exponentiating (it changes nothing else)",
          () => expectClose(what, actual, softmax(Z), { atol: 1e-5 }),
        );
      }
    },
  },
  {
    id: "two-classes-sigmoid",
    kind: "property",
    points: 1,
    description:
      "with 2 classes, the first row equals sigmoid(z₁ − z₂): softmax generalizes logistic regression",
    async run({ call, property }) {
      await property(
        matrixData({ rows: [2, 2], cols: [1, 8] }, { min: -10, max: 10 }),
        async (data) => {
          const Z = toTensor(data);
          const m = data.shape[1]!;
          const A = await call(Z);
          expectShape(what, A, [2, m]);
          const expected = tf.sigmoid(Z.slice([0, 0], [1, m]).sub(Z.slice([1, 0], [1, m])));
          await hinted(axisHint, () =>
            expectClose(`first row of ${what}`, A.slice([0, 0], [1, m]), expected, { atol: 1e-5 }),
          );
        },
        { numRuns: 10 },
      );
    },
  },
]);
