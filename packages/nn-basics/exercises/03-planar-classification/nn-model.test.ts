import { expectClose, randnSequence } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { nnModel } from "./nn-model.ts";

const [X, y] = randnSequence(1, [
  [2, 3],
  [1, 3],
]);
const Y = y!.greater(0).cast("float32");

describe("nnModel", () => {
  it("matches numpy: 100 iterations on three points, seed 3", () => {
    const p = nnModel(X!, Y, 4, 100, false, 3);
    expectClose(
      "W1",
      p.W1!,
      [
        [0.3165251527, -0.585242392],
        [0.5731980168, -1.0806196826],
        [-0.5585672499, 1.0429497663],
        [0.5920892522, -1.1104615031],
      ],
      { rtol: 1e-3, atol: 1e-4 },
    );
    expectClose("b1", p.b1!, [[-0.0997176586], [-0.2523996591], [0.2391458063], [-0.2607524718]], {
      rtol: 1e-3,
      atol: 1e-4,
    });
    expectClose("W2", p.W2!, [[0.7731824391, 1.9140748945, -1.8046428468, 2.012840959]], {
      rtol: 1e-3,
      atol: 1e-4,
    });
    expectClose("b2", p.b2!, [[0.2631325999]], { rtol: 1e-3, atol: 1e-4 });
  });

  it("keeps memory flat: no tensors leak across iterations", () => {
    nnModel(X!, Y, 3, 5);
    const before = tf.memory().numTensors;
    const p = nnModel(X!, Y, 3, 50);
    expect(tf.memory().numTensors - before).toBe(Object.keys(p).length);
  });
});
