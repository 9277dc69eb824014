/**
 * What the hidden checks of the three initializations share: layer sizes drawn from the
 * check's generator, the shape contract, the "one generator, layers in order" stream
 * check, the per-layer scale check, zero biases, and small circles for training checks.
 */

import { between, type Check, expectTensors } from "@dlc/grader/checks";
import { CheckError, expectClose, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { makeCircles } from "../../src/circles-data.ts";
import type { Parameters } from "../../src/types.ts";

/** `count` layer sizes in [lo, hi], each different from the one before (so a transposed W shows). */
export function layerDims(rng: RandomState, count: number, lo: number, hi: number): number[] {
  const dims: number[] = [];
  while (dims.length < count) {
    const n = between(rng, lo, hi);
    if (n !== dims.at(-1)) dims.push(n);
  }
  return dims;
}

/** { W1: [n1, n0], b1: [n1, 1], …, WL, bL } */
export function parameterShapes(dims: number[]): Record<string, number[]> {
  const shapes: Record<string, number[]> = {};
  for (let l = 1; l < dims.length; l++) {
    shapes[`W${l}`] = [dims[l]!, dims[l - 1]!];
    shapes[`b${l}`] = [dims[l]!, 1];
  }
  return shapes;
}

/** A seed for the student's function, never the default 3 (so an ignored seed shows). */
export function drawSeed(rng: RandomState): number {
  const seed = between(rng, 0, 9999);
  return seed === 3 ? 4 : seed;
}

/** Asserts exactly the keys W1 … WL, b1 … bL, each float32 of its shape. */
export function expectParameters(
  what: string,
  actual: unknown,
  dims: number[],
): asserts actual is Parameters {
  const shapes = parameterShapes(dims);
  expectTensors(what, actual, shapes);
  const extra = Object.keys(actual).filter((k) => !(k in shapes));
  if (extra.length)
    throw new CheckError(
      `${what} has extra keys ${extra.join(", ")}: a network of sizes [${dims}] has ${dims.length - 1} layers, W1 … W${dims.length - 1} and b1 … b${dims.length - 1}`,
    );
}

/**
 * The contract check: keys and shapes for 2 to 5 layers of varied sizes, and the values the
 * reference gives for them (shapes alone are met by any constant).
 */
export function shapesCheck(
  name: string,
  withSeed: boolean,
  reference: (dims: number[], seed?: number) => Parameters,
): Check {
  return {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns W1 … WL [n_l, n_{l−1}] and b1 … bL [n_l, 1] for any layer sizes",
    async run({ call, rng }) {
      for (let trial = 0; trial < 2; trial++) {
        const dims = layerDims(rng, between(rng, 3, 6), 1, 7);
        const args: [number[], number?] = withSeed ? [dims, drawSeed(rng)] : [dims];
        const actual = await call(...args);
        expectParameters(`${name}([${dims}])`, actual, dims);
        for (const [key, value] of Object.entries(reference(...args)))
          expectClose(`${name}([${dims}]).${key}`, actual[key], value, { rtol: 1e-5, atol: 1e-7 });
      }
    },
  };
}

/** The exact reference on varied sizes and seeds. */
export function referenceCheck(
  name: string,
  reference: (dims: number[], seed?: number) => Parameters,
  description: string,
): Check {
  return {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description,
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 2; trial++) {
        const dims = layerDims(rng, between(rng, 3, 5), 2, 6);
        const seed = drawSeed(rng);
        input("layersDims", dims);
        input("seed", seed);
        const actual = await call(dims, seed);
        const what = `${name}([${dims}], ${seed})`;
        expectParameters(what, actual, dims);
        const expected = reference(dims, seed);
        for (const [key, value] of Object.entries(expected))
          expectClose(`${what}.${key}`, actual[key], value, { rtol: 1e-5, atol: 1e-7 });
      }
    },
  };
}

/** ‖w − c·z‖ / ‖w‖ for the best c: 0 when w is a multiple of z. */
function misfit(w: Float32Array | Float64Array, z: ArrayLike<number>): number {
  let wz = 0;
  let zz = 0;
  let ww = 0;
  for (let i = 0; i < w.length; i++) {
    wz += w[i]! * z[i]!;
    zz += z[i]! * z[i]!;
    ww += w[i]! * w[i]!;
  }
  if (ww === 0) return 1;
  const c = wz / zz;
  let rr = 0;
  for (let i = 0; i < w.length; i++) rr += (w[i]! - c * z[i]!) ** 2;
  return Math.sqrt(rr / ww);
}

/** z of shape [rows, cols] (C order) transposed, flattened in C order. */
function transposed(z: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(z.length);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) out[j * rows + i] = z[i * cols + j]!;
  return out;
}

/**
 * The "one RandomState(seed), layers drawn in order" check, blind to the scale: each Wl
 * must be a multiple of the next n_l·n_{l−1} normals of the stream. When it is not, the
 * message says which usual mistake it looks like.
 */
