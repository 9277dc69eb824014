import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { afterEach, describe, expect, it } from "vitest";
import { initializeParameters } from "./initialize-parameters.ts";

const NAMES = ["W1", "b1", "W2", "b2", "W3", "b3"];
let made: tf.Variable[] = [];
/** initializeParameters, remembering the variables so each test disposes them. */
function init(...args: Parameters<typeof initializeParameters>) {
  const parameters = initializeParameters(...args);
  made.push(...Object.values(parameters));
  return parameters;
}
afterEach(() => {
  tf.dispose(made);
  made = [];
});

/** Shapes of W1, b1, …, b3 for layer sizes [n_x, n_1, n_2, n_y]. */
function shapes([n0, n1, n2, n3]: number[]) {
  return {
    W1: [n1, n0],
    b1: [n1, 1],
    W2: [n2, n1],
    b2: [n2, 1],
    W3: [n3, n2],
    b3: [n3, 1],
  };
}

describe("initializeParameters", () => {
  it("matches the notebook: six trainable float32 tf.Variables W1 (25, 12288) … b3 (6, 1)", () => {
    const parameters = init();
    expect(Object.keys(parameters).sort()).toEqual([...NAMES].sort());
    for (const [name, shape] of Object.entries(shapes([12288, 25, 12, 6]))) {
      const v = parameters[name]!;
      expect(v, name).toBeInstanceOf(tf.Variable);
      expect(v.trainable, `${name}.trainable`).toBe(true);
      expect(v.dtype, `${name}.dtype`).toBe("float32");
      expect(v.shape, `${name}.shape`).toEqual(shape);
    }
  });

  it("draws W1 from a Glorot normal truncated at 2σ, σ = sqrt(2 / (12288 + 25))", () => {
    const W1 = init().W1!;
    const sigma = Math.sqrt(2 / (12288 + 25));
    const values = Array.from(W1.dataSync());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    const max = values.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
    expect(Math.abs(mean)).toBeLessThan(0.01 * sigma);
    // a normal cut at ±2σ keeps 0.88σ of spread; a uniform of the same σ would keep σ and stop at 1.73σ
    expect(std / sigma).toBeGreaterThan(0.86);
    expect(std / sigma).toBeLessThan(0.9);
    expect(max / sigma).toBeGreaterThan(1.99);
    expect(max / sigma).toBeLessThanOrEqual(2 + 1e-5);
  });

  it("gives each tensor its own numbers, and the same ones again for the same seed", () => {
    // W2 and W3 have the same shape here, as have b2 and b3
    const first = init([10, 8, 8, 8], 7);
    const again = init([10, 8, 8, 8], 7);
    const other = init([10, 8, 8, 8], 8);
    expect(first.W2!.arraySync()).not.toEqual(first.W3!.arraySync());
    expect(first.b2!.arraySync()).not.toEqual(first.b3!.arraySync());
    for (const name of NAMES) {
      expect(again[name]!.arraySync(), name).toEqual(first[name]!.arraySync());
      expect(other[name]!.arraySync(), name).not.toEqual(first[name]!.arraySync());
    }
  });

  test.prop([
    fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 4, maxLength: 4 }),
    fc.nat(1000),
  ])(
    "shapes W_l [n_l, n_{l−1}] and b_l [n_l, 1] for any layer sizes, every value within 2σ",
    (dims, seed) => {
      const parameters = init(dims, seed);
      const [n0, n1, n2, n3] = dims as [number, number, number, number];
      const fans = {
        W1: [n0, n1],
        b1: [1, n1],
        W2: [n1, n2],
        b2: [1, n2],
        W3: [n2, n3],
        b3: [1, n3],
      };
      for (const [name, shape] of Object.entries(shapes(dims))) {
        const v = parameters[name]!;
        expect(v.shape, name).toEqual(shape);
        const [fanIn, fanOut] = fans[name as keyof typeof fans]!;
        const sigma = Math.sqrt(2 / (fanIn! + fanOut!));
        expect(v.abs().max().dataSync()[0]!, name).toBeLessThanOrEqual(2 * sigma + 1e-6);
      }
    },
  );
});
