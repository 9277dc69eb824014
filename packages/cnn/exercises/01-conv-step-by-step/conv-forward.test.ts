import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { convForward } from "./conv-forward.ts";

describe("convForward", () => {
  it("matches the notebook: A_prev (2, 5, 7, 4), W (3, 3, 4, 8), b (1, 1, 1, 8), pad 1, stride 2", () => {
    const [APrev, W, b] = randnSequence(1, [
      [2, 5, 7, 4],
      [3, 3, 4, 8],
      [1, 1, 1, 8],
    ]) as tf.Tensor4D[];
    const hparameters = { pad: 1, stride: 2 };
    const { Z, cache } = convForward(APrev!, W!, b!, hparameters);
    expect(Z.shape).toEqual([2, 3, 4, 8]);
    expectClose("mean of Z", Z.mean().arraySync() as number, 0.5511276474566768);
    expectClose(
      "Z[0, 2, 1]",
      Z.slice([0, 2, 1], [1, 1, 1]).reshape([8]),
      [
        -2.17796037, 8.07171329, -0.5772704, 3.36286738, 4.48113645, -2.89198428, 10.99288867,
        3.03171932,
      ],
    );
    expectClose(
      "Z[1, 1, 1]",
      Z.slice([1, 1, 1], [1, 1, 1]).reshape([8]),
      [
        -7.73457048, 0.287562, 7.97481218, 3.32415996, -4.07121488, 2.69182963, 4.1356109,
        -5.16178423,
      ],
    );
    expect(cache.hparameters).toEqual(hparameters);
    expectClose("cache.APrev", cache.APrev, APrev!, { atol: 0, rtol: 0 });
  });

  test.prop([
    fc.record({
      m: fc.integer({ min: 1, max: 2 }),
      h: fc.integer({ min: 2, max: 6 }),
      w: fc.integer({ min: 2, max: 6 }),
      cPrev: fc.integer({ min: 1, max: 3 }),
      c: fc.integer({ min: 1, max: 3 }),
      f: fc.integer({ min: 1, max: 3 }),
      stride: fc.integer({ min: 1, max: 3 }),
      pad: fc.integer({ min: 0, max: 2 }),
      seed: fc.nat(100),
    }),
  ])(
    "equals tf.conv2d with the same padding and stride, plus b",
    ({ m, h, w, cPrev, c, f, stride, pad, seed }) => {
      fc.pre(h + 2 * pad >= f && w + 2 * pad >= f);
      const [APrev, W, b] = randnSequence(seed, [
        [m, h, w, cPrev],
        [f, f, cPrev, c],
        [1, 1, 1, c],
      ]) as tf.Tensor4D[];
      const expected = tf
        .conv2d(APrev!, W!, stride, [
          [0, 0],
          [pad, pad],
          [pad, pad],
          [0, 0],
        ])
        .add(b!);
      expectClose(
        "convForward(APrev, W, b, { stride, pad }).Z",
        convForward(APrev!, W!, b!, { stride, pad }).Z,
        expected,
      );
    },
  );
});
