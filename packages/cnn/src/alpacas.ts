/**
 * Alpaca or not, from seeds (the notebook's 327 photos are not available offline): a sky and
 * grass background with a silhouette in front. An alpaca is a woolly body with four legs, a
 * long upright neck, a head and two ears, facing left or right; the others are a tree, a house
 * or a round bush. Sizes, positions, colours and light vary per picture. Pixels in [0, 255].
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

export interface Alpacas {
  /** [m, size, size, 3] in [0, 255] */
  images: tf.Tensor4D;
  /** [m, 1] float32: 1 alpaca, 0 not */
  labels: tf.Tensor2D;
}

type Shape = (u: number, v: number) => boolean;

const ellipse =
  (cx: number, cy: number, rx: number, ry: number): Shape =>
  (u, v) =>
    ((u - cx) / rx) ** 2 + ((v - cy) / ry) ** 2 < 1;
const box =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (u, v) =>
    u >= x0 && u <= x1 && v >= y0 && v <= y1;
const any =
  (...shapes: Shape[]): Shape =>
  (u, v) =>
    shapes.some((s) => s(u, v));

/** An alpaca standing on the ground at `ground`, body centre cx, size s, facing dir (±1). */
function alpaca(cx: number, ground: number, s: number, dir: number): Shape {
  const bodyY = ground - 0.2 * s;
  const neckX = cx + dir * 0.14 * s;
  return any(
    ellipse(cx, bodyY, 0.18 * s, 0.09 * s),
    box(neckX - 0.035 * s, bodyY - 0.3 * s, neckX + 0.035 * s, bodyY),
    ellipse(neckX + dir * 0.04 * s, bodyY - 0.3 * s, 0.06 * s, 0.035 * s),
    box(neckX - 0.03 * s, bodyY - 0.38 * s, neckX - 0.01 * s, bodyY - 0.3 * s),
    ...[-0.14, -0.08, 0.08, 0.14].map((dx) =>
      box(cx + dx * s - 0.015 * s, bodyY, cx + dx * s + 0.015 * s, ground),
    ),
  );
}

/** Something else on the ground: a tree, a house or a bush. */
function other(kind: number, cx: number, ground: number, s: number): Shape {
  if (kind === 0)
    return any(
      box(cx - 0.03 * s, ground - 0.25 * s, cx + 0.03 * s, ground),
      ellipse(cx, ground - 0.35 * s, 0.16 * s, 0.16 * s),
    );
  if (kind === 1) {
    const top = ground - 0.22 * s;
    return any(
      box(cx - 0.17 * s, top, cx + 0.17 * s, ground),
      (u, v) => v < top && v > top - 0.16 * s && Math.abs(u - cx) < (v - (top - 0.16 * s)) * 1.2,
    );
  }
  return ellipse(cx, ground - 0.1 * s, 0.2 * s, 0.12 * s);
}

/**
 * @param m how many pictures (alpaca and not in turn, alpaca first)
 * @param size height and width (the notebook's 160; checks use 32)
 */
export function alpacas(m: number, size = 160, seed = 1): Alpacas {
  const rng = new RandomState(seed);
  const u = () => rng.rand(1)[0]!;
  const pixels = new Float32Array(m * size * size * 3);
  const labels = new Float32Array(m);
  for (let i = 0; i < m; i++) {
    const isAlpaca = i % 2 === 0;
    labels[i] = isAlpaca ? 1 : 0;
    const s = 0.9 + 0.5 * u();
    const cx = 0.3 + 0.4 * u();
    const ground = 0.75 + 0.15 * u();
    const horizon = 0.4 + 0.2 * u();
    const shape = isAlpaca
      ? alpaca(cx, ground, s, u() < 0.5 ? -1 : 1)
      : other(Math.floor(3 * u()), cx, ground, s);
    const light = 0.7 + 0.3 * u();
    const sky = [0.5 + 0.2 * u(), 0.7 + 0.2 * u(), 0.9];
    const grass = [0.2 + 0.2 * u(), 0.5 + 0.2 * u(), 0.2];
    const wool = isAlpaca
      ? [0.75 + 0.2 * u(), 0.6 + 0.25 * u(), 0.45 + 0.3 * u()]
      : [0.3 + 0.5 * u(), 0.3 + 0.4 * u(), 0.2 + 0.3 * u()];
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const fu = (x + 0.5) / size;
        const fv = (y + 0.5) / size;
        const colour = shape(fu, fv) ? wool : fv < horizon ? sky : grass;
        const noise = 0.06 * (u() - 0.5);
        for (let c = 0; c < 3; c++)
          pixels[((i * size + y) * size + x) * 3 + c] =
            255 * Math.min(1, Math.max(0, light * colour[c]! + noise));
      }
  }
  return { images: tf.tensor4d(pixels, [m, size, size, 3]), labels: tf.tensor2d(labels, [m, 1]) };
}
