import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { predict } from "../../solutions/03-planar-classification/predict.ts";
import { randomParameters } from "../shared/data.ts";

export default defineChecks("predict", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 (1, m) tensor",
    async run({ call, rng }) {
      const [parameters, X] = [randomParameters(rng, [2, 4, 1]), normal(rng, [2, 9])];
      const predictions = await call(parameters, X);
      expectShape("predict(parameters, X)", predictions, [1, 9]);
      expectClose("predict(parameters, X)", predictions, predict(parameters, X), { atol: 0 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "predicts 1 exactly where A2 > 0.5, on random parameters",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const parameters = randomParameters(rng, [2, between(rng, 3, 5), 1], 1.5);
        const X = normal(rng, [2, 20]);
        input("parameters", parameters);
        expectClose("predict(parameters, X)", await call(parameters, X), predict(parameters, X), {
          atol: 0,
        });
      }
    },
  },
  {
    id: "threshold-tie",
    kind: "reference",
    points: 1,
    description: "predicts 0 where A2 is exactly 0.5: only a probability above 0.5 is a 1",
    async run({ call, rng, input }) {
      // zero biases and a column of zeros give Z1 = 0, A1 = 0, Z2 = 0 and A2 = 0.5 exactly
      const parameters = randomParameters(rng, [2, between(rng, 3, 5), 1], 1.5);
      for (const b of ["b1", "b2"]) parameters[b] = tf.zerosLike(parameters[b]!);
      // x and −x give opposite Z2 (tanh is odd), so one of the two is a 1: all-zero
      // predictions do not pass
      const x = normal(rng, [2, 1]);
      const X = tf.concat(
        [x, x.neg(), normal(rng, [2, 6]).mul(tf.tensor2d([[0, 1, 0, 0, 1, 0]]))],
        1,
      );
      input("parameters", parameters);
      input("X", X);
      expectClose(
        "predict(parameters, X) where A2 = 0.5",
        await call(parameters, X),
        predict(parameters, X),
        { atol: 0 },
      );
    },
  },
]);
