import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { expectClose, expectKeys, expectShape, formatShape, unravelIndex } from "./compare.ts";

describe("expectClose", () => {
  it("accepts values within atol + rtol·|expected|", () => {
    expect(() => expectClose("f: x", tf.tensor2d([[1, 2]]), [[1.00001, 2]])).not.toThrow();
    expect(() => expectClose("f: c", 0.3, 0.30000001)).not.toThrow();
  });

  it("names the kind of value first", () => {
    expect(() => expectClose("propagate: grads.dw", 3, [[1], [2]])).toThrow(
      "propagate: grads.dw should be a tf.Tensor of shape (2, 1), got number 3",
    );
    expect(() => expectClose("computeCost: cost", tf.scalar(1), 1)).toThrow(
      "computeCost: cost should be a number, got a tf.Tensor of shape () float32",
    );
  });

  it("then the shape", () => {
    expect(() => expectClose("f: W", tf.zeros([1, 2]), [[0], [0]])).toThrow(
      "f: W has shape (1, 2), expected (2, 1)",
    );
  });

  it("then the dtype", () => {
    expect(() => expectClose("f: y", tf.tensor1d([1, 0], "int32"), [1, 0])).toThrow(
      "f: y has dtype int32, expected float32",
    );
  });

  it("then the worst element, with its index, expected and actual values", () => {
    expect(() =>
      expectClose(
        "f: A",
        tf.tensor2d([
          [1, 2],
          [3, 9],
        ]),
        [
          [1, 2.5],
          [3, 4],
        ],
      ),
    ).toThrow(/^f: A is wrong at \[1, 1\]: expected 4, got 9 \(2 of 4 elements off/);
  });

  it("treats NaN as wrong unless NaN is expected", () => {
    expect(() => expectClose("f: v", tf.tensor1d([Number.NaN]), [1])).toThrow(
      /expected 1, got NaN/,
    );
    expect(() => expectClose("f: v", tf.tensor1d([Number.NaN]), [Number.NaN])).not.toThrow();
  });
});

describe("expectShape and expectKeys", () => {
  it("report what is missing", () => {
    expect(() => expectShape("f: Z", tf.zeros([2, 3]), [3, 2])).toThrow(
      "f: Z has shape (2, 3), expected (3, 2)",
    );
    expect(() => expectKeys("f: grads", { dW1: 1, dB1: 2 }, ["dW1", "db1"])).toThrow(
      "f: grads has the wrong keys: missing db1; unexpected dB1",
    );
  });
});

describe("formatting", () => {
  it("prints shapes as the notebooks do and unravels C-order indices", () => {
    expect(formatShape([])).toBe("()");
    expect(formatShape([3])).toBe("(3,)");
    expect(formatShape([2, 1])).toBe("(2, 1)");
    expect(unravelIndex(5, [2, 3])).toEqual([1, 2]);
  });
});
