import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { imgToEncoding } from "../../src/face-encoder.ts";
import { loadFaceEncoder } from "../../src/face-weights.ts";
import { facePictures, IDENTITIES } from "../../src/faces.ts";
import { whoIsIt } from "./who-is-it.ts";

const model = loadFaceEncoder();
const { images } = facePictures(
  IDENTITIES.map((_, i) => i),
  2,
  22,
);
const pictures = images.unstack() as tf.Tensor3D[];
const database = Object.fromEntries(
  IDENTITIES.map((name, i) => [name, imgToEncoding(pictures[2 * i]!, model)]),
);

describe("whoIsIt", () => {
  it("finds the nearest encoding of the database and its distance", () => {
    const { minDist, identity, inDatabase } = whoIsIt(pictures[5]!, database, model);
    const e = imgToEncoding(pictures[5]!, model);
    const distances = Object.entries(database).map(
      ([name, enc]) => [name, tf.norm(e.sub(enc)).dataSync()[0]!] as const,
    );
    const [nearest, d] = distances.reduce((best, x) => (x[1] < best[1] ? x : best));
    expect(identity).toBe(nearest);
    expect(minDist).toBeCloseTo(d, 5);
    expect(inDatabase).toBe(d <= 0.7);
  });

  it("recognizes a second picture of someone in the database", () => {
    // pictures[2i + 1] is another picture of IDENTITIES[i]
    const { identity } = whoIsIt(pictures[7]!, database, model);
    expect(identity).toBe("andrew");
  });

  it("says a stranger is not in the database, naming the nearest one anyway", () => {
    const stranger = facePictures([4242], 1, 5).images.squeeze([0]) as tf.Tensor3D;
    const far = Object.fromEntries(
      Object.entries(database).map(([name, enc]) => {
        const r = tf.randomNormal([enc.shape[0]], 0, 1, "float32", name.length);
        return [
          name,
          imgToEncoding(stranger, model).add(r.div(tf.norm(r)).mul(0.9)) as tf.Tensor1D,
        ];
      }),
    );
    const { minDist, identity, inDatabase } = whoIsIt(stranger, far, model);
    expect(minDist).toBeCloseTo(0.9, 3);
    expect(IDENTITIES).toContain(identity);
    expect(inDatabase).toBe(false);
  });
});
