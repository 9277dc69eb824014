/**
 * `@dlc/student-kit/image`: pictures the Course 4 and 5 demos write (images, masks, style transfer
 * results, piano rolls) as PNG files, with no dependency: a PNG is a signature, an IHDR chunk,
 * zlib-compressed rows each led by a filter byte (0 here), and an IEND chunk, each chunk with
 * a CRC-32 (node:zlib deflates; the CRC is a 256-entry table).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deflateSync } from "node:zlib";
import * as tf from "@tensorflow/tfjs";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encodes 8-bit pixels as a PNG file.
 *
 * @param pixels row-major, `channels` bytes per pixel (3: RGB, 4: RGBA, 1: grey)
 */
export function encodePng(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 3 | 4 = 3,
): Buffer {
  if (pixels.length !== width * height * channels)
    throw new Error(`encodePng: ${pixels.length} bytes for ${width}×${height}×${channels}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = channels === 1 ? 0 : channels === 3 ? 2 : 6; // grey, RGB, RGBA
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let r = 0; r < height; r++)
    Buffer.from(pixels.subarray(r * stride, (r + 1) * stride)).copy(raw, r * (stride + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** An image tensor [H, W, C] or [1, H, W, C] with values in [0, 1] (C = 1, 3 or 4) as PNG bytes. */
export function tensorToPng(image: tf.Tensor): Buffer {
  const squeezed = image.rank === 4 ? image.squeeze([0]) : image;
  const [height, width, channels] = squeezed.shape as [number, number, number];
  const bytes = tf.tidy(() => squeezed.clipByValue(0, 1).mul(255).round().cast("int32"));
  const pixels = Uint8Array.from(bytes.dataSync());
  bytes.dispose();
  if (squeezed !== image) squeezed.dispose();
  return encodePng(pixels, width, height, channels as 1 | 3 | 4);
}

/** Writes images side by side (same height, [H, W, C] or [1, H, W, C], in [0, 1]) with a white gap. */
export function writeImagesPng(path: string, images: tf.Tensor[], gap = 4): void {
  const row = tf.tidy(() => {
    const parts = images.map((im) => (im.rank === 4 ? im.squeeze([0]) : im));
    const [h, , c] = parts[0]!.shape as [number, number, number];
    const spacer = tf.ones([h, gap, c]);
    return tf.concat(
      parts.flatMap((p, i) => (i ? [spacer, p] : [p])),
      1,
    );
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, tensorToPng(row));
  row.dispose();
}
