import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { framesFor, type Segment, type Sound } from "../../src/trigger-audio.ts";
import { insertAudioClip } from "./insert-audio-clip.ts";
import { isOverlapping } from "./is-overlapping.ts";

const TX = 100;
const background = (): Sound => ({ ms: 10000, spec: tf.zeros([2, TX]) as tf.Tensor2D });
const clip = (ms: number): Sound => ({
  ms,
  spec: tf.ones([2, framesFor(ms, TX)]) as tf.Tensor2D,
});

describe("insertAudioClip", () => {
  it("matches the notebook: a 916 ms clip beside (3790, 4400), seed 5, lands at (2254, 3169)", () => {
    const { newBackground, segmentTime, previousSegments } = insertAudioClip(
      background(),
      clip(916),
      [[3790, 4400]],
      5,
    );
    expect(segmentTime).toEqual([2254, 3169]);
    expect(previousSegments).toEqual([
      [3790, 4400],
      [2254, 3169],
    ]);
    // the clip's 9 columns start at column ⌊2254·100/10000⌋ = 22
    const row = Array.from(newBackground.spec.dataSync().slice(0, TX));
    expect(row.slice(20, 33)).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it("gives up with (10000, 10000) and the background unchanged when no place is free", () => {
    const taken: Segment[] = [
      [0, 4000],
      [4500, 9999],
    ];
    const { newBackground, segmentTime, previousSegments } = insertAudioClip(
      background(),
      clip(1000),
      taken,
      3,
    );
    expect(segmentTime).toEqual([10000, 10000]);
    expect(previousSegments).toEqual(taken);
    expect(newBackground.spec.sum().dataSync()[0]).toBe(0);
  });

  test.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 200, max: 2000 })], {
    numRuns: 15,
  })("never overlaps the previous segments, and appends the segment it used", (seed, ms) => {
    const previous: Segment[] = [[3000, 3999]];
    const out = insertAudioClip(background(), clip(ms), previous, seed);
    const [start, end] = out.segmentTime;
    if (start === 10000) {
      expect(out.previousSegments).toEqual(previous);
    } else {
      expect(end - start + 1).toBe(ms);
      expect(end).toBeLessThan(10000);
      expect(isOverlapping(out.segmentTime, previous)).toBe(false);
      expect(out.previousSegments).toEqual([...previous, out.segmentTime]);
    }
  });
});
