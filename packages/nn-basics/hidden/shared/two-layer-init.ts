/**
 * The checks of `initializeParameters(nX, nH, nY, seed)` (assignments 03 and 04): W1 [nH, nX]
 * and W2 [nY, nH] drawn as 0.01·randn from `RandomState(seed)`, one after the other; b zero.
 */

import { between, defineChecks, expectAllClose, expectTensors } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";

export function twoLayerInitChecks(
  reference: (nX: number, nH: number, nY: number, seed?: number) => Record<string, tf.Tensor>,
) {
  return defineChecks("initializeParameters", [
    {
      id: "shapes",
      kind: "contract",
      points: 1,
      description:
        "returns W1 (nH, nX), b1 (nH, 1), W2 (nY, nH), b2 (nY, 1), drawn from the default seed",
      async run({ call, rng }) {
        const [nX, nH, nY] = [between(rng, 2, 6), between(rng, 3, 7), between(rng, 1, 3)];
        const what = `initializeParameters(${nX}, ${nH}, ${nY})`;
        const actual = await call(nX, nH, nY);
        expectTensors(what, actual, { W1: [nH, nX], b1: [nH, 1], W2: [nY, nH], b2: [nY, 1] });
        expectAllClose(what, actual, reference(nX, nH, nY), { rtol: 1e-6 });
      },
    },
    {
      id: "matches-reference",
      kind: "reference",
      points: 2,
      description: "draws 0.01·randn for W1 then W2 from the seed it is given; zero biases",
      async run({ call, rng }) {
        const [nX, nH, nY, seed] = [
          between(rng, 2, 5),
          between(rng, 2, 5),
          between(rng, 1, 2),
          between(rng, 0, 1000),
        ];
        const expected = reference(nX, nH, nY, seed);
        const actual = await call(nX, nH, nY, seed);
        for (const key of ["W1", "b1", "W2", "b2"])
          expectClose(
            `initializeParameters(${nX}, ${nH}, ${nY}, ${seed}).${key}`,
            actual?.[key],
            expected[key]!,
            { rtol: 1e-6 },
          );
      },
    },
  ]);
}
