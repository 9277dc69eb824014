import { expectClose, float32, tensorData, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { predict } from "./predict.ts";

describe("predict", () => {
  it("matches the notebook: [[1, 1, 0]]", () => {
    const w = tf.tensor2d([[0.1124579], [0.23106775]]);
    const X = tf.tensor2d([
      [1, -1.1, -3.2],
      [1.2, 2, 0.1],
    ]);
    expectClose("predict(w, -0.3, X)", predict(w, -0.3, X), [[1, 1, 0]]);
  });

  it("matches the notebook's public test: [[1, 0, 1]] (b matters here)", () => {
    const w = tf.tensor2d([[0.3], [0.5], [-0.2]]);
    const X = tf.tensor2d([
      [1, -0.3, 1.5],
      [2, 0, 1],
      [0, -1.5, 2],
    ]);
    expectClose("predict(w, -0.33333, X)", predict(w, -0.33333, X), [[1, 0, 1]]);
  });

  const problem = fc
    .record({ n: fc.integer({ min: 1, max: 6 }), m: fc.integer({ min: 1, max: 20 }) })
    .chain(({ n, m }) =>
      fc.record({
        w: tensorData([n, 1], { min: -2, max: 2 }),
        b: float32({ min: -2, max: 2 }),
        X: tensorData([n, m], { min: -3, max: 3 }),
      }),
    );

  test.prop([problem])(
    "gives float32 0/1 labels [1, m] that agree with the sign of wᵀx + b",
    ({ w: wData, b, X: XData }) => {
      const w = toTensor(wData);
      const X = toTensor(XData);
      const m = XData.shape[1]!;
      const Yhat = predict(w, b, X);
      expect(Yhat.shape).toEqual([1, m]);
      expect(Yhat.dtype).toBe("float32");
      const z = tf.matMul(w, X, true, false).add(b).dataSync();
      const labels = Yhat.dataSync();
      for (let i = 0; i < m; i++) {
        expect([0, 1]).toContain(labels[i]);
        if (Math.abs(z[i]!) > 1e-4) expect(labels[i]).toBe(z[i]! > 0 ? 1 : 0);
      }
    },
  );
});
