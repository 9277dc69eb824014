/**
 * Street scenes for U-Net, from seeds (the notebook's CARLA frames are not available offline):
 * sky, buildings of varied heights and colours, a road with lane marks, cars on it, each pixel
 * labelled with its class. Light and colours vary per scene, so a network has to learn shapes
 * and context, not one colour per class.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** Class ids of the masks, in order. */
export const STREET_CLASSES = ["sky", "building", "road", "lane mark", "car"] as const;

/** Colours for drawing masks (one per class). */
export const CLASS_COLOURS: [number, number, number][] = [
  [0.55, 0.75, 0.95],
  [0.6, 0.4, 0.3],
  [0.35, 0.35, 0.38],
  [1, 1, 1],
  [0.85, 0.15, 0.15],
];

export interface StreetScenes {
  /** [m, height, width, 3] in [0, 1] */
  images: tf.Tensor4D;
  /** [m, height, width, 1], int32 class ids (STREET_CLASSES) */
  masks: tf.Tensor4D;
}

/**
 * @param m how many scenes
 * @param height rows (a multiple of 16 for a five-level U-Net)
 * @param width columns (a multiple of 16)
 */
export function streetScenes(m: number, height = 32, width = 48, seed = 1): StreetScenes {
  const rng = new RandomState(seed);
  const u = () => rng.rand(1)[0]!;
  const pixels = new Float32Array(m * height * width * 3);
  const labels = new Int32Array(m * height * width);
  for (let i = 0; i < m; i++) {
    const light = 0.75 + 0.25 * u();
    const horizon = Math.floor(height * (0.45 + 0.15 * u()));
    const buildings: { left: number; right: number; top: number; colour: number[] }[] = [];
    for (let left = 0; left < width; ) {
      const w = 4 + Math.floor(u() * width * 0.25);
      buildings.push({
        left,
        right: left + w,
        top: Math.floor(horizon * (0.2 + 0.6 * u())),
        colour: [0.45 + 0.3 * u(), 0.3 + 0.2 * u(), 0.25 + 0.2 * u()],
      });
      left += w + Math.floor(u() * 4);
    }
    const cars = Array.from({ length: 1 + Math.floor(u() * 3) }, () => {
      const w = 6 + Math.floor(u() * width * 0.15);
      const h = 3 + Math.floor(u() * 4);
      const left = Math.floor(u() * (width - w));
      const bottom = horizon + 2 + Math.floor(u() * (height - horizon - 2));
      return {
        left,
        right: left + w,
        top: Math.max(horizon, bottom - h),
        bottom,
        colour: [0.6 + 0.4 * u(), 0.1 + 0.3 * u(), 0.1 + 0.3 * u()],
      };
    });
    const lane = Math.floor(width / 2);
    for (let r = 0; r < height; r++)
      for (let c = 0; c < width; c++) {
        let cls = 0;
        let rgb = [0.55 + (0.3 * r) / height, 0.7 + (0.2 * r) / height, 0.95];
        if (r >= horizon) {
          cls = 2;
          rgb = [0.33, 0.33, 0.36];
          if (Math.abs(c - lane) <= 0 && (r - horizon) % 4 < 2) {
            cls = 3;
            rgb = [0.95, 0.95, 0.9];
          }
        } else {
          const b = buildings.find((x) => c >= x.left && c < x.right && r >= x.top);
          if (b) {
            cls = 1;
            const window = (r - b.top) % 4 === 2 && (c - b.left) % 3 === 1;
            rgb = window ? [0.9, 0.85, 0.5] : b.colour;
          }
        }
        const car = cars.find((x) => c >= x.left && c < x.right && r >= x.top && r < x.bottom);
        if (car) {
          cls = 4;
          rgb = car.colour;
        }
        const at = (i * height + r) * width + c;
        labels[at] = cls;
        for (let k = 0; k < 3; k++)
          pixels[at * 3 + k] = Math.min(1, rgb[k]! * light + 0.03 * (u() - 0.5));
      }
  }
  return {
    images: tf.tensor4d(pixels, [m, height, width, 3]),
    masks: tf.tensor4d(labels, [m, height, width, 1], "int32"),
  };
}

/** A mask [H, W], [H, W, 1] or [1, H, W, 1] of class ids as an RGB image [H, W, 3] (CLASS_COLOURS). */
export function colourMask(mask: tf.Tensor): tf.Tensor3D {
  return tf.tidy(() => {
    const ids = mask.reshape([-1]).cast("int32") as tf.Tensor1D;
    const [h, w] = mask.rank === 4 ? mask.shape.slice(1, 3) : mask.shape.slice(0, 2);
    return tf.gather(tf.tensor2d(CLASS_COLOURS), ids).reshape([h!, w!, 3]) as tf.Tensor3D;
  });
}
