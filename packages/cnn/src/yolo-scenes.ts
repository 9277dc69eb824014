/**
 * Street scenes as YOLO would see them, from seeds (the notebook's YOLOv2 weights and Drive.ai
 * photos are not available offline): ground-truth boxes of cars, trucks, buses and people on a
 * road, encoded into the raw output of YOLO's last convolution, [1, 19, 19, 5, 85], the way a
 * trained network answers. Every object gets a confident box in the grid cell of its centre,
 * with the anchor closest to its shape. Around them: a weaker duplicate of some objects from
 * another anchor of the same cell (non-max suppression must drop it), sometimes with a
 * neighbouring class (a car seen as a truck), spurious boxes of low confidence, and background
 * cells whose confidence is near 0. Decoded by `yoloHead`, filtered at 0.6 and suppressed at
 * IoU 0.5, the result is the ground truth.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { COCO_CLASSES } from "./coco-classes.ts";
import { YOLO_ANCHORS } from "./yolo.ts";

/** One object of a scene: its COCO class and its box in pixels, corners [y1, x1, y2, x2]. */
export interface TruthBox {
  classId: number;
  box: [number, number, number, number];
}

export interface YoloScene {
  /** the raw head output, [1, 19, 19, 5, 85] (feed it to `yoloHead`) */
  features: tf.Tensor;
  /** the objects in the picture, nearest first */
  truth: TruthBox[];
  /** [height, width] in pixels */
  imageShape: [number, number];
  /** where the road starts, in pixels from the top (for drawing) */
  horizon: number;
}

const GRID = 19;
const DEPTH = 5 + COCO_CLASSES.length;
const [PERSON, CAR, BUS, TRUCK] = ["person", "car", "bus", "truck"].map((n) =>
  COCO_CLASSES.indexOf(n),
) as [number, number, number, number];
/** what a vehicle may be mistaken for */
const CONFUSED: Record<number, number> = { [CAR]: TRUCK, [TRUCK]: BUS, [BUS]: TRUCK, [PERSON]: 1 };

/** Overlap of two [y1, x1, y2, x2] boxes relative to their union (for placing objects apart). */
function overlap(a: readonly number[], b: readonly number[]): number {
  const h = Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!);
  const w = Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!);
  const inter = h > 0 && w > 0 ? h * w : 0;
  const area = (c: readonly number[]) => (c[2]! - c[0]!) * (c[3]! - c[1]!);
  return inter / (area(a) + area(b) - inter);
}

const logit = (p: number) => Math.log(p / (1 - p));

/** Half the road's width at row y (pixels): 12 % of the picture at the horizon, 62 % at the bottom. */
export function roadHalfWidth(
  y: number,
  horizon: number,
  imageShape: readonly [number, number],
): number {
  const [height, width] = imageShape;
  return width * (0.12 + (0.5 * (y - horizon)) / (height - horizon));
}

/**
 * @param seed the scene's seed
 * @param objects how many objects to try to place (some are dropped when they would hide others)
 * @param imageShape [height, width] in pixels (the notebook's 720 × 1280)
 */
