/**
 * The shipped face encoder (src/face-encoder.ts): weights/face-encoder.bin and its manifest
 * weights/face-encoder.json (sha256, seed, the verification accuracy at 0.7 on the notebook's 12
 * people, whom it never saw in training, the shapes), written by
 * scripts/pretrain-face-encoder.ts. Node only (see shipped-weights.ts).
 */
import { readFileSync } from "node:fs";
import type * as tf from "@tensorflow/tfjs";
import { faceEncoderFromWeights } from "./face-encoder.ts";
import { readShippedWeights } from "./shipped-weights.ts";

export const FACE_WEIGHTS_URL = new URL("../weights/face-encoder.bin", import.meta.url);
export const FACE_MANIFEST_URL = new URL("../weights/face-encoder.json", import.meta.url);

export interface FaceEncoderManifest {
  sha256: string;
  seed: number;
  steps: number;
  /** pairs of pictures of the 12 named people told apart right at distance 0.7 (same: < 0.7) */
  verificationAccuracy: number;
  shapes: number[][];
}

export function faceEncoderManifest(): FaceEncoderManifest {
  return JSON.parse(readFileSync(FACE_MANIFEST_URL, "utf8")) as FaceEncoderManifest;
}

/** The shipped weights, in faceEncoder().getWeights() order. */
export function faceEncoderWeights(): tf.Tensor[] {
  const manifest = faceEncoderManifest();
  return readShippedWeights(FACE_WEIGHTS_URL, manifest.sha256, manifest.shapes);
}

/** The notebook's FRmodel: the encoder with its trained weights. */
export function loadFaceEncoder(): tf.Sequential {
  return faceEncoderFromWeights(faceEncoderWeights());
}
