import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import {
  framesFor,
  gain,
  getRandomTimeSegment,
  levelDb,
  matchTargetAmplitude,
  overlay,
  triggerClips,
} from "./trigger-audio.ts";

describe("trigger-audio (given code)", () => {
  it("draws segments as numpy does: seed 1, 800 ms → starts 235, 5192, 905 (np.random.randint)", () => {
    const rng = new RandomState(1);
    const starts = [0, 1, 2].map(() => getRandomTimeSegment(800, rng));
    expect(starts).toEqual([
      [235, 1034],
      [5192, 5991],
      [905, 1704],
    ]);
  });

  it("overlays a clip from its start column and cuts it at the background's end", () => {
    const background = { ms: 10000, spec: tf.zeros([1, 10]) as tf.Tensor2D };
    const clip = { ms: 3000, spec: tf.ones([1, framesFor(3000, 10)]) as tf.Tensor2D };
    expect(Array.from(overlay(background, clip, 1500).spec.dataSync())).toEqual([
      0, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    ]);
    expect(Array.from(overlay(background, clip, 8999).spec.dataSync())).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
    ]);
  });

  it("moves levels in dB: −20 dB divides power by 100, matchTargetAmplitude reaches the target", () => {
    const s = { ms: 10000, spec: tf.fill([2, 5], 3) as tf.Tensor2D };
    expect(levelDb(gain(s, -20)) - levelDb(s)).toBeCloseTo(-20, 4);
    expect(levelDb(matchTargetAmplitude(s, -20))).toBeCloseTo(-20, 4);
  });

  it("generates clips of the asked sizes, reproducibly", () => {
    const a = triggerClips({ nFreq: 5, tx: 100 });
    const b = triggerClips({ nFreq: 5, tx: 100 });
    expect(a.backgrounds[0]!.spec.shape).toEqual([5, 100]);
    for (const c of [...a.activates, ...a.negatives])
      expect(c.spec.shape).toEqual([5, framesFor(c.ms, 100)]);
    expect(a.activates.map((c) => c.ms)).toEqual(b.activates.map((c) => c.ms));
    expect(Array.from(a.activates[0]!.spec.dataSync())).toEqual(
      Array.from(b.activates[0]!.spec.dataSync()),
    );
  });
});
