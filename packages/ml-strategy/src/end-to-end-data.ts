/**
 * Assignment 08's task, after the lecture's example: is the child on an X-ray older than the
 * median age? A pipeline measures two bone lengths with a hand-designed component (the
 * "ruler") and classifies the lengths; an end-to-end model classifies the image directly.
 *
 * A synthetic "X-ray" x has 40 pixels: the two bone lengths z (through a fixed pattern A),
 * something the ruler does not measure but the age depends on (say, the growth plates, e),
 * strong nuisance variation the age does not depend on (exposure, positioning: 30 directions)
 * and pixel noise. The label is 1 when w·z + 0.6·e > 0. The ruler reads the lengths exactly
 * and ignores everything else, e included; so the pipeline learns from very few examples but
 * can never see e, while the end-to-end model can learn e too, once it has enough examples
 * to learn to ignore the nuisance.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** A logistic model: ŷ = σ(W·x + b). */
export interface LogisticModel {
  /** [1, n] */
  W: tf.Tensor;
  /** [1, 1] */
  b: tf.Tensor;
}

/** The hand-designed component: bone lengths = W·x + b, two per image. */
export interface BoneRuler {
  /** [2, nX] */
  W: tf.Tensor;
  /** [2, 1] */
  b: tf.Tensor;
}

/** Stage 1, the ruler (given, not trained), then stage 2, a logistic classifier of the lengths. */
export interface Pipeline {
  ruler: BoneRuler;
  /** W [1, 2], b [1, 1] */
  classifier: LogisticModel;
}

/** Images as columns and the 0/1 labels. */
export interface XrayTask {
  /** [nX, m] */
  X: tf.Tensor2D;
  /** [1, m] */
  Y: tf.Tensor2D;
}

export interface XrayOptions {
  /** labelled training images (default 20) */
  mTrain?: number;
  /** held-out images (default 2000) */
  mTest?: number;
  /** numpy seed of the world (default 1) */
  seed?: number;
}

/** Pixels per image, nuisance directions, and how strong the nuisance is. */
export const PIXELS = 40;
const NUISANCE = 30;
const NUISANCE_SCALE = 8;
/** The weight of what the ruler cannot see, and the lengths' weights in the label. */
const HIDDEN_WEIGHT = 0.6;
const LENGTH_WEIGHTS = [1, -0.7];
/** Pixel noise, the images' scale, and the ruler's offsets (lengths measured from a reference). */
const NOISE = 0.3;
const SCALE = 7;
const OFFSETS = [1, 0.5];

type Matrix = number[][];

function randn(rng: RandomState, rows: number, cols: number): Matrix {
  const flat = rng.randn(rows, cols);
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => flat[i * cols + j]!),
  );
}

const column = (M: Matrix, j: number) => M.map((row) => row[j]!);
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** Removes from each column of M its part in the span of A's two columns (Gram-Schmidt). */
function projectOut(M: Matrix, A: Matrix): Matrix {
  const q1 = column(A, 0);
  const n1 = Math.sqrt(dot(q1, q1));
  const u1 = q1.map((x) => x / n1);
  const a2 = column(A, 1);
  const p = dot(a2, u1);
  const r2 = a2.map((x, i) => x - p * u1[i]!);
  const n2 = Math.sqrt(dot(r2, r2));
  const u2 = r2.map((x) => x / n2);
  const cols = M[0]!.length;
  const out = M.map((row) => [...row]);
  for (let j = 0; j < cols; j++) {
    const v = column(M, j);
    const [c1, c2] = [dot(v, u1), dot(v, u2)];
    for (let i = 0; i < M.length; i++) out[i]![j] = v[i]! - c1 * u1[i]! - c2 * u2[i]!;
  }
  return out;
}

/** The Moore-Penrose inverse of a [n, 2] matrix: (AᵀA)⁻¹Aᵀ, [2, n]. */
function pinv2(A: Matrix): Matrix {
  const [a0, a1] = [column(A, 0), column(A, 1)];
  const [g00, g01, g11] = [dot(a0, a0), dot(a0, a1), dot(a1, a1)];
  const det = g00 * g11 - g01 * g01;
  return [
    a0.map((x, i) => (g11 * x - g01 * a1[i]!) / det),
    a0.map((x, i) => (-g01 * x + g00 * a1[i]!) / det),
  ];
}

/**
 * The world (pattern A [40, 2], the unmeasured pattern c and the nuisance patterns N, both
 * orthogonal to A), then the test images, then the training images, all from one numpy
 * generator: only the training images depend on mTrain.
 * @returns the ruler (bone lengths = ruler.W·x + ruler.b), the training set and the test set
 */
export function xrayTasks({ mTrain = 20, mTest = 2000, seed = 1 }: XrayOptions = {}): {
  ruler: BoneRuler;
  train: XrayTask;
  test: XrayTask;
} {
  const rng = new RandomState(seed);
  const A = randn(rng, PIXELS, 2);
  const c = projectOut(randn(rng, PIXELS, 1), A);
  const N = projectOut(randn(rng, PIXELS, NUISANCE), A);
  const draw = (m: number): XrayTask => {
    const z = randn(rng, 2, m);
    const e = randn(rng, 1, m)[0]!;
    const n = randn(rng, NUISANCE, m);
    const noise = randn(rng, PIXELS, m);
    const X = Array.from({ length: PIXELS }, (_, p) =>
      Array.from({ length: m }, (_, i) => {
        let x = A[p]![0]! * z[0]![i]! + A[p]![1]! * z[1]![i]! + c[p]![0]! * e[i]!;
        for (let k = 0; k < NUISANCE; k++)
          x += (NUISANCE_SCALE * N[p]![k]! * n[k]![i]!) / Math.sqrt(NUISANCE);
        return (
          (x + NOISE * noise[p]![i]! - OFFSETS.reduce((s, o, j) => s + A[p]![j]! * o, 0)) / SCALE
        );
      }),
    );
    const Y = [
      Array.from({ length: m }, (_, i) =>
        LENGTH_WEIGHTS[0]! * z[0]![i]! + LENGTH_WEIGHTS[1]! * z[1]![i]! + HIDDEN_WEIGHT * e[i]! > 0
          ? 1
          : 0,
      ),
    ];
    return { X: tf.tensor2d(X), Y: tf.tensor2d(Y) };
  };
  const test = draw(mTest);
  const train = draw(mTrain);
  const P = pinv2(A);
  const ruler: BoneRuler = {
    W: tf.tensor2d(P.map((row) => row.map((x) => x * SCALE))),
    b: tf.tensor2d(OFFSETS.map((o) => [o])),
  };
  return { ruler, train, test };
}
