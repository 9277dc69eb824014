import { expectClose, shape, tensorData, toTensor } from "@dlc/student-kit/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { image2vector } from "./image2vector.ts";

const notebookImage = [
  [
    [0.67826139, 0.29380381],
    [0.90714982, 0.52835647],
    [0.4215251, 0.45017551],
  ],
  [
    [0.92814219, 0.96677647],
    [0.85304703, 0.52351845],
    [0.19981397, 0.27417313],
  ],
  [
    [0.60659855, 0.00533165],
    [0.10820313, 0.49978937],
    [0.34144279, 0.94630077],
  ],
];

describe("image2vector", () => {
  it("matches the notebook: a (3, 3, 2) image becomes an (18, 1) column in C order", () => {
    const v = image2vector(tf.tensor3d(notebookImage));
    expectClose(
      "image2vector(image)",
      v,
      notebookImage.flat(2).map((x) => [x]),
    );
  });

  test.prop([shape(3, { min: 1, max: 5 }).chain((s) => tensorData(s))])(
    "keeps every value, in order",
    (data) => {
      const v = image2vector(toTensor(data));
      const size = data.values.length;
      expect(v.shape).toEqual([size, 1]);
      expectClose("image2vector(image)", v, tf.tensor(data.values, [size, 1]), {
        rtol: 0,
        atol: 0,
      });
    },
  );
});
