/**
 * Trains the face encoder (src/face-encoder.ts) with the triplet loss on seeded identities the
 * notebook's 12 people are not among (src/faces.ts), and writes weights/face-encoder.bin and
 * weights/face-encoder.json (sha256, seed, steps, verification accuracy on the 12 people,
 * shapes). Deterministic on single-thread wasm: rerun it and the sha256 comes out the same.
 *
 *   pnpm pretrain-face-encoder
 *   OUT_DIR=/tmp/x STEPS=50 pnpm pretrain-face-encoder   # elsewhere, shorter (to compare hashes)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RandomState, useWasmBackend } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { tripletLoss } from "../solutions/07-face-recognition/triplet-loss.ts";
import { faceEncoder } from "../src/face-encoder.ts";
import { verificationAccuracy } from "../src/face-verification.ts";
import { FACE_MANIFEST_URL, FACE_WEIGHTS_URL } from "../src/face-weights.ts";
import { FACE_SIZE, facePixels, IDENTITIES, TRAINING_IDENTITIES_FROM } from "../src/faces.ts";
import { sha256Of, weightBytes } from "../src/shipped-weights.ts";

const SEED = 44;
const STEPS = Number(process.env.STEPS ?? 600);
const BATCH = 16;
const PEOPLE = 300;
const OUT = process.env.OUT_DIR;
const weightsFile = OUT ? join(OUT, "face-encoder.bin") : fileURLToPath(FACE_WEIGHTS_URL);
const manifestFile = OUT ? join(OUT, "face-encoder.json") : fileURLToPath(FACE_MANIFEST_URL);

await useWasmBackend();
const start = Date.now();
const model = faceEncoder(SEED);
const optimizer = tf.train.adam(0.003);
const rng = new RandomState(SEED);
const pixels = FACE_SIZE * FACE_SIZE * 3;

for (let step = 1; step <= STEPS; step++) {
  // BATCH triplets: two pictures of one person, one of another
  const values = new Float32Array(3 * BATCH * pixels);
  for (let i = 0; i < BATCH; i++) {
    const person = TRAINING_IDENTITIES_FROM + rng.randint(0, PEOPLE);
    let other = TRAINING_IDENTITIES_FROM + rng.randint(0, PEOPLE);
    if (other === person)
      other = TRAINING_IDENTITIES_FROM + ((other - TRAINING_IDENTITIES_FROM + 1) % PEOPLE);
    values.set(facePixels(person, rng), i * pixels);
    values.set(facePixels(person, rng), (BATCH + i) * pixels);
    values.set(facePixels(other, rng), (2 * BATCH + i) * pixels);
  }
  const images = tf.tensor4d(values, [3 * BATCH, FACE_SIZE, FACE_SIZE, 3]);
  const cost = optimizer.minimize(() => {
    const e = model.apply(images, { training: true }) as tf.Tensor2D;
    const [a, p, n] = tf.split(e, 3, 0) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    return tripletLoss(null, [a, p, n], 0.2).div(BATCH) as tf.Scalar;
  }, true);
  if (step % 50 === 0 || step === 1)
    console.log(
      `step ${step}: triplet loss ${(cost!.dataSync()[0]!).toFixed(4)} (${((Date.now() - start) / 1000).toFixed(0)} s)`,
    );
  images.dispose();
  cost?.dispose();
}

const accuracy = verificationAccuracy(
  model,
  IDENTITIES.map((_, i) => i),
  6,
  12345,
);
const weights = model.getWeights();
const bytes = weightBytes(weights);
mkdirSync(join(weightsFile, ".."), { recursive: true });
writeFileSync(weightsFile, bytes);
const manifest = {
  sha256: sha256Of(bytes),
  seed: SEED,
  steps: STEPS,
  verificationAccuracy: Math.round(accuracy * 10000) / 10000,
  shapes: weights.map((w) => w.shape),
};
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `${weightsFile}: ${bytes.length} bytes, sha256 ${manifest.sha256.slice(0, 12)}…, verification accuracy ${(100 * accuracy).toFixed(1)} % on the 12 unseen people (${((Date.now() - start) / 1000).toFixed(0)} s)`,
);