export function streamCheck(name: string): Check {
  return {
    id: "one-stream",
    kind: "property",
    points: 1,
    description:
      "W1, W2, … are drawn in order from one RandomState(seed), each a multiple of randn(n_l, n_{l−1})",
    async run({ call, rng, input }) {
      const dims = layerDims(rng, between(rng, 4, 5), 2, 6);
      const seed = drawSeed(rng);
      input("layersDims", dims);
      input("seed", seed);
      const what = `${name}([${dims}], ${seed})`;
      const actual = await call(dims, seed);
      expectParameters(what, actual, dims);
      const stream = new RandomState(seed);
      for (let l = 1; l < dims.length; l++) {
        const [rows, cols] = [dims[l]!, dims[l - 1]!];
        const z = stream.randn(rows, cols);
        const w = actual[`W${l}`]!.dataSync() as Float32Array;
        if (misfit(w, z) < 1e-4) continue;
        const at = `${what}.W${l}`;
        if (w.every((v) => v === 0)) throw new CheckError(`${at} is all zeros: draw it with randn`);
        if (misfit(w, new RandomState(seed).randn(rows, cols)) < 1e-4)
          throw new CheckError(
            `${at} repeats the first numbers of RandomState(${seed}): you start a new generator for every layer. Create one RandomState(seed) before the loop and draw every layer from it, in order.`,
          );
        if (misfit(w, transposed(z, cols, rows)) < 1e-4)
          throw new CheckError(
            `${at} holds the right numbers in the wrong places: it was drawn as [${cols}, ${rows}] and transposed. Draw randn(n_l, n_{l−1}) = (${rows}, ${cols}) directly, row by row as numpy does.`,
          );
        const other = new RandomState(3);
        for (let k = 1; k < l; k++) other.randn(dims[k]!, dims[k - 1]!);
        if (misfit(w, other.randn(rows, cols)) < 1e-4)
          throw new CheckError(
            `${at} comes from RandomState(3), not from the seed ${seed} it was given: use the seed argument.`,
          );
        throw new CheckError(
          `${at} is not a multiple of the ${rows}·${cols} standard normals that ${l === 1 ? "start" : `follow ${l === 2 ? "W1" : `W1 … W${l - 1}`} in`} RandomState(${seed}). ` +
            (l > 1
              ? "Draw nothing between the layers (the biases are zeros, not random) and "
              : "Use randn (standard normals, not uniforms) and ") +
            `draw each Wl with one randn of shape [n_l, n_{l−1}].`,
        );
      }
    },
  };
}

/**
 * The scale check, blind to the stream: on a wide network the entries of each Wl have
 * mean ≈ 0 and standard deviation ≈ `std(n_{l−1})` (within 10 %: thousands of entries).
 */
export function scaleCheck(
  name: string,
  std: (nPrev: number) => number,
  formula: string,
  description: string,
): Check {
  return {
    id: "scale",
    kind: "property",
    points: 1,
    description,
    async run({ call, rng, input }) {
      const dims = [between(rng, 150, 300), between(rng, 40, 80), between(rng, 40, 80)];
      const seed = drawSeed(rng);
      input("layersDims", dims);
      const what = `${name}([${dims}], ${seed})`;
      const actual = await call(dims, seed);
      expectParameters(what, actual, dims);
      for (let l = 1; l < dims.length; l++) {
        const { mean, variance } = tf.moments(actual[`W${l}`]!);
        const m = mean.dataSync()[0]!;
        const s = Math.sqrt(variance.dataSync()[0]!);
        const expected = std(dims[l - 1]!);
        if (!(Math.abs(s / expected - 1) < 0.1) || !(Math.abs(m) < 0.2 * expected))
          throw new CheckError(
            `${what}.W${l} (${dims[l]}×${dims[l - 1]}) has entries of mean ${m.toPrecision(3)} and standard deviation ${s.toPrecision(4)}; ` +
              `expected mean ≈ 0 and standard deviation ${formula} = ${expected.toPrecision(4)} (n_{l−1} = ${dims[l - 1]}, the size of the layer before)`,
          );
      }
    },
  };
}

/** Every bl is zeros [n_l, 1]. */
export function zeroBiasesCheck(
  name: string,
  reference: (dims: number[], seed?: number) => Parameters,
): Check {
  return {
    id: "zero-biases",
    kind: "reference",
    points: 1,
    description: "every bias b1 … bL is zeros [n_l, 1]: only the weights are random",
    async run({ call, rng }) {
      const dims = layerDims(rng, between(rng, 3, 5), 1, 6);
      const seed = drawSeed(rng);
      const what = `${name}([${dims}], ${seed})`;
      const actual = await call(dims, seed);
      expectParameters(what, actual, dims);
      for (let l = 1; l < dims.length; l++)
        expectClose(`${what}.b${l}`, actual[`b${l}`], tf.zeros([dims[l]!, 1]), {
          rtol: 0,
          atol: 0,
        });
      // zero biases beside the right weights (all-zero parameters also have zero biases)
      const expected = reference(dims, seed);
      for (let l = 1; l < dims.length; l++)
        expectClose(`${what}.W${l}`, actual[`W${l}`], expected[`W${l}`]!, {
          rtol: 1e-5,
          atol: 1e-7,
        });
    },
  };
}

/** Small balanced circles (m even) for training checks, drawn from the check's generator. */
export function smallCircles(rng: RandomState, m: number) {
  return makeCircles(m, 0.05, new RandomState(between(rng, 0, 99999)));
}
