import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose, expectShape, matrixData, toTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { normalizeRows } from "../../solutions/01-python-basics/normalize-rows.ts";

export default defineChecks("normalizeRows", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a tensor of the input's shape, each row divided by its norm",
    async run({ call, rng }) {
      const x = normal(rng, [2, 3]);
      const y = await call(x);
      expectShape("normalizeRows(x)", y, [2, 3]);
      expectClose("normalizeRows(x)", y, normalizeRows(x));
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "divides each row by its Euclidean norm, on random non-square matrices",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const x = normal(rng, [between(rng, 2, 5), between(rng, 6, 9)], 3);
        input("x", x);
        expectClose("normalizeRows(x)", await call(x), normalizeRows(x));
      }
    },
  },
  {
    id: "unit-rows",
    kind: "property",
    points: 1,
    description: "every row of the result has norm 1 and points the way the row does",
    async run({ call, property }) {
      await property(matrixData({}, { min: 0.5, max: 5 }), async (data) => {
        const x = toTensor(data);
        const y = await call(x);
        expectShape("normalizeRows(x)", y, x.shape);
        expectClose(
          "row norms of normalizeRows(x)",
          tf.norm(y, "euclidean", 1),
          tf.ones([x.shape[0]!]),
          { atol: 1e-4 },
        );
        // unit rows alone hold for any row of constants 1/√n
        expectClose("normalizeRows(x)", y, normalizeRows(x));
      });
    },
  },
  {
    id: "tiny-and-huge-rows",
    kind: "reference",
    points: 1,
    description: "rows of norm 1e-4 and 1e4 become unit rows as well",
    async run({ call, rng, input }) {
      const [n, d] = [between(rng, 3, 5), between(rng, 2, 6)];
      const scales = tf.tensor2d(
        Array.from({ length: n }, (_, i) => [1e-4, 1e4, 1][i % 3]!),
        [n, 1],
      );
      const x = normal(rng, [n, d]).mul(scales);
      input("x", x);
      expectClose(
        "normalizeRows(x) on rows of norm ~1e-4 and ~1e4",
        await call(x),
        normalizeRows(x),
      );
    },
  },
]);
