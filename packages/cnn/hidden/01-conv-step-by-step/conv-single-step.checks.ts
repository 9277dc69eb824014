import { between, defineChecks, expectNumber, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { convSingleStep } from "../../solutions/01-conv-step-by-step/conv-single-step.ts";

export default defineChecks("convSingleStep", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "Σ(a ⊙ W) + b as a number, on random windows and filters",
    async run({ call, rng, input }) {
      for (let i = 0; i < 4; i++) {
        const [f, c] = [between(rng, 1, 4), between(rng, 1, 4)];
        const [a, W, b] = [
          normal(rng, [f, f, c]),
          normal(rng, [f, f, c]),
          normal(rng, [1, 1, 1]),
        ] as tf.Tensor3D[];
        input("a_slice_prev", a);
        input("W", W);
        input("b", b);
        const Z = await call(a, W, b);
        expectNumber("convSingleStep(a_slice_prev, W, b)", Z);
        expectClose("convSingleStep(a_slice_prev, W, b)", Z, convSingleStep(a!, W!, b!));
      }
    },
  },
  {
    id: "one-hot-filter",
    kind: "property",
    points: 1,
    description: "a one-hot filter picks the one entry it points at, plus the bias",
    async run({ call, rng }) {
      for (let i = 0; i < 3; i++) {
        const [f, c] = [between(rng, 2, 3), between(rng, 1, 3)];
        const a = normal(rng, [f, f, c]) as tf.Tensor3D;
        const b = normal(rng, [1, 1, 1]) as tf.Tensor3D;
        const at = between(rng, 0, f * f * c - 1);
        const filter = tf.buffer([f, f, c]);
        filter.values[at] = 1;
        const expected = a.dataSync()[at]! + b.dataSync()[0]!;
        expectClose(
          `convSingleStep(a, W one-hot at ${at}, b)`,
          await call(a, filter.toTensor(), b),
          expected,
        );
      }
    },
  },
]);
