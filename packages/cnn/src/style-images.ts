/**
 * Procedural pictures for style transfer, from seeds (no photos are available offline): a
 * "content" scene (sky, a building with windows, a street) and a "style" texture of coloured
 * brush strokes. Both [1, size, size, 3] in [0, 1].
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** A building against the sky: the kind of picture the notebook's Louvre stands for. */
export function contentImage(size = 64, seed = 1): tf.Tensor4D {
  const rng = new RandomState(seed);
  const px = new Float32Array(size * size * 3);
  const set = (r: number, c: number, rgb: number[]) => px.set(rgb, (r * size + c) * 3);
  const left = Math.floor(size * (0.2 + 0.1 * rng.rand(1)[0]!));
  const right = size - left;
  const top = Math.floor(size * (0.25 + 0.1 * rng.rand(1)[0]!));
  const street = Math.floor(size * 0.8);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      const sky = [0.45 + (0.4 * r) / size, 0.65 + (0.2 * r) / size, 0.95];
      if (r >= street) set(r, c, [0.3, 0.3, 0.32]);
      else if (r >= top && c >= left && c < right) {
        const window = (r - top) % 6 >= 2 && (c - left) % 6 >= 2 && r < street - 6;
        set(r, c, window ? [0.95, 0.85, 0.4] : [0.7, 0.55, 0.45]);
      } else set(r, c, sky);
    }
  return tf.tensor4d(px, [1, size, size, 3]);
}

/** Coloured strokes on a canvas: the kind of picture the notebook's Monet stands for. */
export function styleImage(size = 64, seed = 2): tf.Tensor4D {
  const rng = new RandomState(seed);
  const px = new Float32Array(size * size * 3).fill(0.9);
  const palette = [
    [0.15, 0.3, 0.7],
    [0.9, 0.7, 0.2],
    [0.2, 0.6, 0.35],
    [0.8, 0.3, 0.25],
  ];
  const strokes = Math.floor(size * 1.5);
  for (let s = 0; s < strokes; s++) {
    const [r0, c0, angle, colour] = rng.rand(4) as unknown as number[];
    const rgb = palette[Math.floor(colour! * palette.length)]!;
    const length = size / 4;
    const [dr, dc] = [Math.sin(angle! * Math.PI), Math.cos(angle! * Math.PI)];
    for (let t = 0; t < length; t++)
      for (let w = -1; w <= 1; w++) {
        const r = Math.round(r0! * size + dr * t + w * dc);
        const c = Math.round(c0! * size + dc * t - w * dr);
        if (r >= 0 && r < size && c >= 0 && c < size) px.set(rgb, (r * size + c) * 3);
      }
  }
  return tf.tensor4d(px, [1, size, size, 3]);
}
