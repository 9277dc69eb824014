import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { imgToEncoding } from "../../src/face-encoder.ts";
import { loadFaceEncoder } from "../../src/face-weights.ts";
import { facePictures, IDENTITIES } from "../../src/faces.ts";
import { verify } from "./verify.ts";

/** The notebook's setting: a database of one picture per person, then people at the door. */
const model = loadFaceEncoder();
const { images } = facePictures(
  IDENTITIES.map((_, i) => i),
  2,
  21,
);
const pictures = images.unstack() as tf.Tensor3D[];
const database = Object.fromEntries(
  IDENTITIES.map((name, i) => [name, imgToEncoding(pictures[2 * i]!, model)]),
);

describe("verify", () => {
  it("returns the L2 distance of the encodings and opens below 0.7", () => {
    const { dist, doorOpen } = verify(pictures[3]!, "younes", database, model);
    const expected = tf.tidy(
      () => tf.norm(imgToEncoding(pictures[3]!, model).sub(database.younes!)).dataSync()[0]!,
    );
    expect(typeof dist).toBe("number");
    expect(dist).toBeCloseTo(expected, 5);
    expect(doorOpen).toBe(expected < 0.7);
  });

  it("keeps the door shut for someone claiming to be another person", () => {
    // kian (8 …) at the door says he is younes
    const { dist, doorOpen } = verify(pictures[9]!, "younes", database, model);
    expect(dist).toBeGreaterThan(0.7);
    expect(doorOpen).toBe(false);
  });

  it("decides on the distance: 0.69 opens, 0.71 does not", () => {
    const e = imgToEncoding(pictures[1]!, model);
    const u = tf.tidy(() => {
      const r = tf.randomNormal([e.shape[0]], 0, 1, "float32", 3);
      return r.div(tf.norm(r));
    });
    const near = { kian: e.add(u.mul(0.69)) as tf.Tensor1D };
    const far = { kian: e.add(u.mul(0.71)) as tf.Tensor1D };
    expect(verify(pictures[1]!, "kian", near, model).doorOpen).toBe(true);
    expect(verify(pictures[1]!, "kian", far, model).doorOpen).toBe(false);
  });
});
