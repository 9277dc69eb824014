import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { poolForward } from "./pool-forward.ts";

describe("poolForward", () => {
  const [APrev] = randnSequence(1, [[2, 5, 5, 3]]) as [tf.Tensor4D];

  it("matches the notebook: A_prev (2, 5, 5, 3) with seed 1, f 3, stride 1", () => {
    const max = poolForward(APrev, { stride: 1, f: 3 }).A;
    expect(max.shape).toEqual([2, 3, 3, 3]);
    expectClose(
      "poolForward(A_prev, { f: 3, stride: 1 }).A[1, 1]",
      max.slice([1, 1], [1, 1]).reshape([3, 3]),
      [
        [1.96710175, 0.84616065, 1.27375593],
        [1.96710175, 0.84616065, 1.23616403],
        [1.62765075, 1.12141771, 1.2245077],
      ],
    );
    const average = poolForward(APrev, { stride: 1, f: 3 }, "average").A;
    expectClose(
      "poolForward(A_prev, { f: 3, stride: 1 }, 'average').A[1, 1]",
      average.slice([1, 1], [1, 1]).reshape([3, 3]),
      [
        [0.44497696, -0.00261695, -0.31040307],
        [0.50811474, -0.23493734, -0.23961183],
        [0.11872677, 0.17255229, -0.22112197],
      ],
    );
  });

  it("matches the notebook: stride 2 gives (2, 2, 2, 3)", () => {
    const { A, cache } = poolForward(APrev, { stride: 2, f: 3 });
    expect(A.shape).toEqual([2, 2, 2, 3]);
    expectClose(
      "poolForward(A_prev, { f: 3, stride: 2 }).A[1, 1]",
      A.slice([1, 1], [1, 1]).reshape([2, 3]),
      [
        [1.96710175, 0.86888616, 1.27375593],
        [1.62765075, 1.12141771, 0.79280687],
      ],
    );
    const average = poolForward(APrev, { stride: 2, f: 3 }, "average").A;
    expectClose(
      "poolForward(A_prev, { f: 3, stride: 2 }, 'average').A[1, 1]",
      average.slice([1, 1], [1, 1]).reshape([2, 3]),
      [
        [0.42944926, 0.08446996, -0.27290905],
        [0.15077452, 0.28911175, 0.00123239],
      ],
    );
    expect(cache.hparameters).toEqual({ stride: 2, f: 3 });
  });

  test.prop([
    fc.record({
      m: fc.integer({ min: 1, max: 2 }),
      h: fc.integer({ min: 1, max: 7 }),
      w: fc.integer({ min: 1, max: 7 }),
      c: fc.integer({ min: 1, max: 3 }),
      f: fc.integer({ min: 1, max: 3 }),
      stride: fc.integer({ min: 1, max: 3 }),
      seed: fc.nat(100),
    }),
  ])("equals tf.maxPool and tf.avgPool with 'valid' windows", ({ m, h, w, c, f, stride, seed }) => {
    fc.pre(h >= f && w >= f);
    const [x] = randnSequence(seed, [[m, h, w, c]]) as [tf.Tensor4D];
    const hp = { f, stride };
    expectClose(
      "poolForward(x, { f, stride }, 'max').A",
      poolForward(x, hp, "max").A,
      tf.maxPool(x, f, stride, "valid"),
    );
    expectClose(
      "poolForward(x, { f, stride }, 'average').A",
      poolForward(x, hp, "average").A,
      tf.avgPool(x, f, stride, "valid"),
    );
  });
});
