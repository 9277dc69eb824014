import { describe, expect, it } from "vitest";
import { drawDetections, drawScene } from "./yolo-pictures.ts";
import { yoloScene } from "./yolo-scenes.ts";

describe("drawScene and drawDetections", () => {
  it("paint each object inside its truth box and outline a detection on its edge", () => {
    const scene = yoloScene(3, 4, [240, 320]);
    const picture = drawScene(scene, 3);
    expect([picture.width, picture.height, picture.pixels.length]).toEqual([
      320,
      240,
      320 * 240 * 3,
    ]);
    const at = (x: number, y: number) => {
      const i = (Math.round(y) * picture.width + Math.round(x)) * 3;
      return Array.from(picture.pixels.subarray(i, i + 3));
    };
    const [y1, x1, y2, x2] = scene.truth[0]!.box;
    const centre = at((x1 + x2) / 2, (y1 + 3 * y2) / 4);
    expect(centre).not.toEqual([85, 85, 90]); // not the road
    drawDetections(picture, { scores: [0.9], boxes: [[y1, x1, y2, x2]], classes: [2] });
    expect(at(x1 + 1, (y1 + y2) / 2)).toEqual([255, 60, 200]); // a car's colour
  });
});
