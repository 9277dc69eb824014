/**
 * Pictures for the car-detection demo: a generated scene's road, sky and objects drawn into
 * their ground-truth boxes (each car, truck, bus or person fills its box), then detections as
 * labelled rectangles ("car 0.97"). Plain RGB bytes, [height, width, 3] row-major, for
 * `encodePng` of `@dlc/student-kit/image`.
 */
import { RandomState } from "@dlc/student-kit/check";
import { COCO_CLASSES } from "./coco-classes.ts";
import { type Detections, roadHalfWidth, type YoloScene } from "./yolo-scenes.ts";

type Rgb = readonly [number, number, number];

/** An RGB picture to draw on. */
export class Picture {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
  }

  /** fills the rectangle [x1, x2) × [y1, y2), clipped to the picture */
  fill(x1: number, y1: number, x2: number, y2: number, colour: Rgb): void {
    const [a, b] = [Math.max(0, Math.round(x1)), Math.min(this.width, Math.round(x2))];
    const [c, d] = [Math.max(0, Math.round(y1)), Math.min(this.height, Math.round(y2))];
    for (let y = c; y < d; y++)
      for (let x = a; x < b; x++) this.pixels.set(colour, (y * this.width + x) * 3);
  }

  /** fills a disc */
  disc(cx: number, cy: number, r: number, colour: Rgb): void {
    for (let y = Math.floor(cy - r); y <= cy + r; y++)
      for (let x = Math.floor(cx - r); x <= cx + r; x++)
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) this.fill(x, y, x + 1, y + 1, colour);
  }

  /** draws the outline of a rectangle, `thickness` pixels inside it */
  outline(x1: number, y1: number, x2: number, y2: number, colour: Rgb, thickness = 4): void {
    this.fill(x1, y1, x2, y1 + thickness, colour);
    this.fill(x1, y2 - thickness, x2, y2, colour);
    this.fill(x1, y1, x1 + thickness, y2, colour);
    this.fill(x2 - thickness, y1, x2, y2, colour);
  }

  /** writes text in a 5×7 pixel font, each font pixel `scale` pixels wide; returns its width */
  text(x: number, y: number, text: string, colour: Rgb, scale = 3): number {
    [...text].forEach((ch, i) => {
      const glyph = FONT[ch] ?? FONT["?"]!;
      glyph.forEach((row, r) => {
        for (let c = 0; c < 5; c++)
          if (row[c] === "#")
            this.fill(
              x + (6 * i + c) * scale,
              y + r * scale,
              x + (6 * i + c + 1) * scale,
              y + (r + 1) * scale,
              colour,
            );
      });
    });
    return 6 * text.length * scale;
  }
}

/** 5×7 glyphs for the class names of the scenes, digits and the point. */
const FONT: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    a: ".....|.....|.###.|....#|.####|#...#|.####",
    b: "#....|#....|####.|#...#|#...#|#...#|####.",
    c: ".....|.....|.###.|#....|#....|#....|.###.",
    e: ".....|.....|.###.|#...#|#####|#....|.###.",
    k: "#....|#....|#..#.|#.#..|##...|#.#..|#..#.",
    n: ".....|.....|####.|#...#|#...#|#...#|#...#",
    o: ".....|.....|.###.|#...#|#...#|#...#|.###.",
    p: ".....|.....|####.|#...#|####.|#....|#....",
    r: ".....|.....|#.##.|##..#|#....|#....|#....",
    s: ".....|.....|.####|#....|.###.|....#|####.",
    t: ".#...|.#...|####.|.#...|.#...|.#..#|..##.",
    u: ".....|.....|#...#|#...#|#...#|#..##|.##.#",
    "0": ".###.|#...#|#..##|#.#.#|##..#|#...#|.###.",
    "1": "..#..|.##..|..#..|..#..|..#..|..#..|.###.",
    "2": ".###.|#...#|....#|...#.|..#..|.#...|#####",
    "3": "####.|....#|....#|.###.|....#|....#|####.",
    "4": "...#.|..##.|.#.#.|#..#.|#####|...#.|...#.",
    "5": "#####|#....|####.|....#|....#|#...#|.###.",
    "6": "..##.|.#...|#....|####.|#...#|#...#|.###.",
    "7": "#####|....#|...#.|..#..|.#...|.#...|.#...",
    "8": ".###.|#...#|#...#|.###.|#...#|#...#|.###.",
    "9": ".###.|#...#|#...#|.####|....#|...#.|.##..",
    ".": ".....|.....|.....|.....|.....|.##..|.##..",
    " ": ".....|.....|.....|.....|.....|.....|.....",
    "?": ".###.|#...#|....#|...#.|..#..|.....|..#..",
  }).map(([k, v]) => [k, v.split("|")]),
);

const BODY_COLOURS: Rgb[] = [
  [200, 40, 40],
  [40, 90, 190],
  [230, 230, 230],
  [40, 40, 45],
  [60, 150, 80],
  [220, 160, 30],
];
const GLASS: Rgb = [150, 190, 220];
const TYRE: Rgb = [25, 25, 25];

