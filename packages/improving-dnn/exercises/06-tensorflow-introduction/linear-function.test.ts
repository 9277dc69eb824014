import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { linearFunction } from "./linear-function.ts";

describe("linearFunction", () => {
  it("matches the notebook: W·X + b of the seed-1 draws", () => {
    const Y = linearFunction();
    expectClose("linearFunction()", Y, [[-2.15657382], [2.95891446], [-1.08926781], [-0.84538042]]);
  });

  it("returns a new float32 [4, 1] tensor on every call and keeps no intermediate tensor", () => {
    const before = tf.memory().numTensors;
    const Y = linearFunction();
    expect(Y.shape).toEqual([4, 1]);
    expect(Y.dtype).toBe("float32");
    expect(tf.memory().numTensors).toBe(before + 1);
    expectClose("a second linearFunction()", linearFunction(), Y, { atol: 0, rtol: 0 });
  });
});
