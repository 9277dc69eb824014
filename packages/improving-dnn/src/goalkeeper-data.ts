/**
 * A seeded stand-in for the Regularization notebook's data (`load_2D_dataset`, the
 * French football corporation's `data.mat`): where on the field, after the French
 * goalkeeper's free kick, the ball was headed, and by whom. Blue (y = 1): a French
 * player reached it; red (y = 0): a player of the other team did. The goalkeeper wants
 * to know where to kick.
 *
 * What makes it the notebook's lesson: the two sides are split by a smooth curve, but the
 * training matches also hold a few small pockets of points labelled against their side
 * (a handful of unlucky kicks that landed close together), plus a little scattered noise.
 * The pockets belong to this training sample only: the test matches have scattered noise
 * but no pockets. A network that bends its boundary around the pockets (no regularization)
 * scores higher on the training set and lower on the test set than one kept smooth by L2
 * or dropout.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Dataset2D } from "./types.ts";

/** The field: x1 in [−0.6, 0.3], x2 in [−0.7, 0.6] (the notebook's data spans about that). */
const X1 = [-0.6, 0.3] as const;
const X2 = [-0.7, 0.6] as const;

/** The true boundary: blue above x2 = 0.2 sin(3 x1 + 0.8) − 0.05, red below. */
export function boundary(x1: number): number {
  return 0.2 * Math.sin(3 * x1 + 0.8) - 0.05;
}

interface Split {
  m: number;
  /** pockets of flipped labels, centred 0.03 to 0.12 from the boundary */
  pockets: number;
  /** radius of a pocket */
  radius: number;
  /** probability that any label is flipped */
  flip: number;
}

const TRAIN: Split = { m: 211, pockets: 7, radius: 0.06, flip: 0.01 };
const TEST: Split = { m: 200, pockets: 0, radius: 0.06, flip: 0.035 };

function drawSplit(rng: RandomState, { m, pockets, radius, flip }: Split) {
  const u = rng.rand(m);
  const v = rng.rand(m);
  const x1 = Array.from(u, (t) => X1[0] + (X1[1] - X1[0]) * t);
  const x2 = Array.from(v, (t) => X2[0] + (X2[1] - X2[0]) * t);
  const side = x1.map((a, i) => (x2[i]! > boundary(a) ? 1 : 0));
  const centers: [number, number][] = [];
  while (centers.length < pockets) {
    const [cu, cv] = rng.rand(2) as unknown as [number, number];
    const cx = -0.55 + 0.8 * cu;
    const cy = -0.65 + 1.2 * cv;
    const gap = Math.abs(cy - boundary(cx));
    if (gap >= 0.03 && gap <= 0.12) centers.push([cx, cy]);
  }
  const noise = rng.rand(m);
  const y = side.map((s, i) => {
    const inPocket = centers.some(
      ([cx, cy]) => (x1[i]! - cx) ** 2 + (x2[i]! - cy) ** 2 < radius ** 2,
    );
    const label = inPocket ? 1 - s : s;
    return noise[i]! < flip ? 1 - label : label;
  });
  return {
    X: tf.tensor2d([x1, x2]),
    Y: tf.tensor2d([y]),
  };
}

/**
 * The notebook's `load_2D_dataset()`: 211 training and 200 test points.
 * @param seed draws both splits, the training set first
 * @returns trainX [2, 211], trainY [1, 211], testX [2, 200], testY [1, 200] (labels 0/1)
 */
export function load2DDataset(seed = 1): Dataset2D {
  const rng = new RandomState(seed);
  const train = drawSplit(rng, TRAIN);
  const test = drawSplit(rng, TEST);
  return { trainX: train.X, trainY: train.Y, testX: test.X, testY: test.Y };
}
