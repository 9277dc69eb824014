import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { zeroPad } from "./zero-pad.ts";

describe("zeroPad", () => {
  it("matches the notebook: x = randn(4, 3, 3, 2) with seed 1, pad 3", () => {
    const [x] = randnSequence(1, [[4, 3, 3, 2]]) as [tf.Tensor4D];
    const xPad = zeroPad(x, 3);
    expect(xPad.shape).toEqual([4, 9, 9, 2]);
    expectClose(
      "zeroPad(x, 3)[1, 1]",
      xPad.slice([1, 1], [1, 1]).reshape([9, 2]),
      tf.zeros([9, 2]),
    );
    expectClose(
      "zeroPad(x, 3)[1, 4] (x[1, 1] inside the padding)",
      xPad.slice([1, 4, 3], [1, 1, 3]).reshape([3, 2]),
      [
        [0.9008559492644118, -0.6837278591743331],
        [-0.12289022551864817, -0.9357694342590688],
        [-0.2678880796260159, 0.530355466738186],
      ],
    );
  });

  test.prop([
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 0, max: 3 }),
    fc.nat(100),
  ])(
    "keeps each image in the middle and zeros around its height and width only",
    (m, h, w, c, pad, seed) => {
      const [x] = randnSequence(seed, [[m, h, w, c]]) as [tf.Tensor4D];
      const padded = zeroPad(x, pad);
      expect(padded.shape).toEqual([m, h + 2 * pad, w + 2 * pad, c]);
      expectClose(
        "zeroPad(x, pad) without its border",
        padded.slice([0, pad, pad, 0], [m, h, w, c]),
        x,
      );
      expectClose(
        "the sum of |zeroPad(x, pad)| (the border adds nothing)",
        padded.abs().sum(),
        x.abs().sum(),
      );
    },
  );
});
