import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { predict } from "../../solutions/02-logistic-regression/predict.ts";

export default defineChecks("predict", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 (1, m) tensor of the predictions",
    async run({ call, rng }) {
      const [w, X] = [normal(rng, [3, 1]), normal(rng, [3, 7])];
      const predictions = await call(w, 0.1, X);
      expectShape("predict(w, b, X)", predictions, [1, 7]);
      expectClose("predict(w, b, X)", predictions, predict(w, 0.1, X), { atol: 0 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "predicts 1 exactly where σ(wᵀx + b) > 0.5, on random data",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const [n, m] = [between(rng, 2, 5), between(rng, 10, 20)];
        const [w, b, X] = [normal(rng, [n, 1]), rng.randn(1)[0]!, normal(rng, [n, m])];
        input("w", w);
        input("b", b);
        expectClose("predict(w, b, X)", await call(w, b, X), predict(w, b, X), { atol: 0 });
      }
    },
  },
  {
    id: "threshold-tie",
    kind: "reference",
    points: 1,
    description: "predicts 0 where σ(wᵀx + b) is exactly 0.5: only a probability above 0.5 is a 1",
    async run({ call, rng, input }) {
      // a column of zeros with b = 0 gives wᵀx + b = 0 exactly, and σ(0) = 0.5 exactly
      const n = between(rng, 2, 4);
      const w = normal(rng, [n, 1]);
      // the first column is w itself (wᵀw > 0, a 1), so all-zero predictions do not pass
      const X = tf.concat([w, normal(rng, [n, 7]).mul(tf.tensor2d([[0, 1, 0, 0, 1, 0, 1]]))], 1);
      input("w", w);
      input("X", X);
      expectClose("predict(w, 0, X) where σ(wᵀx) = 0.5", await call(w, 0, X), predict(w, 0, X), {
        atol: 0,
      });
    },
  },
]);
