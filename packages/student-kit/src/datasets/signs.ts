/**
 * Seeded SIGNS pictures (a stand-in for the notebooks' train_signs.h5 / test_signs.h5, hands
 * showing 0 to 5 fingers), shared by the courses that use them: Course 2 flattens them into
 * columns, Course 4 trains convolutions on the images themselves.
 *
 * A sign for class k is a skin-coloured palm with k raised fingers (index, middle, ring, little
 * finger, then the thumb for 5) and the other fingers folded into knuckles. The hand's position,
 * size, tilt, finger widths and lengths, the skin tone, the background, the lighting and the pixel
 * noise vary from picture to picture. 1080 training and 120 test pictures of 64×64×3 by default,
 * as in the notebook; the classes are balanced. The same seed draws the same hands at any size
 * (the geometry does not depend on it), only the resolution and the noise differ.
 */
import * as tf from "@tensorflow/tfjs";
import { RandomState } from "../check/random-state.ts";

/** The number of classes: signs for 0, 1, 2, 3, 4 and 5 fingers. */
export const SIGN_CLASSES = 6;

export interface SignsOptions {
  /** side of the square pictures in pixels (default 64, as the notebook) */
  size?: number;
  /** training pictures (default 1080) */
  mTrain?: number;
  /** test pictures (default 120) */
  mTest?: number;
  /** generator seed; the same seed always gives the same pictures (default 1) */
  seed?: number;
}

/** The palette the skin tones are drawn around (RGB, 0 … 255); Course 4's happy-house faces share it. */
export const SKIN = [
  [241, 194, 125],
  [224, 172, 105],
  [198, 134, 66],
  [141, 85, 36],
  [255, 219, 172],
  [232, 190, 172],
] as const;

/** A raised or folded finger in hand coordinates: a bar from the palm's top edge upwards. */
interface Finger {
  x: number;
  width: number;
  length: number;
}

/** Everything random about one picture except its pixel noise. */
interface Hand {
  label: number;
  cx: number;
  cy: number;
  scale: number;
  cos: number;
  sin: number;
  palmHalfWidth: number;
  palmHalfHeight: number;
  fingers: Finger[];
  thumb: { width: number; length: number; angle: number } | null;
  skin: number[];
  background: number[];
  backgroundSlope: number[];
  light: number[];
}

const uniformIn = (rng: RandomState, lo: number, hi: number) => lo + (hi - lo) * rng.nextDouble();

/** Draws the geometry and colours of a hand showing `label` fingers. */
function drawHand(rng: RandomState, label: number): Hand {
  const tone = SKIN[rng.randint(0, SKIN.length)]!;
  const skin = tone.map((c) => c + uniformIn(rng, -10, 10));
  const grey = uniformIn(rng, 150, 235);
  const background = [0, 1, 2].map(() => grey + uniformIn(rng, -20, 20));
  const backgroundSlope = [uniformIn(rng, -30, 30), uniformIn(rng, -30, 30)];
  const light = [uniformIn(rng, 0.8, 1.15), uniformIn(rng, -0.3, 0.3), uniformIn(rng, -0.3, 0.3)];
  const angle = uniformIn(rng, -0.2, 0.2);
  const palmHalfWidth = uniformIn(rng, 0.17, 0.21);
  const palmHalfHeight = uniformIn(rng, 0.14, 0.18);
  // index, middle, ring, little finger: slots across the palm's top, the little one shorter
  const lengths = [0.27, 0.3, 0.28, 0.22];
  const fingers = lengths.map((length, i) => {
    const raised = i < label;
    const width = uniformIn(rng, 0.065, 0.085);
    return {
      x: palmHalfWidth * (-0.72 + 0.48 * i),
      width,
      length: raised ? length * uniformIn(rng, 0.85, 1.1) : uniformIn(rng, 0.03, 0.05),
    };
  });
  const thumb =
    label === 5
      ? { width: uniformIn(rng, 0.07, 0.09), length: uniformIn(rng, 0.17, 0.22), angle: 0.8 }
      : null;
  return {
    label,
    cx: uniformIn(rng, 0.45, 0.55),
    cy: uniformIn(rng, 0.62, 0.7),
    scale: uniformIn(rng, 1, 1.15),
    cos: Math.cos(angle),
    sin: Math.sin(angle),
    palmHalfWidth,
    palmHalfHeight,
    fingers,
    thumb,
    skin,
    background,
    backgroundSlope,
    light,
  };
}

/**
 * How a point in hand coordinates (x to the right, y downwards, palm centre at 0) is
 * covered: 0 outside the hand, otherwise a shade in (0, 1] that darkens towards a
 * finger's edges, so neighbouring fingers stay apart.
 */