/** draws a scene's background and its objects in their truth boxes, the farthest first */
export function drawScene(scene: YoloScene, seed = 0): Picture {
  const [height, width] = scene.imageShape;
  const picture = new Picture(width, height);
  const rng = new RandomState(seed);
  const u = () => rng.nextDouble();
  const horizon = scene.horizon;
  for (let y = 0; y < horizon; y++) {
    const t = y / horizon;
    picture.fill(0, y, width, y + 1, [120 + 80 * t, 170 + 50 * t, 230 + 10 * t]);
  }
  for (let x = 0; x < width; ) {
    const w = 60 + 140 * u();
    const top = horizon * (0.3 + 0.6 * u());
    const grey = 110 + 60 * u();
    picture.fill(x, top, x + w, horizon, [grey, grey * 0.95, grey * 0.9]);
    x += w + 20 * u();
  }
  picture.fill(0, horizon, width, height, [105, 140, 90]);
  for (let y = horizon; y < height; y++) {
    const t = (y - horizon) / (height - horizon);
    const half = roadHalfWidth(y, horizon, scene.imageShape);
    picture.fill(width / 2 - half, y, width / 2 + half, y + 1, [85, 85, 90]);
    if (Math.floor((t * 10) ** 1.5) % 2 === 0)
      picture.fill(width / 2 - 2 - 6 * t, y, width / 2 + 2 + 6 * t, y + 1, [235, 235, 235]);
  }
  const byDistance = [...scene.truth].sort((a, b) => a.box[2] - b.box[2]);
  for (const [i, { classId, box }] of byDistance.entries()) {
    const [y1, x1, y2, x2] = box;
    const [w, h] = [x2 - x1, y2 - y1];
    const body = BODY_COLOURS[(i + seed) % BODY_COLOURS.length]!;
    const name = COCO_CLASSES[classId];
    if (name === "person") {
      picture.disc(x1 + w / 2, y1 + 0.1 * h, 0.1 * h, [230, 190, 160]);
      picture.fill(x1 + 0.1 * w, y1 + 0.2 * h, x2 - 0.1 * w, y1 + 0.6 * h, body);
      picture.fill(x1 + 0.2 * w, y1 + 0.6 * h, x1 + 0.45 * w, y2, [50, 50, 90]);
      picture.fill(x1 + 0.55 * w, y1 + 0.6 * h, x2 - 0.2 * w, y2, [50, 50, 90]);
      continue;
    }
    const wheel = 0.14 * h;
    if (name === "truck") {
      picture.fill(x1, y1, x1 + 0.68 * w, y2 - wheel, [225, 225, 215]);
      picture.fill(x1 + 0.7 * w, y1 + 0.3 * h, x2, y2 - wheel, body);
      picture.fill(x1 + 0.75 * w, y1 + 0.38 * h, x2 - 0.05 * w, y1 + 0.55 * h, GLASS);
      for (const cx of [0.12, 0.3, 0.85]) picture.disc(x1 + cx * w, y2 - wheel, wheel, TYRE);
    } else if (name === "bus") {
      picture.fill(x1, y1, x2, y2 - wheel, [235, 190, 40]);
      for (let k = 0; k < 6; k++)
        picture.fill(
          x1 + (0.04 + 0.16 * k) * w,
          y1 + 0.15 * h,
          x1 + (0.16 + 0.16 * k) * w,
          y1 + 0.45 * h,
          GLASS,
        );
      for (const cx of [0.15, 0.82]) picture.disc(x1 + cx * w, y2 - wheel, wheel, TYRE);
    } else {
      picture.fill(x1 + 0.18 * w, y1, x2 - 0.18 * w, y1 + 0.45 * h, body);
      picture.fill(x1 + 0.23 * w, y1 + 0.08 * h, x2 - 0.23 * w, y1 + 0.38 * h, GLASS);
      picture.fill(x1, y1 + 0.4 * h, x2, y2 - wheel, body);
      picture.fill(x1, y1 + 0.5 * h, x1 + 0.06 * w, y1 + 0.6 * h, [250, 230, 120]);
      picture.fill(x2 - 0.06 * w, y1 + 0.5 * h, x2, y1 + 0.6 * h, [250, 230, 120]);
      for (const cx of [0.2, 0.8]) picture.disc(x1 + cx * w, y2 - wheel, wheel, TYRE);
    }
  }
  return picture;
}

const BOX_COLOURS: Record<string, Rgb> = {
  car: [255, 60, 200],
  truck: [0, 220, 255],
  bus: [255, 120, 0],
  person: [120, 255, 0],
};

/** draws each detection's box and a label "class score" above it */
export function drawDetections(picture: Picture, detections: Detections): void {
  detections.boxes.forEach(([y1, x1, y2, x2], i) => {
    const name = COCO_CLASSES[detections.classes[i]!] ?? "?";
    const colour = BOX_COLOURS[name] ?? [255, 255, 0];
    picture.outline(x1!, y1!, x2!, y2!, colour);
    const label = `${name} ${detections.scores[i]!.toFixed(2)}`;
    const top = y1! >= 27 ? y1! - 27 : y1!;
    picture.fill(x1!, top, x1! + 18 * label.length + 6, top + 27, colour);
    picture.text(x1! + 4, top + 3, label, [0, 0, 0]);
  });
}
