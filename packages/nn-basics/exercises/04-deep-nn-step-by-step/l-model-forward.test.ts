import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { lModelForward } from "./l-model-forward.ts";

describe("lModelForward", () => {
  it("matches the notebook: two hidden layers, AL = [[0.03921668, 0.70498921, 0.19734387, 0.04728177]]", () => {
    const [X, W1, b1, W2, b2, W3, b3] = randnSequence(6, [
      [5, 4],
      [4, 5],
      [4, 1],
      [3, 4],
      [3, 1],
      [1, 3],
      [1, 1],
    ]);
    const { AL, caches } = lModelForward(X!, {
      W1: W1!,
      b1: b1!,
      W2: W2!,
      b2: b2!,
      W3: W3!,
      b3: b3!,
    });
    expectClose("AL", AL, [[0.039216679, 0.704989208, 0.197343872, 0.047281772]]);
    expect(caches).toHaveLength(3);
  });

  test.prop([
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1, max: 6 }),
    fc.nat(100),
  ])("keeps one cache per layer, in order, and ends in a sigmoid", (hidden, m, seed) => {
    const dims = [3, ...hidden, 1];
    const shapes = dims.slice(1).flatMap((n, i) => [
      [n, dims[i]!],
      [n, 1],
    ]);
    const [X, ...ps] = randnSequence(seed, [[3, m], ...shapes]);
    const parameters = Object.fromEntries(
      ps.map((t, i) => [`${i % 2 ? "b" : "W"}${Math.floor(i / 2) + 1}`, t]),
    );
    const { AL, caches } = lModelForward(X!, parameters);
    expect(AL.shape).toEqual([1, m]);
    expect(caches).toHaveLength(dims.length - 1);
    caches.forEach((c, l) => {
      expect(c.linearCache.W).toBe(parameters[`W${l + 1}`]);
    });
    expectClose("AL", AL, tf.sigmoid(caches.at(-1)!.activationCache));
  });
});
