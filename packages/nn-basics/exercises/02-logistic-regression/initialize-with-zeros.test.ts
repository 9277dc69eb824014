import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { initializeWithZeros } from "./initialize-with-zeros.ts";

describe("initializeWithZeros", () => {
  it("matches the notebook: dim = 2 gives w = [[0], [0]] and b = 0", () => {
    const { w, b } = initializeWithZeros(2);
    expectClose("initializeWithZeros(2).w", w, [[0], [0]]);
    expect(b).toBe(0);
  });

  it("matches the notebook's public tests: dim = 3 and dim = 4", () => {
    for (const dim of [3, 4]) {
      const { w, b } = initializeWithZeros(dim);
      expect(typeof b).toBe("number");
      expect(b).toBe(0);
      expectClose(
        `initializeWithZeros(${dim}).w`,
        w,
        Array.from({ length: dim }, () => [0]),
      );
    }
  });

  test.prop([fc.integer({ min: 1, max: 300 })])(
    "gives a float32 zero column [dim, 1] and the number 0",
    (dim) => {
      const { w, b } = initializeWithZeros(dim);
      expect(w.shape).toEqual([dim, 1]);
      expect(w.dtype).toBe("float32");
      expect(w.abs().max().dataSync()[0]).toBe(0);
      expect(typeof b).toBe("number");
      expect(b).toBe(0);
    },
  );
});
