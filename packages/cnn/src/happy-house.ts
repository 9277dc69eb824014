/**
 * The "happy house" faces, from seeds (the notebook's train_happy.h5 / test_happy.h5 cannot ship):
 * a face in front of a plain wall, smiling (label 1, the notebook's "happy") or not (label 0). The
 * face's position, size and tilt, the skin tone, the eyes, the mouth's width and thickness, the
 * wall's colour, the light and the pixel noise vary from picture to picture; only the mouth tells
 * the classes apart (an open grin with teeth: smiling; a thin line, flat or bent a little: not),
 * so a network has to find the mouth and read its shape. 600 training and 150 test pictures of 64×64×3 by default, as in
 * the notebook; the classes are balanced. The same seed draws the same faces at any size.
 */
import { RandomState } from "@dlc/student-kit/check";
import { SKIN } from "@dlc/student-kit/datasets";
import * as tf from "@tensorflow/tfjs";

export interface HappyHouseOptions {
  /** side of the square pictures in pixels (default 64, as the notebook) */
  size?: number;
  /** training pictures (default 600) */
  mTrain?: number;
  /** test pictures (default 150) */
  mTest?: number;
  /** generator seed (default 1) */
  seed?: number;
}

/** One split of the faces. */
export interface FaceSplit {
  /** [m, size, size, 3] in [0, 1] */
  images: tf.Tensor4D;
  /** [m] int32: 1 smiling, 0 not */
  labels: tf.Tensor1D;
}

const TEETH = [240, 240, 230];

/** Everything random about one face except its pixel noise (lengths in picture units, [0, 1]). */
interface Face {
  cx: number;
  cy: number;
  radius: number;
  cos: number;
  sin: number;
  skin: number[];
  wall: number[];
  light: number[];
  eyeGap: number;
  eyeSize: number;
  mouthWidth: number;
  mouthThickness: number;
  /** how far the corners rise above the mouth's middle, in face radii (< 0: they fall) */
  bend: number;
  /** how far a grin opens, in face radii (0: closed, not smiling) */
  open: number;
}

function drawFace(rng: RandomState, smiling: boolean): Face {
  const u = (lo: number, hi: number) => lo + (hi - lo) * rng.nextDouble();
  const tone = SKIN[rng.randint(0, SKIN.length)]!;
  const angle = u(-0.3, 0.3);
  return {
    cx: u(0.42, 0.58),
    cy: u(0.44, 0.56),
    radius: u(0.27, 0.34),
    cos: Math.cos(angle),
    sin: Math.sin(angle),
    skin: tone.map((c) => c + u(-12, 12)),
    wall: [u(40, 230), u(40, 230), u(40, 230)],
    light: [u(0.75, 1.15), u(-0.4, 0.4), u(-0.4, 0.4)],
    eyeGap: u(0.3, 0.42),
    eyeSize: u(0.08, 0.12),
    mouthWidth: u(0.36, 0.5),
    mouthThickness: u(0.08, 0.12),
    bend: smiling ? u(0.08, 0.16) : u(-0.08, 0.04),
    open: smiling ? u(0.16, 0.26) : 0,
  };
}

/**
 * What covers a point (x, y) in face radii from the face's centre, y downwards: 0 wall, 1 skin,
 * 2 eye or mouth, 3 teeth. A smiling mouth is an open grin (a flat top, a round bottom, teeth
 * along the top); a mouth that does not smile is a thin line, flat or a little bent.
 */
function coverAt(face: Face, x: number, y: number): 0 | 1 | 2 | 3 {
  if (x * x + (y / 1.15) ** 2 > 1) return 0;
  const ex = Math.abs(x) - face.eyeGap;
  if (ex * ex + (y + 0.25) ** 2 <= face.eyeSize ** 2) return 2;
  const w = face.mouthWidth;
  if (Math.abs(x) <= w) {
    const t = x / w;
    const top = 0.38 - face.bend * t * t;
    if (face.open > 0) {
      const bottom = top + face.open * (1 - t * t);
      if (y >= top && y <= bottom) return y <= top + 0.3 * face.open ? 3 : 2;
    } else if (Math.abs(y - top) <= face.mouthThickness / 2) return 2;
  }
  return 1;
}

/** Renders one face into `out` at `offset` as size·size·3 values in [0, 1], 2×2 supersampled. */
function render(face: Face, noise: Float64Array, size: number, out: Float32Array, offset: number) {
  const samples = [0.25, 0.75];
  const feature = [60, 30, 30];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const colour = [0, 0, 0];
      for (const sy of samples) {
        for (const sx of samples) {
          const du = (px + sx) / size - face.cx;
          const dv = (py + sy) / size - face.cy;
          const x = (face.cos * du + face.sin * dv) / face.radius;
          const y = (-face.sin * du + face.cos * dv) / face.radius;
          const cover = coverAt(face, x, y);
          const c = [face.wall, face.skin, feature, TEETH][cover]!;
          for (let k = 0; k < 3; k++) colour[k]! += c[k]! / 4;
        }
      }
      const u = (px + 0.5) / size - 0.5;
      const v = (py + 0.5) / size - 0.5;
      const light = face.light[0]! * (1 + face.light[1]! * u + face.light[2]! * v);
      const jitter = noise[py * size + px]! * 6;
      for (let k = 0; k < 3; k++) {
        const value = Math.min(255, Math.max(0, Math.round(colour[k]! * light + jitter)));
        out[offset + (py * size + px) * 3 + k] = value / 255;
      }
    }
  }
}

function drawSplit(shapes: RandomState, noise: RandomState, m: number, size: number): FaceSplit {
  const labels = shapes.permutation(m).map((i) => i % 2);
  const pixels = new Float32Array(m * size * size * 3);
  labels.forEach((label, i) => {
    render(
      drawFace(shapes, label === 1),
      noise.randn(size * size),
      size,
      pixels,
      i * size * size * 3,
    );
  });
  return {
    images: tf.tensor4d(pixels, [m, size, size, 3]),
    labels: tf.tensor1d(labels, "int32"),
  };
}

/**
 * The happy-house faces: train and test splits of images [m, size, size, 3] in [0, 1] with
 * labels [m] (1 smiling, 0 not).
 */
export function happyHouse(options: HappyHouseOptions = {}): {
  train: FaceSplit;
  test: FaceSplit;
  size: number;
} {
  const { size = 64, mTrain = 600, mTest = 150, seed = 1 } = options;
  if (!Number.isInteger(size) || size < 8) throw new RangeError(`size must be ≥ 8, got ${size}`);
  const shapes = new RandomState(seed);
  const noise = new RandomState((seed + 7919) % 2 ** 32);
  const train = drawSplit(shapes, noise, mTrain, size);
  const test = drawSplit(shapes, noise, mTest, size);
  return { train, test, size };
}
