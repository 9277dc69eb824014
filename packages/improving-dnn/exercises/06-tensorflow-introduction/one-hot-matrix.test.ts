import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { oneHotMatrix } from "./one-hot-matrix.ts";

describe("oneHotMatrix", () => {
  it("matches the notebook: label tf.constant(1) with C = 4 gives [0, 1, 0, 0]", () => {
    const result = oneHotMatrix(tf.scalar(1, "int32"), 4);
    expectClose("oneHotMatrix(tf.scalar(1), 4)", result, [0, 1, 0, 0]);
  });

  it("matches the notebook: label [2] with C = 5 gives the vector [0, 0, 1, 0, 0], not a [1, 5] matrix", () => {
    expectClose("oneHotMatrix([2], 5)", oneHotMatrix([2], 5), [0, 0, 1, 0, 0]);
  });

  it("uses C = 6 by default, the six SIGNS classes", () => {
    expectClose("oneHotMatrix(5)", oneHotMatrix(5), [0, 0, 0, 0, 0, 1]);
  });

  test.prop([
    fc.integer({ min: 2, max: 10 }).chain((C) => fc.tuple(fc.constant(C), fc.nat(C - 1))),
    fc.constantFrom("number", "array", "scalar", "vector"),
  ])(
    "puts a single float32 1 at the label's index, whatever form the label takes",
    ([C, k], form) => {
      const label =
        form === "number"
          ? k
          : form === "array"
            ? [k]
            : form === "scalar"
              ? tf.scalar(k, "int32")
              : tf.tensor1d([k], "int32");
      const expected = Array.from({ length: C }, (_, i) => (i === k ? 1 : 0));
      const result = oneHotMatrix(label, C);
      expect(result.shape).toEqual([C]);
      expectClose(`oneHotMatrix(${form} ${k}, ${C})`, result, expected, { atol: 0 });
    },
  );
});
