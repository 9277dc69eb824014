/**
 * A stand-in for the notebook's SIGNS data set (train_signs.h5 / test_signs.h5, pictures
 * of hands showing 0 to 5 fingers; the real ones cannot ship): RGB pictures drawn from a
 * seed. A sign for class k is a skin-coloured palm with k raised fingers (index, middle,
 * ring, little finger, then the thumb for 5) and the other fingers folded into knuckles.
 * The hand's position, size, tilt, finger widths and lengths, the skin tone, the
 * background, the lighting and the pixel noise vary from picture to picture, so the
 * class is visible but a network has to learn it. 1080 training and 120 test pictures
 * of 64×64×3, as in the notebook; the classes are balanced.
 *
 * The pictures are drawn by `@dlc/student-kit/datasets` (shared with Course 4, which uses them as
 * images); this loader does the notebook's preprocessing (`normalize`: flatten each picture
 * to a column and divide by 255; `one_hot_matrix` on the labels), so it returns
 * X [size·size·3, m] in [0, 1] and Y [6, m] one-hot, examples as columns. Training on
 * 12288 inputs is slow in TensorFlow.js on a CPU, so the size can be smaller: the same
 * seed draws the same hands at any size (the geometry does not depend on it), only the
 * resolution and the noise differ.
 */
import { SIGN_CLASSES, type SignsOptions, signImages } from "@dlc/student-kit/datasets";
import * as tf from "@tensorflow/tfjs";

export { SIGN_CLASSES, type SignsOptions, signImages };

export interface SignsDataset {
  /** [size·size·3, mTrain] pixel values / 255, each column a picture flattened row by row (y, x, channel) */
  XTrain: tf.Tensor2D;
  /** [6, mTrain] one-hot labels */
  YTrain: tf.Tensor2D;
  /** [size·size·3, mTest] */
  XTest: tf.Tensor2D;
  /** [6, mTest] */
  YTest: tf.Tensor2D;
  /** the class (0 … 5) of each training picture, [mTrain] */
  labelsTrain: number[];
  /** the class of each test picture, [mTest] */
  labelsTest: number[];
  size: number;
}

/** Pixels [m, size, size, 3] → X [size·size·3, m] / 255 (the notebook's `normalize`, all columns at once). */
function toColumns(pixels: Uint8Array, m: number, n: number): tf.Tensor2D {
  const X = new Float32Array(n * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) X[j * m + i] = pixels[i * n + j]! / 255;
  return tf.tensor2d(X, [n, m]);
}

/** Labels [m] → one-hot [6, m] (the notebook's `one_hot_matrix`, all columns at once). */
function toOneHot(labels: number[]): tf.Tensor2D {
  const Y = new Float32Array(SIGN_CLASSES * labels.length);
  labels.forEach((label, i) => {
    Y[label * labels.length + i] = 1;
  });
  return tf.tensor2d(Y, [SIGN_CLASSES, labels.length]);
}

/**
 * The SIGNS stand-in, preprocessed as the notebook does before training: pictures as
 * columns scaled to [0, 1], labels one-hot.
 *
 * @returns XTrain [size·size·3, mTrain], YTrain [6, mTrain], XTest [size·size·3, mTest],
 *   YTest [6, mTest], and the labels as numbers
 */
export function loadSignsDataset(options: SignsOptions = {}): SignsDataset {
  const { train, test, size } = signImages(options);
  const n = size * size * 3;
  return {
    XTrain: toColumns(train.pixels, train.labels.length, n),
    YTrain: toOneHot(train.labels),
    XTest: toColumns(test.pixels, test.labels.length, n),
    YTest: toOneHot(test.labels),
    labelsTrain: train.labels,
    labelsTest: test.labels,
    size,
  };
}