function handShade(hand: Hand, x: number, y: number): number {
  const a = hand.palmHalfWidth;
  const b = hand.palmHalfHeight;
  // nothing of the hand reaches this far from the palm's centre
  if (y > b || y < -0.6 || Math.abs(x) > 0.45) return 0;
  let shade = 0;
  // the palm: a rounded square (superellipse)
  if ((x / a) ** 4 + (y / b) ** 4 <= 1) shade = 0.92 - 0.12 * (x / a) ** 2;
  for (const f of hand.fingers) {
    const dx = Math.abs(x - f.x);
    const half = f.width / 2;
    const top = -b - f.length + half;
    const inBar = dx <= half && y >= top && y <= -b + 0.03;
    const inTip = (x - f.x) ** 2 + (y - top) ** 2 <= half * half;
    if (inBar || inTip) shade = Math.max(shade, 1 - 0.45 * (dx / half) ** 2);
  }
  if (hand.thumb) {
    // a bar leaving the palm's side, tilted up and out
    const { width, length, angle } = hand.thumb;
    const ox = -a * 0.85;
    const oy = b * 0.1;
    const ux = -Math.sin(angle);
    const uy = -Math.cos(angle);
    const along = (x - ox) * ux + (y - oy) * uy;
    const across = Math.abs((x - ox) * -uy + (y - oy) * ux);
    if (along >= 0 && along <= length && across <= width / 2)
      shade = Math.max(shade, 1 - 0.45 * (across / (width / 2)) ** 2);
    else if (along > length && (along - length) ** 2 + across ** 2 <= (width / 2) ** 2)
      shade = Math.max(shade, 0.8);
  }
  return shade;
}

/** Renders one picture into `out` at `offset` as `size·size·3` bytes, 2×2 supersampled. */
function render(hand: Hand, noise: Float64Array, size: number, out: Uint8Array, offset: number) {
  const samples = [0.25, 0.75];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let shadeSum = 0;
      for (const sy of samples) {
        for (const sx of samples) {
          // picture coordinates in [0, 1], then into the hand's frame: untranslate, unrotate, unscale
          const u = (px + sx) / size - hand.cx;
          const v = (py + sy) / size - hand.cy;
          const x = (hand.cos * u + hand.sin * v) / hand.scale;
          const y = (-hand.sin * u + hand.cos * v) / hand.scale;
          const shade = handShade(hand, x, y);
          if (shade > 0) {
            cover += 0.25;
            shadeSum += 0.25 * shade;
          }
        }
      }
      const u = (px + 0.5) / size - 0.5;
      const v = (py + 0.5) / size - 0.5;
      const light = hand.light[0]! * (1 + hand.light[1]! * u + hand.light[2]! * v);
      const ground = hand.backgroundSlope[0]! * u + hand.backgroundSlope[1]! * v;
      const jitter = noise[py * size + px]! * 8;
      for (let c = 0; c < 3; c++) {
        const value =
          (1 - cover) * (hand.background[c]! + ground) + shadeSum * hand.skin[c]! * light + jitter;
        out[offset + (py * size + px) * 3 + c] = Math.min(255, Math.max(0, Math.round(value)));
      }
    }
  }
}

/** `m` balanced labels (0 … 5 in turn) in a random order. */
function balancedLabels(rng: RandomState, m: number): number[] {
  return rng.permutation(m).map((i) => i % SIGN_CLASSES);
}

/** Draws `m` pictures: their bytes [m, size, size, 3] (0 … 255) and labels. */
function drawSet(
  shapes: RandomState,
  noise: RandomState,
  m: number,
  size: number,
): { pixels: Uint8Array; labels: number[] } {
  const labels = balancedLabels(shapes, m);
  const pixels = new Uint8Array(m * size * size * 3);
  labels.forEach((label, i) => {
    render(drawHand(shapes, label), noise.randn(size * size), size, pixels, i * size * size * 3);
  });
  return { pixels, labels };
}

/**
 * The pictures themselves, as bytes: [m, size, size, 3] with values 0 … 255 (for a
 * look at them, or to preprocess them yourself). Same seed and counts, same pictures as
 * `loadSignsDataset`.
 */
export function signImages(options: SignsOptions = {}): {
  train: { pixels: Uint8Array; labels: number[] };
  test: { pixels: Uint8Array; labels: number[] };
  size: number;
} {
  const { size = 64, mTrain = 1080, mTest = 120, seed = 1 } = options;
  if (!Number.isInteger(size) || size < 4) throw new RangeError(`size must be ≥ 4, got ${size}`);
  // two streams, so that the hands do not depend on how many noise values a size needs
  const shapes = new RandomState(seed);
  const noise = new RandomState((seed + 104_729) % 2 ** 32);
  const train = drawSet(shapes, noise, mTrain, size);
  const test = drawSet(shapes, noise, mTest, size);
  return { train, test, size };
}

/** One split of the SIGNS pictures as tensors. */
export interface SignsSplit {
  /** [m, size, size, 3] pixel values / 255, in [0, 1] */
  images: tf.Tensor4D;
  /** [m] int32 class of each picture, 0 … 5 */
  labels: tf.Tensor1D;
}

/**
 * The SIGNS pictures as images for a convolutional network: [m, size, size, 3] in [0, 1] and
 * integer labels [m]. Same seed and counts, same pictures as `signImages`.
 */
export function signsImages(options: SignsOptions = {}): {
  train: SignsSplit;
  test: SignsSplit;
  size: number;
} {
  const { train, test, size } = signImages(options);
  const split = (s: { pixels: Uint8Array; labels: number[] }): SignsSplit => {
    const values = Float32Array.from(s.pixels, (p) => p / 255);
    return {
      images: tf.tensor4d(values, [s.labels.length, size, size, 3]),
      labels: tf.tensor1d(s.labels, "int32"),
    };
  };
  return { train: split(train), test: split(test), size };
}
