import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "../../solutions/06-tensorflow-introduction/sigmoid.ts";

export default defineChecks("sigmoid", [
  {
    id: "shape-and-dtype",
    kind: "contract",
    points: 1,
    description:
      "returns a float32 tensor of z's shape; a number gives a scalar tensor; the reference's values",
    async run({ call, rng }) {
      const two = await call(2);
      expectShape("sigmoid(2)", two, []);
      const z = normal(rng, [between(rng, 2, 4), between(rng, 5, 7)]);
      const actual = await call(z);
      expectShape("sigmoid(z)", actual, z.shape);
      // shapes alone are met by zeros: the values too
      expectClose("sigmoid(2)", two, sigmoid(2));
      expectClose("sigmoid(z)", actual, sigmoid(z));
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals 1 / (1 + e^(−z)) on numbers and on float tensors of varied shapes",
    async run({ call, rng, input }) {
      for (const x of [0, -1, 12, -7.5]) expectClose(`sigmoid(${x})`, await call(x), sigmoid(x));
      for (const rank of [1, 2, 3]) {
        const shape = Array.from({ length: rank }, () => between(rng, 1, 5));
        const z = normal(rng, shape, 4);
        input("z", z);
        expectClose("sigmoid(z)", await call(z), sigmoid(z), { atol: 1e-6 });
      }
    },
  },
  {
    id: "casts-int32",
    kind: "property",
    points: 1,
    description: "accepts an int32 tensor and returns float32 values",
    async run({ call, rng, input }) {
      const values = Array.from({ length: between(rng, 3, 8) }, () => between(rng, -9, 9));
      const z = tf.tensor1d(values, "int32");
      input("z", z);
      let y: unknown;
      try {
        y = await call(z);
      } catch (error) {
        throw new CheckError(
          `sigmoid(an int32 tensor) threw: ${(error as Error).message}. tf.sigmoid only takes float32: cast z first (tf.cast(z, "float32")).`,
        );
      }
      expectClose("sigmoid(int32 z)", y, sigmoid(z), { atol: 1e-6 });
    },
  },
]);
