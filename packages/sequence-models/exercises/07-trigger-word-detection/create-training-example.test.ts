import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { levelDb, type Sound, triggerClips } from "../../src/trigger-audio.ts";
import { createTrainingExample } from "./create-training-example.ts";

const clipsOf = (lengths: number[]): Sound[] =>
  lengths.map((ms) => ({ ms, spec: tf.ones([4, Math.round(ms / 50)]) as tf.Tensor2D }));

describe("createTrainingExample", () => {
  it("seed 18 with activates of 700/900/650/1000 ms: ones after the ends 3884 and 2425 ms (as numpy draws them)", () => {
    const background: Sound = { ms: 10000, spec: tf.ones([4, 200]) as tf.Tensor2D };
    const { x, y } = createTrainingExample(
      background,
      clipsOf([700, 900, 650, 1000]),
      clipsOf([400, 800, 300, 500]),
      100,
      18,
    );
    expect(x.shape).toEqual([4, 200]);
    expect(y.shape).toEqual([1, 100]);
    const labels = Array.from(y.dataSync());
    // ⌊3884·100/10000⌋ = 38 → 39…88; ⌊2425·100/10000⌋ = 24 → 25…74
    labels.forEach((v, i) => {
      expect(v).toBe(i >= 25 && i <= 88 ? 1 : 0);
    });
  });

  it("returns a spectrogram brought to −20 dB, with labels of 0 and 1 only", () => {
    const { backgrounds, activates, negatives } = triggerClips({ nFreq: 6, tx: 120 });
    const { x, y } = createTrainingExample(backgrounds[0]!, activates, negatives, 30, 1);
    expect(levelDb({ ms: 10000, spec: x })).toBeCloseTo(-20, 3);
    expect(Array.from(y.dataSync()).every((v) => v === 0 || v === 1)).toBe(true);
  });
});
