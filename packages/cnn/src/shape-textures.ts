/**
 * The source task TinyMobileNet was pretrained on (the stand-in for ImageNet): 10 classes of
 * procedural pictures (disc, square, triangle, ring, cross, horizontal stripes, vertical
 * stripes, checkerboard, diagonal stripes, dots), each with random position, size, colours and
 * noise. Pixels in [0, 255], as photos.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

export const SOURCE_CLASSES = [
  "disc",
  "square",
  "triangle",
  "ring",
  "cross",
  "horizontal stripes",
  "vertical stripes",
  "checkerboard",
  "diagonal stripes",
  "dots",
] as const;

/** Is (u, v) ∈ [0,1]² inside class k's figure (centre cx, cy, radius r, period p)? */
function inside(
  k: number,
  u: number,
  v: number,
  cx: number,
  cy: number,
  r: number,
  p: number,
): boolean {
  const dx = u - cx;
  const dy = v - cy;
  switch (k) {
    case 0:
      return dx * dx + dy * dy < r * r;
    case 1:
      return Math.abs(dx) < r * 0.85 && Math.abs(dy) < r * 0.85;
    case 2:
      return dy < r * 0.7 && dy > -r && Math.abs(dx) < (dy + r) * 0.6;
    case 3: {
      const d = Math.hypot(dx, dy);
      return d < r && d > r * 0.6;
    }
    case 4:
      return (
        (Math.abs(dx) < r * 0.25 && Math.abs(dy) < r) ||
        (Math.abs(dy) < r * 0.25 && Math.abs(dx) < r)
      );
    case 5:
      return Math.floor(v / p) % 2 === 0;
    case 6:
      return Math.floor(u / p) % 2 === 0;
    case 7:
      return (Math.floor(u / p) + Math.floor(v / p)) % 2 === 0;
    case 8:
      return Math.floor((u + v) / p) % 2 === 0;
    default: {
      const a = ((u / p) % 1) - 0.5;
      const b = ((v / p) % 1) - 0.5;
      return a * a + b * b < 0.06;
    }
  }
}

/**
 * @param m how many pictures (classes in turn, 0, 1, …, 9, 0, …)
 * @param size height and width
 * @returns images [m, size, size, 3] in [0, 255] and labels [m] int32
 */
export function shapeTextures(
  m: number,
  size = 32,
  seed = 1,
): { images: tf.Tensor4D; labels: tf.Tensor1D } {
  const rng = new RandomState(seed);
  const u = () => rng.rand(1)[0]!;
  const pixels = new Float32Array(m * size * size * 3);
  const labels = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const k = i % 10;
    labels[i] = k;
    const fg = [u(), u(), u()];
    const bg = fg.map((c) => (c + 0.35 + 0.3 * u()) % 1);
    const cx = 0.35 + 0.3 * u();
    const cy = 0.35 + 0.3 * u();
    const r = 0.2 + 0.15 * u();
    const p = 0.12 + 0.12 * u();
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const on = inside(k, (x + 0.5) / size, (y + 0.5) / size, cx, cy, r, p);
        const noise = 0.08 * (u() - 0.5);
        for (let c = 0; c < 3; c++) {
          const value = (on ? fg[c]! : bg[c]!) + noise;
          pixels[((i * size + y) * size + x) * 3 + c] = 255 * Math.min(1, Math.max(0, value));
        }
      }
  }
  return { images: tf.tensor4d(pixels, [m, size, size, 3]), labels: tf.tensor1d(labels, "int32") };
}
