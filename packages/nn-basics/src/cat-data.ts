/**
 * A stand-in for the notebook's cat/non-cat images (the real ones cannot ship): 64×64
 * RGB pictures drawn procedurally from a seed. A "cat" is a round face with two
 * pointed ears and two eyes; a "non-cat" is a round blob without ears, a box or a
 * tree-like triangle. Position, size, colours, background and pixel noise vary, so
 * the task is learnable but not trivial. 209 training and 50 test images, as in the
 * notebook (train_catvnoncat.h5 / test_catvnoncat.h5).
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

const SIZE = 64;

export interface CatDataset {
  /** [209, 64, 64, 3], values 0 … 255 */
  trainX: tf.Tensor4D;
  /** [1, 209], 1 = cat */
  trainY: tf.Tensor2D;
  /** [50, 64, 64, 3] */
  testX: tf.Tensor4D;
  /** [1, 50] */
  testY: tf.Tensor2D;
  classes: ["non-cat", "cat"];
}

type Shape = "cat" | "blob" | "box" | "tree";

function drawImage(rng: RandomState, shape: Shape, out: Float32Array, offset: number) {
  const [u] = rng.rand(1);
  const bg = [rng.rand(1)[0]! * 200 + 30, rng.rand(1)[0]! * 200 + 30, rng.rand(1)[0]! * 200 + 30];
  const slope = (u! - 0.5) * 2;
  const fg = [rng.rand(1)[0]! * 255, rng.rand(1)[0]! * 255, rng.rand(1)[0]! * 255];
  const r = 12 + rng.rand(1)[0]! * 5;
  const cx = 27 + rng.rand(1)[0]! * 10;
  const cy = 33 + rng.rand(1)[0]! * 8;
  const noise = rng.randn(SIZE * SIZE);
  const inside = (x: number, y: number): number => {
    const dx = x - cx;
    const dy = y - cy;
    switch (shape) {
      case "cat":
      case "blob": {
        if (dx * dx + dy * dy <= r * r) {
          // eyes: two dark spots on a cat's face
          if (
            shape === "cat" &&
            Math.abs(dy + r * 0.2) < r * 0.15 &&
            Math.abs(Math.abs(dx) - r * 0.4) < r * 0.15
          )
            return 2;
          return 1;
        }
        if (shape === "cat") {
          // ears: two triangles above the face
          for (const side of [-1, 1]) {
            const ex = cx + side * r * 0.6;
            const top = cy - r * 1.7;
            const base = cy - r * 0.6;
            if (y >= top && y <= base) {
              const half = ((y - top) / (base - top)) * r * 0.45;
              if (Math.abs(x - ex) <= half) return 1;
            }
          }
        }
        return 0;
      }
      case "box":
        return Math.abs(dx) <= r && Math.abs(dy) <= r * 0.8 ? 1 : 0;
      case "tree": {
        const top = cy - r * 1.4;
        if (y < top || y > cy + r) return 0;
        return Math.abs(dx) <= ((y - top) / (cy + r - top)) * r ? 1 : 0;
      }
    }
  };
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const region = inside(x, y);
      const shade = 1 + slope * ((x + y) / (2 * SIZE) - 0.5);
      const jitter = noise[y * SIZE + x]! * 25;
      for (let c = 0; c < 3; c++) {
        const base = region === 2 ? 20 : region === 1 ? fg[c]! : bg[c]! * shade;
        out[offset + (y * SIZE + x) * 3 + c] = Math.min(
          255,
          Math.max(0, Math.round(base + jitter)),
        );
      }
    }
  }
}

function drawSet(rng: RandomState, m: number): { X: tf.Tensor4D; Y: tf.Tensor2D } {
  const pixels = new Float32Array(m * SIZE * SIZE * 3);
  const labels = new Float32Array(m);
  const others: Shape[] = ["blob", "box", "tree"];
  for (let i = 0; i < m; i++) {
    const isCat = rng.rand(1)[0]! < 0.35; // the notebook's training set is about 1/3 cats
    labels[i] = isCat ? 1 : 0;
    drawImage(rng, isCat ? "cat" : others[rng.randint(0, 3)]!, pixels, i * SIZE * SIZE * 3);
  }
  return { X: tf.tensor4d(pixels, [m, SIZE, SIZE, 3]), Y: tf.tensor2d(labels, [1, m]) };
}

/**
 * The data set, like the notebook's `load_data()`.
 * @param seed generator seed; the same seed always gives the same images
 */
export function loadDataset(seed = 1): CatDataset {
  const rng = new RandomState(seed);
  const train = drawSet(rng, 209);
  const test = drawSet(rng, 50);
  return {
    trainX: train.X,
    trainY: train.Y,
    testX: test.X,
    testY: test.Y,
    classes: ["non-cat", "cat"],
  };
}

/**
 * Images as columns scaled to [0, 1], like `X.reshape(X.shape[0], -1).T / 255`.
 * @param images [m, 64, 64, 3] @returns [12288, m]
 */
export function flattenImages(images: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => images.reshape([images.shape[0]!, -1]).transpose().div(255) as tf.Tensor2D);
}
