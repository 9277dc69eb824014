/** The shipped face encoder: its weights are the ones the manifest hashes, and they verify faces as well as it says. */
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { faceEncoder, imgToEncoding } from "./face-encoder.ts";
import { verificationAccuracy } from "./face-verification.ts";
import { FACE_WEIGHTS_URL, faceEncoderManifest, loadFaceEncoder } from "./face-weights.ts";
import { facePictures, IDENTITIES } from "./faces.ts";
import { sha256Of } from "./shipped-weights.ts";

describe("the shipped face encoder", () => {
  it("is small, hashed, and shaped like the encoder", () => {
    const bytes = readFileSync(FACE_WEIGHTS_URL);
    const manifest = faceEncoderManifest();
    expect(bytes.length).toBeLessThan(250 * 1024);
    expect(sha256Of(bytes)).toBe(manifest.sha256);
    expect(manifest.shapes).toEqual(
      faceEncoder()
        .getWeights()
        .map((w) => w.shape),
    );
  });

  it("verifies the 12 people it never saw as well as its manifest says", () => {
    const accuracy = verificationAccuracy(
      loadFaceEncoder(),
      IDENTITIES.map((_, i) => i),
      6,
      12345,
    );
    expect(Math.abs(accuracy - faceEncoderManifest().verificationAccuracy)).toBeLessThan(0.005);
    expect(accuracy).toBeGreaterThan(0.85);
  });

  it("gives unit encodings, nearer for two pictures of one person than for two people", () => {
    const model = loadFaceEncoder();
    const { images } = facePictures([3, 3, 7], 1, 9);
    const [a, b, c] = (images.unstack() as tf.Tensor3D[]).map((x) => imgToEncoding(x, model));
    expect(tf.norm(a!).dataSync()[0]).toBeCloseTo(1, 5);
    expect(tf.norm(a!.sub(b!)).dataSync()[0]!).toBeLessThan(tf.norm(a!.sub(c!)).dataSync()[0]!);
  });
});
