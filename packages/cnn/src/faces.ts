/**
 * A stand-in for the face-recognition notebook's photos (images/*.jpg of 12 people, FaceNet's
 * 96×96 crops): seeded pictures of identities. An identity is a set of traits drawn from its
 * number (face width and height, skin tone, hair colour and length, eye spacing and size,
 * nose length, mouth width); each picture of it varies the pose (shift), the light, the
 * background and the pixel noise, so two pictures of one person differ, and a network has to
 * learn what stays. Pictures are [size, size, 3] in [0, 1], 32×32 by default.
 *
 * Identities 0-11 are the notebook's people (`IDENTITIES`); the face encoder was trained on
 * identities from `TRAINING_IDENTITIES_FROM` on, so the named ones are people it never saw.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** The notebook's database, identity i is IDENTITIES[i]. */
export const IDENTITIES = [
  "danielle",
  "younes",
  "tian",
  "andrew",
  "kian",
  "dan",
  "sebastiano",
  "bertrand",
  "kevin",
  "felix",
  "benoit",
  "arnaud",
] as const;

/** The encoder trains on identities TRAINING_IDENTITIES_FROM, TRAINING_IDENTITIES_FROM + 1, … */
export const TRAINING_IDENTITIES_FROM = 1000;

export const FACE_SIZE = 32;

interface Traits {
  skin: [number, number, number];
  hair: [number, number, number];
  /** half-width and half-height of the face, in fractions of the picture */
  rx: number;
  ry: number;
  /** how far the hair comes down the forehead, fraction of ry */
  hairline: number;
  eyeSpacing: number;
  eyeSize: number;
  noseLength: number;
  mouthWidth: number;
}

/** An identity's traits, the same for every picture of it. */
export function identityTraits(identity: number): Traits {
  const r = new RandomState(7919 + identity);
  const u = (a: number, b: number) => a + (b - a) * r.nextDouble();
  const tone = u(0.25, 0.95);
  return {
    skin: [tone, tone * u(0.7, 0.85), tone * u(0.55, 0.7)],
    hair: [u(0, 0.9), u(0, 0.7), u(0, 0.5)],
    rx: u(0.24, 0.34),
    ry: u(0.32, 0.42),
    hairline: u(0.25, 0.75),
    eyeSpacing: u(0.14, 0.26),
    eyeSize: u(0.035, 0.075),
    noseLength: u(0.06, 0.16),
    mouthWidth: u(0.08, 0.2),
  };
}

/** One picture of `identity`, [size·size·3] values in [0, 1], drawn with `rng`. */
export function facePixels(identity: number, rng: RandomState, size = FACE_SIZE): Float32Array {
  const t = identityTraits(identity);
  const u = (a: number, b: number) => a + (b - a) * rng.nextDouble();
  const cx = 0.5 + u(-0.06, 0.06);
  const cy = 0.52 + u(-0.05, 0.05);
  const light = u(0.75, 1.2);
  const background: [number, number, number] = [u(0.1, 0.9), u(0.1, 0.9), u(0.1, 0.9)];
  const eyeY = cy - 0.08 * (t.ry / 0.37);
  const out = new Float32Array(size * size * 3);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;
      const py = (y + 0.5) / size;
      const dx = (px - cx) / t.rx;
      const dy = (py - cy) / t.ry;
      let colour = background;
      if (dx * dx + dy * dy <= 1) {
        colour = t.skin;
        // hair over the top of the head
        if (dy < -1 + t.hairline) colour = t.hair;
        // eyes
        for (const side of [-1, 1]) {
          const ex = (px - (cx + (side * t.eyeSpacing) / 2)) / t.eyeSize;
          const ey = (py - eyeY) / t.eyeSize;
          if (ex * ex + ey * ey <= 1) colour = [0.05, 0.05, 0.08];
        }
        // nose: a darker vertical stroke below the eyes
        if (Math.abs(px - cx) < 0.02 && py > eyeY + 0.04 && py < eyeY + 0.04 + t.noseLength)
          colour = [t.skin[0] * 0.7, t.skin[1] * 0.7, t.skin[2] * 0.7];
        // mouth
        const my = cy + 0.2 * (t.ry / 0.37);
        if (Math.abs(py - my) < 0.025 && Math.abs(px - cx) < t.mouthWidth / 2)
          colour = [0.5, 0.1, 0.12];
      } else if (dy < -0.2 && dx * dx + dy * dy <= 1.25 && t.hairline > 0.5) colour = t.hair;
      for (let c = 0; c < 3; c++) {
        const v = colour[c]! * light + 0.04 * rng.nextGaussian();
        out[(y * size + x) * 3 + c] = Math.min(1, Math.max(0, v));
      }
    }
  return out;
}

/** `perIdentity` pictures of each identity: images [n, size, size, 3], labels[i] its identity. */
export function facePictures(
  identities: number[],
  perIdentity: number,
  seed: number,
  size = FACE_SIZE,
): { images: tf.Tensor4D; labels: number[] } {
  const rng = new RandomState(seed);
  const values = new Float32Array(identities.length * perIdentity * size * size * 3);
  const labels: number[] = [];
  let offset = 0;
  for (const identity of identities)
    for (let k = 0; k < perIdentity; k++) {
      values.set(facePixels(identity, rng, size), offset);
      offset += size * size * 3;
      labels.push(identity);
    }
  return { images: tf.tensor4d(values, [labels.length, size, size, 3]), labels };
}
