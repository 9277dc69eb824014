import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose, expectShape, matrixData, toTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { softmax } from "../../solutions/01-python-basics/softmax.ts";

export default defineChecks("softmax", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a tensor of the input's shape (n, d), n ≠ d, the softmax of each row",
    async run({ call, rng }) {
      const x = normal(rng, [2, 5]);
      const y = await call(x);
      expectShape("softmax(x)", y, [2, 5]);
      expectClose("softmax(x)", y, softmax(x));
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals e^x / Σ_row e^x on random non-square matrices",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const x = normal(rng, [between(rng, 2, 4), between(rng, 5, 8)], 2);
        input("x", x);
        expectClose("softmax(x)", await call(x), softmax(x));
      }
    },
  },
  {
    id: "rows-sum-to-one",
    kind: "property",
    points: 1,
    description: "each row sums to 1 and is e^x up to that row's factor",
    async run({ call, property }) {
      await property(matrixData({}, { min: -4, max: 4 }), async (data) => {
        const x = toTensor(data);
        const y = await call(x);
        expectShape("softmax(x)", y, x.shape);
        expectClose("row sums of softmax(x)", y.sum(1), tf.ones([x.shape[0]!]), { atol: 1e-4 });
        // rows that sum to 1 alone hold for any positive function over its row sum
        expectClose("softmax(x)", y, softmax(x));
      });
    },
  },
  {
    id: "large-values",
    kind: "reference",
    points: 1,
    description: "rows with entries up to ±1000 (e^x overflows) give finite probabilities",
    async run({ call, rng, input }) {
      // e^89 is Infinity in float32: a softmax that does not subtract the row's maximum
      // first returns NaN on such rows (the notebook's float64 only beyond 709)
      const d = between(rng, 3, 6);
      const x = tf.concat([
        normal(rng, [1, d], 2).add(1000),
        normal(rng, [1, d], 2).sub(1000),
        tf.fill([1, d], 500),
        normal(rng, [1, d], 100),
      ]);
      input("x", x);
      expectClose("softmax(x) on rows with large entries", await call(x), softmax(x));
    },
  },
]);
