import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { linearForward } from "./linear-forward.ts";

describe("linearForward", () => {
  it("matches the notebook: Z = [[3.26295337, -1.23429987]]", () => {
    const [A, W, b] = randnSequence(1, [
      [3, 2],
      [1, 3],
      [1, 1],
    ]);
    const { Z, cache } = linearForward(A!, W!, b!);
    expectClose("Z", Z, [[3.262953375, -1.234299869]]);
    expect(cache.A).toBe(A);
    expect(cache.W).toBe(W);
    expect(cache.b).toBe(b);
  });

  test.prop([
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 8 }),
    fc.nat(100),
  ])("gives Z [n_l, m] = W·A + b, column by column", (nPrev, n, m, seed) => {
    const [A, W, b] = randnSequence(seed, [
      [nPrev, m],
      [n, nPrev],
      [n, 1],
    ]);
    const { Z } = linearForward(A!, W!, b!);
    expect(Z.shape).toEqual([n, m]);
    expectClose(
      "Z[:, 0]",
      Z.slice([0, 0], [n, 1]),
      tf.matMul(W!, A!.slice([0, 0], [nPrev, 1])).add(b!),
    );
  });
});
