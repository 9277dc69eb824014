/**
 * The seeded tasks of assignment 07: a source task with plenty of data and five labels
 * (think stop sign, pedestrian crossing, construction, red light, green light), and a
 * target task with few labelled examples (yellow lights) that depends on the same
 * hidden features of the input. What the source network learns about those features
 * is what transfer learning reuses.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** Inputs as columns and 0/1 labels, one row per label. */
export interface Task {
  /** [nX, m] */
  X: tf.Tensor2D;
  /** [k, m] */
  Y: tf.Tensor2D;
}

export interface TransferTasks {
  /** the big task, five labels: X [nX, mSource], Y [5, mSource] */
  source: Task;
  /** the small task, one label: X [nX, mTarget], Y [1, mTarget] */
  target: Task;
  /** held-out examples of the small task: X [nX, mTest], Y [1, mTest] */
  targetTest: Task;
}

export interface TransferOptions {
  /** source examples (default 2000) */
  mSource?: number;
  /** labelled target examples (default 40) */
  mTarget?: number;
  /** held-out target examples (default 2000) */
  mTest?: number;
  /** input size (default 12) */
  nX?: number;
  /** fraction of labels flipped at random (default 0.05) */
  noise?: number;
  /** numpy seed of the whole world (default 1) */
  seed?: number;
}

/** Number of hidden features the labels depend on, and number of source labels. */
export const HIDDEN_FEATURES = 8;
export const SOURCE_LABELS = 5;

function randn(rng: RandomState, rows: number, cols: number, scale = 1): number[][] {
  const flat = rng.randn(rows, cols);
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => flat[i * cols + j]! * scale),
  );
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/**
 * Draws, from one numpy generator: the hidden features h = |U·x| (U [8, nX]; symmetric in x,
 * so no linear model of x does better than chance, and a ReLU layer can learn each one),
 * five source directions V [5, 8], a target direction mixed from them plus its own part,
 * then the source, test and target inputs x ~ N(0, I) (in that order: only the target
 * examples depend on mTarget). A label is 1 when its score v·h is
 * above the median score (of the source set for the source labels, of the test set for the
 * target), and a fraction `noise` of the labels is flipped.
 */
export function transferTasks({
  mSource = 2000,
  mTarget = 40,
  mTest = 2000,
  nX = 12,
  noise = 0.05,
  seed = 1,
}: TransferOptions = {}): TransferTasks {
  const rng = new RandomState(seed);
  const q = HIDDEN_FEATURES;
  const U = randn(rng, q, nX, 1 / Math.sqrt(nX));
  const V = randn(rng, SOURCE_LABELS, q);
  const mix = randn(rng, 1, SOURCE_LABELS)[0]!;
  const own = randn(rng, 1, q, 0.1)[0]!;
  const vTarget = own.map((o, j) => o + mix.reduce((s, a, t) => s + a * V[t]![j]!, 0) / 2);

  const draw = (m: number) => randn(rng, nX, m);
  const hidden = (X: number[][], m: number) =>
    Array.from({ length: m }, (_, i) =>
      U.map((u) => Math.abs(u.reduce((s, w, d) => s + w * X[d]![i]!, 0))),
    );
  const scores = (H: number[][], dirs: number[][]) =>
    dirs.map((v) => H.map((h) => h.reduce((s, x, f) => s + x * v[f]!, 0)));
  const label = (S: number[][], thresholds: number[]) =>
    S.map((row, j) => row.map((s) => (s > thresholds[j]! !== rng.rand(1)[0]! < noise ? 1 : 0)));

  const task = (X: number[][], Y: number[][]): Task => ({ X: tf.tensor2d(X), Y: tf.tensor2d(Y) });
  // the source and the test set first, so that they do not depend on mTarget
  const [Xs, Xtest] = [draw(mSource), draw(mTest)];
  const Ss = scores(hidden(Xs, mSource), V);
  const Stest = scores(hidden(Xtest, mTest), [vTarget]);
  const targetThreshold = [median(Stest[0]!)];
  const source = task(Xs, label(Ss, Ss.map(median)));
  const targetTest = task(Xtest, label(Stest, targetThreshold));
  const Xt = draw(mTarget);
  const target = task(Xt, label(scores(hidden(Xt, mTarget), [vTarget]), targetThreshold));
  return { source, target, targetTest };
}
