import { expectClose, expectShape, matrixData, toTensor } from "@dlc/grader/check";
import { between, defineChecks, normal } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { softmax } from "../../solutions/01-python-basics/softmax.ts";

export default defineChecks("softmax", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a tensor of the input's shape (n, d), n ≠ d",
    async run({ call, rng }) {
      expectShape("softmax(x)", await call(normal(rng, [2, 5])), [2, 5]);
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
    description: "each row is positive and sums to 1",
    async run({ call, property }) {
      await property(matrixData({}, { min: -4, max: 4 }), async (data) => {
        const x = toTensor(data);
        const y = await call(x);
        expectShape("softmax(x)", y, x.shape);
        expectClose("row sums of softmax(x)", y.sum(1), tf.ones([x.shape[0]!]), { atol: 1e-4 });
      });
    },
  },
]);