export function yoloScene(
  seed: number,
  objects = 5,
  imageShape: [number, number] = [720, 1280],
): YoloScene {
  const rng = new RandomState(seed);
  const u = () => rng.nextDouble();
  const n = () => rng.nextGaussian();
  const [height, width] = imageShape;
  const horizon = Math.round(height * (0.4 + 0.1 * u()));
  const data = new Float32Array(GRID * GRID * YOLO_ANCHORS.length * DEPTH);
  // background: any box, near-zero confidence, no class preferred
  for (let k = 0; k < data.length; k++) {
    const field = k % DEPTH;
    data[k] = field < 4 ? 0.5 * n() : field === 4 ? -7 + n() : n();
  }
  const used = new Set<string>();

  /** writes one box into (row, col, anchor); false if the slot is taken */
  const encode = (
    box: readonly number[],
    classId: number,
    confidence: number,
    anchor?: number,
  ): boolean => {
    const cx = (box[1]! + box[3]!) / 2 / width;
    const cy = (box[0]! + box[2]!) / 2 / height;
    const w = ((box[3]! - box[1]!) / width) * GRID;
    const h = ((box[2]! - box[0]!) / height) * GRID;
    const col = Math.min(GRID - 1, Math.floor(cx * GRID));
    const row = Math.min(GRID - 1, Math.floor(cy * GRID));
    const a =
      anchor ??
      YOLO_ANCHORS.map(([aw, ah]) => overlap([0, 0, h, w], [0, 0, ah, aw])).reduce(
        (best, v, i, all) => (v > all[best]! ? i : best),
        0,
      );
    const key = `${row},${col},${a}`;
    if (used.has(key)) return false;
    used.add(key);
    const [aw, ah] = YOLO_ANCHORS[a]!;
    const at = ((row * GRID + col) * YOLO_ANCHORS.length + a) * DEPTH;
    const offset = (v: number) => logit(Math.min(0.98, Math.max(0.02, v)));
    data[at] = offset(cx * GRID - col);
    data[at + 1] = offset(cy * GRID - row);
    data[at + 2] = Math.log(w / aw);
    data[at + 3] = Math.log(h / ah);
    data[at + 4] = logit(confidence);
    for (let c = 0; c < COCO_CLASSES.length; c++) data[at + 5 + c] = n();
    data[at + 5 + classId] = 9 + u();
    return true;
  };

  const truth: TruthBox[] = [];
  for (let tries = 0; truth.length < objects && tries < 20 * objects; tries++) {
    const kind = u();
    const classId = kind < 0.6 ? CAR : kind < 0.75 ? TRUCK : kind < 0.85 ? BUS : PERSON;
    // nearer objects (lower in the picture) are bigger
    const bottom = horizon + 20 + u() * (height - horizon - 30);
    const depth = (bottom - horizon) / (height - horizon);
    // sizes in pixels of the notebook's 720 × 1280 pictures, scaled to this one
    const scale = (0.25 + 0.75 * depth) * Math.min(height / 720, width / 1280);
    const [bw, bh] =
      classId === PERSON
        ? [90 * scale, 260 * scale]
        : classId === CAR
          ? [(300 + 120 * u()) * scale, (170 + 40 * u()) * scale]
          : classId === TRUCK
            ? [(380 + 120 * u()) * scale, (260 + 60 * u()) * scale]
            : [(520 + 160 * u()) * scale, (290 + 40 * u()) * scale];
    // vehicles on the road, people anywhere
    const half = roadHalfWidth(bottom, horizon, imageShape);
    const left =
      classId === PERSON
        ? u() * (width - bw)
        : Math.min(width - bw, Math.max(0, width / 2 - half + u() * (2 * half - bw)));
    const box: [number, number, number, number] = [bottom - bh, left, bottom, left + bw];
    if (truth.some((t) => overlap(t.box, box) > 0.1)) continue;
    if (!encode(box, classId, 0.97 + 0.025 * u())) continue;
    truth.push({ classId, box: box.map((v) => Math.round(v * 10) / 10) as TruthBox["box"] });
  }
  // weaker duplicates of some objects from the other anchors of their cell
  for (const t of truth) {
    for (let d = 0; d < 2; d++) {
      if (u() < 0.5) continue;
      const [y1, x1, y2, x2] = t.box;
      const jitter = () => 0.04 * n();
      const dup = [
        y1 + jitter() * (y2 - y1),
        x1 + jitter() * (x2 - x1),
        y2 + jitter() * (y2 - y1),
        x2 + jitter() * (x2 - x1),
      ];
      if (overlap(dup, t.box) < 0.7) continue;
      const classId = d === 1 ? CONFUSED[t.classId]! : t.classId;
      for (let a = 0; a < YOLO_ANCHORS.length; a++)
        if (encode(dup, classId, 0.65 + 0.2 * u(), (a + 2 * d + 1) % YOLO_ANCHORS.length)) break;
    }
  }
  // spurious boxes anywhere, too unsure to pass the score threshold
  for (let s = 0; s < 8; s++) {
    const [bw, bh] = [60 + 300 * u(), 60 + 200 * u()];
    const [left, top] = [u() * (width - bw), u() * (height - bh)];
    encode(
      [top, left, top + bh, left + bw],
      Math.floor(u() * COCO_CLASSES.length),
      0.1 + 0.4 * u(),
    );
  }
  const features = tf.tensor(data, [1, GRID, GRID, YOLO_ANCHORS.length, DEPTH]);
  return { features, truth, imageShape, horizon };
}

/** Detections as plain numbers: boxes [y1, x1, y2, x2] in pixels. */
export interface Detections {
  scores: number[];
  boxes: number[][];
  classes: number[];
}

/** How detections compare with a scene's truth. */
export interface DetectionMatch {
  /** detections that found an object of their class (IoU ≥ minIou), each object at most once */
  truePositives: number;
  /** detections that found nothing */
  falsePositives: number;
  /** objects no detection found */
  missed: number;
  /** the IoU of each true positive with its object, averaged (0 when there are none) */
  meanIou: number;
}

/**
 * Scores detections against the truth: best score first, each detection takes the unmatched
 * object of its class it overlaps most, if their IoU is at least minIou.
 */
export function matchDetections(
  truth: readonly TruthBox[],
  detections: Detections,
  minIou = 0.5,
): DetectionMatch {
  const order = detections.scores
    .map((_, i) => i)
    .sort((a, b) => detections.scores[b]! - detections.scores[a]!);
  const taken = new Set<number>();
  let truePositives = 0;
  let iouSum = 0;
  for (const d of order) {
    let best = -1;
    let bestIou = minIou;
    truth.forEach((t, k) => {
      if (taken.has(k) || t.classId !== detections.classes[d]) return;
      const o = overlap(t.box, detections.boxes[d]!);
      if (o >= bestIou) [best, bestIou] = [k, o];
    });
    if (best < 0) continue;
    taken.add(best);
    truePositives++;
    iouSum += bestIou;
  }
  return {
    truePositives,
    falsePositives: order.length - truePositives,
    missed: truth.length - truePositives,
    meanIou: truePositives ? iouSum / truePositives : 0,
  };
}
