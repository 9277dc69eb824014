import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { randomMiniBatches } from "./random-mini-batches.ts";

describe("randomMiniBatches", () => {
  it("matches the notebook: 7 examples in batches of 2 (seed 0)", () => {
    // random_mini_batches_test: np.random.seed(1); X = randn(5, 7); Y = randn(1, 7) < 0.5
    const [X, Yn] = randnSequence(1, [
      [5, 7],
      [1, 7],
    ]);
    const Y = Yn!.less(0.5).cast("float32");
    const batches = randomMiniBatches(X!, Y, 2);
    expect(batches.map(([bx, by]) => [bx.shape, by.shape])).toEqual([
      [
        [5, 2],
        [1, 2],
      ],
      [
        [5, 2],
        [1, 2],
      ],
      [
        [5, 2],
        [1, 2],
      ],
      [
        [5, 1],
        [1, 1],
      ],
    ]);
    const expected = [
      [
        [1.74481176, -0.52817175],
        [-0.38405435, -0.24937038],
        [-1.10061918, -0.17242821],
        [-0.93576943, 0.50249434],
        [-0.67124613, -0.69166075],
      ],
      [
        [-0.61175641, -1.07296862],
        [0.3190391, 1.46210794],
        [-1.09989127, -0.87785842],
        [0.90159072, 0.90085595],
        [0.53035547, -0.39675353],
      ],
      [
        [1.62434536, -2.3015387],
        [-0.7612069, -0.3224172],
        [1.13376944, 0.58281521],
        [1.14472371, -0.12289023],
        [-0.26788808, -0.84520564],
      ],
      [[0.86540763], [-2.06014071], [0.04221375], [-0.68372786], [-0.6871727]],
    ];
    const labels = [[[1, 1]], [[1, 0]], [[1, 1]], [[0]]];
    batches.forEach(([bx, by], k) => {
      expectClose(`mini-batch ${k}: X`, bx, expected[k]!);
      expectClose(`mini-batch ${k}: Y`, by, labels[k]!);
    });
  });

  it("matches the notebook: 148 examples in batches of 64, 64 and 20", () => {
    // X = np.array([x for x in range(nx * m)]).reshape((m, nx)).T with nx = 12288, so X[i, j] = j·nx + i;
    // np.random.seed(1); Y = randn(1, m) < 0.5. Here only X's first and last rows (i = 0 and nx − 1):
    // shuffling columns moves them the same way, and the notebook checks those two rows.
    const [nx, m] = [12288, 148];
    const X = tf.tidy(() => {
      const first = tf.range(0, m).mul(nx);
      return tf.stack([first, first.add(nx - 1)]);
    });
    const Y = tf.tidy(() =>
      tf
        .tensor2d(Float32Array.from(new RandomState(1).randn(m)), [1, m])
        .less(0.5)
        .cast("float32"),
    );
    const batches = randomMiniBatches(X, Y, 64);
    expect(batches.map(([bx, by]) => [bx.shape, by.shape])).toEqual([
      [
        [2, 64],
        [1, 64],
      ],
      [
        [2, 64],
        [1, 64],
      ],
      [
        [2, 20],
        [1, 20],
      ],
    ]);
    expectClose("mini_batches[0][0][0][0:3]", batches[0]![0].slice([0, 0], [1, 3]), [
      [294912, 86016, 454656],
    ]);
    expectClose("mini_batches[-1][0][-1][0:3]", batches[2]![0].slice([1, 0], [1, 3]), [
      [1425407, 1769471, 897023],
    ]);
    tf.dispose([X, Y, ...batches.flat()]);
  });

  const sizes = fc.record({
    m: fc.integer({ min: 1, max: 40 }),
    size: fc.constantFrom(1, 2, 4, 8, 16, 64),
    seed: fc.nat(10_000),
  });
  test.prop([sizes], { numRuns: 25 })(
    "makes full batches then the remainder, a permutation of the columns with X and Y kept together",
    ({ m, size, seed }) => {
      // column j of X is [j, −j] and its label is j: every batch shows which columns it took
      const X = tf.tidy(() => tf.stack([tf.range(0, m), tf.range(0, m).neg()]));
      const Y = tf.range(0, m).reshape([1, m]);
      const batches = randomMiniBatches(X, Y, size, seed);
      const full = Math.floor(m / size);
      const expected = [...Array(full).fill(size), ...(m % size ? [m % size] : [])];
      expect(batches.map(([bx]) => bx.shape[1])).toEqual(expected);
      const columns: number[] = [];
      for (const [bx, by] of batches) {
        expect(bx.shape[0]).toBe(2);
        expect(by.shape[0]).toBe(1);
        const [xs, negatives] = bx.arraySync() as number[][];
        expect(negatives!.map((v) => -v)).toEqual(xs);
        expect(by.arraySync()).toEqual([xs]);
        columns.push(...xs!);
      }
      expect(columns).toEqual(new RandomState(seed).permutation(m));
      tf.dispose([X, Y, ...batches.flat()]);
    },
  );

  it("gives the same batches for the same seed and others for another", () => {
    const X = tf.range(0, 50).reshape([1, 50]);
    const firstColumns = (seed: number) =>
      randomMiniBatches(X, X, 16, seed).map(([bx]) => Array.from(bx.dataSync()));
    expect(firstColumns(7)).toEqual(firstColumns(7));
    expect(firstColumns(8)).not.toEqual(firstColumns(7));
  });
});
