/** The checks l1 and l2 share: both map two vectors of length m to a number. */

import { between, defineChecks, expectNumber, normal, uniform } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";

export function vectorLossChecks(
  name: string,
  reference: (yhat: tf.Tensor, y: tf.Tensor) => number,
  formula: string,
) {
  return defineChecks(name, [
    {
      id: "returns-number",
      kind: "contract",
      points: 1,
      description: `returns a plain number: 0 when yhat equals y, else ${formula}`,
      async run({ call, rng }) {
        const [y, yhat] = [uniform(rng, [5], 0, 1), uniform(rng, [5], 0, 1)];
        const loss = await call(y, y);
        expectNumber(`${name}(y, y)`, loss);
        expectClose(`${name}(y, y)`, loss, 0);
        const other = await call(yhat, y);
        expectNumber(`${name}(yhat, y)`, other);
        expectClose(`${name}(yhat, y)`, other, reference(yhat, y));
      },
    },
    {
      id: "matches-reference",
      kind: "reference",
      points: 2,
      description: `equals ${formula} on random vectors of varied lengths, one example included`,
      async run({ call, rng, input }) {
        for (const m of [1, between(rng, 3, 12), between(rng, 3, 12)]) {
          const [yhat, y] = [normal(rng, [m]), normal(rng, [m])];
          input("yhat", yhat);
          input("y", y);
          expectClose(`${name}(yhat, y)`, await call(yhat, y), reference(yhat, y));
        }
      },
    },
  ]);
}
