import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { zeroPad } from "../../solutions/01-conv-step-by-step/zero-pad.ts";

export default defineChecks("zeroPad", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "pads height and width (not batch or channels) on random batches, pad 0 to 3",
    async run({ call, rng, input }) {
      for (let pad = 0; pad <= 3; pad++) {
        const X = normal(rng, [
          between(rng, 1, 3),
          between(rng, 1, 4),
          between(rng, 1, 5),
          between(rng, 1, 3),
        ]) as tf.Tensor4D;
        input("X", X);
        input("pad", pad);
        expectClose(`zeroPad(X, ${pad})`, await call(X, pad), zeroPad(X, pad), {
          atol: 0,
          rtol: 0,
        });
      }
    },
  },
]);
