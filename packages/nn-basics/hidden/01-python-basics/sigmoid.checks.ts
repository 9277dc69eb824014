import { defineChecks, normal, uniform } from "@dlc/grader/checks";
import {
  anyTensorData,
  CheckError,
  expectClose,
  expectShape,
  shape,
  toTensor,
} from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "../../solutions/01-python-basics/sigmoid.ts";

export default defineChecks("sigmoid", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 tensor of the input's shape, σ of each element",
    async run({ call, rng }) {
      const x = normal(rng, [3, 4]);
      const y = await call(x);
      expectShape("sigmoid(x)", y, [3, 4]);
      expectClose("sigmoid(x)", y, sigmoid(x));
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
    description: "equals σ(x), with σ(−x) = 1 − σ(x) and σ(x + 1) > σ(x), for any x",
    async run({ call, property }) {
      await property(anyTensorData(shape(2), { min: -6, max: 6 }), async (data) => {
        const x = toTensor(data);
        const [pos, neg, next] = [await call(x), await call(x.neg()), await call(x.add(1))];
        // symmetry and monotony alone hold for any odd, increasing curve around 0.5
        expectClose("sigmoid(x)", pos, sigmoid(x));
        expectClose("sigmoid(−x)", neg, tf.scalar(1).sub(pos), { atol: 1e-5 });
        expectShape("sigmoid(x + 1)", next, x.shape);
        if (!next.greater(pos).all().dataSync()[0])
          throw new CheckError("sigmoid is not increasing: sigmoid(x + 1) ≤ sigmoid(x) somewhere");
      });
    },
  },
  {
    id: "extremes",
    kind: "reference",
    points: 1,
    description: "saturates to exactly 0 and 1 at |x| up to 100 without NaN or Infinity",
    async run({ call, rng, input }) {
      // e^100 is Infinity in float32: e^x / (1 + e^x) is NaN there, 1 / (1 + e^−x) is not
      const x = tf.tensor1d([
        -100,
        -60,
        -20,
        0,
        20,
        60,
        100,
        ...uniform(rng, [3], 80, 100).dataSync(),
      ]);
      input("x", x);
      expectClose("sigmoid(x) at large |x|", await call(x), sigmoid(x));
    },
  },
]);
