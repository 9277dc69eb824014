import { between, defineChecks, expectNumber, expectTensors } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

export default defineChecks("initializeWithZeros", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns { w, b }: w a (dim, 1) tensor of zeros, b the number 0",
    async run({ call, rng }) {
      // two sizes, so that an answer remembered from the first call does not fit the second;
      // values too, since shapes alone are met by ones. (All-zero answers are the right ones:
      // the impostor "zeros" cannot be told apart from this function.)
      const first = between(rng, 2, 5);
      for (const dim of [first, first + between(rng, 1, 4)]) {
        const result = await call(dim);
        expectTensors(`initializeWithZeros(${dim})`, { w: result?.w }, { w: [dim, 1] });
        expectNumber(`initializeWithZeros(${dim}).b`, result.b);
        expectClose(`initializeWithZeros(${dim}).w`, result.w, tf.zeros([dim, 1]), { atol: 0 });
        expectClose(`initializeWithZeros(${dim}).b`, result.b, 0, { atol: 0 });
      }
    },
  },
  {
    id: "zeros",
    kind: "reference",
    points: 1,
    description: "w and b are zero",
    async run({ call, rng }) {
      const first = between(rng, 1, 4);
      for (const dim of [first, first + between(rng, 1, 4)]) {
        const result = await call(dim);
        expectClose(`initializeWithZeros(${dim}).w`, result?.w, tf.zeros([dim, 1]), { atol: 0 });
        expectClose(`initializeWithZeros(${dim}).b`, result?.b, 0, { atol: 0 });
      }
    },
  },
]);
