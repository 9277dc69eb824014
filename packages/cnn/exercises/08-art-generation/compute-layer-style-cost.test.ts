import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import type * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import { computeLayerStyleCost } from "./compute-layer-style-cost.ts";

describe("computeLayerStyleCost", () => {
  it("on a_S, a_G = randn(1, 4, 4, 3) with seed 1", () => {
    const [aS, aG] = randnSequence(1, [
      [1, 4, 4, 3],
      [1, 4, 4, 3],
    ]) as tf.Tensor4D[];
    expectClose(
      "computeLayerStyleCost(a_S, a_G)",
      computeLayerStyleCost(aS!, aG!).arraySync() as number,
      0.0539178791,
    );
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 2, max: 5 }),
    fc.integer({ min: 2, max: 4 }),
    fc.nat(200),
  ])(
    "ignores where a feature fires: moving the positions around (the same shuffle for every channel) costs 0",
    (h, w, c, seed) => {
      const [aS] = randnSequence(seed, [[1, h, w, c]]) as tf.Tensor4D[];
      // reverse the positions: row-major order of (h, w), keeping each position's channels together
      const moved = aS!
        .reshape([h * w, c])
        .reverse(0)
        .reshape([1, h, w, c]) as tf.Tensor4D;
      expectClose(
        "computeLayerStyleCost(a_S, a_S with its positions reversed)",
        computeLayerStyleCost(aS!, moved).arraySync() as number,
        0,
        { atol: 1e-5 },
      );
    },
  );
});
