import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { OneHotArgmax, TimeStep } from "./jazz.ts";
import { jazzDataset, noteOf } from "./jazz-data.ts";

describe("the jazz assignment's given code", () => {
  it("TimeStep takes step t of [m, Tx, n]; OneHotArgmax gives float32 one-hot rows of each argmax", () => {
    const x = tf.tensor3d([
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    ]);
    expect((new TimeStep({ t: 1 }).apply(x) as tf.Tensor).arraySync()).toEqual([[3, 4]]);
    const y = new OneHotArgmax({}).apply(
      tf.tensor2d([
        [0.1, 0.7, 0.2],
        [0.5, 0.2, 0.3],
      ]),
    ) as tf.Tensor;
    expect(y.dtype).toBe("float32");
    expect(y.arraySync()).toEqual([
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });

  it("jazzDataset: X one-hot [m, Tx, 90], Y [Tx, m, 90] with Y[t] = X[:, t + 1], the same for the same seed", () => {
    const { X, Y, values } = jazzDataset(5, 7, 3);
    expect(X.shape).toEqual([5, 7, 90]);
    expect(Y.shape).toEqual([7, 5, 90]);
    expect(X.argMax(-1).arraySync() as number[][]).toEqual(values);
    const next = Y.argMax(-1).transpose().arraySync() as number[][];
    for (const [i, phrase] of values.entries())
      expect(next[i]).toEqual([...phrase.slice(1), phrase[0]]);
    expect(jazzDataset(5, 7, 3).values).toEqual(values);
    expect(jazzDataset(5, 7, 4).values).not.toEqual(values);
    expect(new Set(jazzDataset(60, 30, 1).values.flat()).size).toBeGreaterThan(50);
  });

  it("noteOf maps the 90 values to 18 pitches × 5 durations", () => {
    expect(noteOf(0)).toEqual({ pitch: 60, beats: 0.5 });
    expect(noteOf(89)).toEqual({ pitch: 86, beats: 4 });
    expect(new Set(Array.from({ length: 90 }, (_, v) => JSON.stringify(noteOf(v)))).size).toBe(90);
  });
});
