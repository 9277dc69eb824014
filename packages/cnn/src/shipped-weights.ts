/**
 * Weights the course ships (weights/*.bin: float32 values, tensor after tensor, as a manifest's
 * `shapes` list them), read from the package's files, never a URL, after checking their sha256
 * against the manifest. Node only: the grader's sandbox reads no files, so checks load weights
 * here and send them as tensors.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";

/** The sha256 of a weights file (hex). */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every tensor of `file`, shaped as `shapes` says, after checking its sha256 is `sha256`. */
export function readShippedWeights(file: URL, sha256: string, shapes: number[][]): tf.Tensor[] {
  const bytes = readFileSync(file);
  const sha = sha256Of(bytes);
  const name = file.pathname.split("/").at(-1);
  if (sha !== sha256)
    throw new Error(`${name}: sha256 ${sha} differs from the manifest's ${sha256}`);
  const values = new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  let offset = 0;
  const tensors = shapes.map((shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const t = tf.tensor(values.subarray(offset, offset + size), shape);
    offset += size;
    return t;
  });
  if (offset !== values.length)
    throw new Error(`${name}: ${values.length} values, the shapes take ${offset}`);
  return tensors;
}

/** The float32 bytes of `tensors`, one after another (what readShippedWeights reads back). */
export function weightBytes(tensors: tf.Tensor[]): Uint8Array {
  const parts = tensors.map((t) => t.dataSync() as Float32Array);
  const all = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  return new Uint8Array(all.buffer);
}
