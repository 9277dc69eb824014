import { randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { layerSizes } from "./layer-sizes.ts";

describe("layerSizes", () => {
  it("matches the notebook: X (5, 3), Y (2, 3) give n_x = 5, n_h = 4, n_y = 2", () => {
    const [X, Y] = randnSequence(1, [
      [5, 3],
      [2, 3],
    ]);
    expect(layerSizes(X!, Y!)).toEqual({ nX: 5, nH: 4, nY: 2 });
  });

  test.prop([
    fc.integer({ min: 1, max: 50 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 30 }),
  ])("reads n_x and n_y from the rows, whatever the number of examples", (nX, nY, m) => {
    expect(layerSizes(tf.zeros([nX, m]), tf.zeros([nY, m]))).toEqual({ nX, nH: 4, nY });
  });
});
