import { expectClose } from "@dlc/grader/check";
import { between, defineChecks, expectNumber, expectTensors } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";

export default defineChecks("initializeWithZeros", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns { w, b }: w a (dim, 1) tensor of zeros, b the number 0",
    async run({ call, rng }) {
      const dim = between(rng, 2, 9);
      const result = await call(dim);
      expectTensors(`initializeWithZeros(${dim})`, { w: result?.w }, { w: [dim, 1] });
      expectNumber(`initializeWithZeros(${dim}).b`, result.b);
      // shapes alone are met by ones
      expectClose(`initializeWithZeros(${dim}).w`, result.w, tf.zeros([dim, 1]), { atol: 0 });
      expectClose(`initializeWithZeros(${dim}).b`, result.b, 0, { atol: 0 });
    },
  },
  {
    id: "zeros",
    kind: "reference",
    points: 1,
    description: "w and b are zero",
    async run({ call, rng }) {
      const dim = between(rng, 1, 7);
      const { w, b } = await call(dim);
      expectClose(`initializeWithZeros(${dim}).w`, w, tf.zeros([dim, 1]), { atol: 0 });
      expectClose(`initializeWithZeros(${dim}).b`, b, 0, { atol: 0 });
    },
  },
]);
