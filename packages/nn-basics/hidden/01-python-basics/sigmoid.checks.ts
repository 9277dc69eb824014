import {
  anyTensorData,
  CheckError,
  expectClose,
  expectShape,
  shape,
  toTensor,
} from "@dlc/grader/check";
import { defineChecks, normal } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "../../solutions/01-python-basics/sigmoid.ts";

export default defineChecks("sigmoid", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 tensor of the input's shape",
    async run({ call, rng }) {
      expectShape("sigmoid(x)", await call(normal(rng, [3, 4])), [3, 4]);
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals σ(x) element-wise on random inputs of several shapes",
    async run({ call, rng, input }) {
      for (const s of [[5], [2, 3], [2, 2, 2]]) {
        const x = normal(rng, s, 4);
        input("x", x);
        expectClose("sigmoid(x)", await call(x), sigmoid(x));
      }
    },
  },
  {
    id: "symmetric",
    kind: "property",
    points: 1,
    description: "σ(−x) = 1 − σ(x) and σ(x + 1) > σ(x) for any x",
    async run({ call, property }) {
      await property(anyTensorData(shape(2), { min: -6, max: 6 }), async (data) => {
        const x = toTensor(data);
        const [pos, neg, next] = [await call(x), await call(x.neg()), await call(x.add(1))];
        expectClose("sigmoid(−x)", neg, tf.scalar(1).sub(pos), { atol: 1e-5 });
        expectShape("sigmoid(x + 1)", next, x.shape);
        if (!next.greater(pos).all().dataSync()[0])
          throw new CheckError("sigmoid is not increasing: sigmoid(x + 1) ≤ sigmoid(x) somewhere");
      });
    },
  },
]);
