import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { linearActivationForward } from "./linear-activation-forward.ts";

describe("linearActivationForward", () => {
  const [APrev, W, b] = randnSequence(2, [
    [3, 2],
    [1, 3],
    [1, 1],
  ]);

  it("matches the notebook with sigmoid: A = [[0.96890023, 0.11013289]]", () => {
    expectClose("A (sigmoid)", linearActivationForward(APrev!, W!, b!, "sigmoid").A, [
      [0.968900233, 0.110132895],
    ]);
  });

  it("matches the notebook with relu: A = [[3.43896131, 0]]", () => {
    const { A, cache } = linearActivationForward(APrev!, W!, b!, "relu");
    expectClose("A (relu)", A, [[3.438961313, 0]]);
    expectClose("cache.activationCache (Z)", cache.activationCache, [[3.438961313, -2.08938436]], {
      atol: 1e-4,
    });
    expect(cache.linearCache.A).toBe(APrev);
  });

  test.prop([
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 6 }),
    fc.nat(100),
    fc.constantFrom("sigmoid" as const, "relu" as const),
  ])("applies the activation to the cached Z", (nPrev, n, m, seed, activation) => {
    const [A0, W0, b0] = randnSequence(seed, [
      [nPrev, m],
      [n, nPrev],
      [n, 1],
    ]);
    const { A, cache } = linearActivationForward(A0!, W0!, b0!, activation);
    expect(A.shape).toEqual([n, m]);
    expectClose("cache.activationCache", cache.activationCache, tf.matMul(W0!, A0!).add(b0!));
    expectClose(
      "A",
      A,
      activation === "sigmoid" ? tf.sigmoid(cache.activationCache) : tf.relu(cache.activationCache),
    );
  });
});
