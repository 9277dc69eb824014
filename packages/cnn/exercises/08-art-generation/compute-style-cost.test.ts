import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import type * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import { computeLayerStyleCost } from "./compute-layer-style-cost.ts";
import { computeStyleCost } from "./compute-style-cost.ts";

describe("computeStyleCost", () => {
  test.prop([
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
    fc.nat(200),
  ])(
    "is Σ weight_l · computeLayerStyleCost over the style layers, leaving out the last output (the content layer's)",
    (weights, seed) => {
      const shapes = weights.map((_, i) => [1, 2 + i, 3, 2 + (i % 2)]);
      const aS = randnSequence(seed, [...shapes, [1, 2, 2, 1]]);
      const aG = randnSequence(seed + 1, [...shapes, [1, 2, 2, 1]]);
      const layers = weights.map((w, i): [string, number] => [`conv${i + 1}`, w]);
      const got = computeStyleCost(aS, aG, layers).arraySync() as number;
      const expected = weights.reduce(
        (J, w, i) =>
          J +
          w *
            (computeLayerStyleCost(
              aS[i] as tf.Tensor4D,
              aG[i] as tf.Tensor4D,
            ).arraySync() as number),
        0,
      );
      expectClose("computeStyleCost(a_S, a_G, layers)", got, expected);
    },
  );

  it("uses STYLE_LAYERS by default: five layers at 0.2", () => {
    const shapes = [0, 1, 2, 3, 4].map(() => [1, 2, 2, 2]);
    const aS = randnSequence(3, [...shapes, [1, 2, 2, 2]]);
    const aG = randnSequence(4, [...shapes, [1, 2, 2, 2]]);
    const got = computeStyleCost(aS, aG).arraySync() as number;
    const expected = aS
      .slice(0, 5)
      .reduce(
        (J, a, i) =>
          J +
          0.2 *
            (computeLayerStyleCost(a as tf.Tensor4D, aG[i] as tf.Tensor4D).arraySync() as number),
        0,
      );
    expectClose("computeStyleCost(a_S, a_G)", got, expected);
  });
});
