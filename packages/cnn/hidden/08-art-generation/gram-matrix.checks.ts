import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { gramMatrix } from "../../solutions/08-art-generation/gram-matrix.ts";

export default defineChecks("gramMatrix", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "A·Aᵀ for random [n_C, n_H·n_W], one channel and one position included",
    async run({ call, rng, input }) {
      const shapes = [
        [between(rng, 2, 6), between(rng, 7, 20)],
        [1, between(rng, 2, 9)],
        [between(rng, 2, 5), 1],
        [between(rng, 3, 6), between(rng, 3, 6)],
      ];
      for (const shape of shapes) {
        const A = normal(rng, shape) as tf.Tensor2D;
        input("A", A);
        expectClose(`gramMatrix(A of shape [${shape}])`, await call(A), gramMatrix(A));
      }
    },
  },
]);
