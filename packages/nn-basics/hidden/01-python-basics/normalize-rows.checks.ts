import { expectClose, expectShape, matrixData, toTensor } from "@dlc/grader/check";
import { between, defineChecks, normal } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { normalizeRows } from "../../solutions/01-python-basics/normalize-rows.ts";

export default defineChecks("normalizeRows", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a tensor of the input's shape",
    async run({ call, rng }) {
      expectShape("normalizeRows(x)", await call(normal(rng, [2, 3])), [2, 3]);
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
    description: "every row of the result has norm 1",
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
      });
    },
  },
]);
