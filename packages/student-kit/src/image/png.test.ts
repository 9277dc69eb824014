import { inflateSync } from "node:zlib";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { encodePng, tensorToPng } from "./png.ts";

/** Reads back what encodePng wrote: the IHDR fields and the unfiltered pixel rows. */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    chunks.push({
      type: png.toString("latin1", at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  const ihdr = chunks[0]!.data;
  const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
  const raw = inflateSync(
    Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)),
  );
  return { types: chunks.map((c) => c.type), width, height, colourType: ihdr[9], raw };
}

describe("PNG encoder", () => {
  it("writes signature, IHDR, IDAT, IEND and rows led by filter 0 that inflate back to the pixels", () => {
    const pixels = Uint8Array.from({ length: 2 * 3 * 3 }, (_, i) => i * 13);
    const { types, width, height, colourType, raw } = decode(encodePng(pixels, 3, 2, 3));
    expect(types).toEqual(["IHDR", "IDAT", "IEND"]);
    expect([width, height, colourType]).toEqual([3, 2, 2]);
    expect(raw[0]).toBe(0);
    expect([...raw.subarray(1, 10)]).toEqual([...pixels.subarray(0, 9)]);
    expect([...raw.subarray(11, 20)]).toEqual([...pixels.subarray(9, 18)]);
  });

  it("turns a [1, H, W, 3] tensor in [0, 1] into bytes 0 to 255", () => {
    const { raw, width, height } = decode(
      tensorToPng(tf.tensor4d([0, 0.5, 1, 2, -1, 1], [1, 1, 2, 3])),
    );
    expect([width, height]).toEqual([2, 1]);
    expect([...raw.subarray(1)]).toEqual([0, 128, 255, 255, 0, 255]);
  });
});
