import { expectClose, RandomState } from "@dlc/student-kit/check";
import { describe, expect, it } from "vitest";
import { loadCirclesDataset, makeCircles } from "./circles-data.ts";

describe("loadCirclesDataset", () => {
  it("draws the notebook's circles: shapes, balanced classes and numpy's values", () => {
    const { trainX, trainY, testX, testY } = loadCirclesDataset();
    expect(trainX.shape).toEqual([2, 300]);
    expect(trainY.shape).toEqual([1, 300]);
    expect(testX.shape).toEqual([2, 100]);
    expect(testY.shape).toEqual([1, 100]);
    expect(trainY.sum().dataSync()[0]).toBe(150);
    expect(testY.sum().dataSync()[0]).toBe(50);
    // the port of make_circles in numpy: np.random.seed(1), make_circles(300, noise=.05)
    expectClose("trainX[:, 0:3]", trainX.slice([0, 0], [2, 3]), [
      [-0.0774135401, 0.4318695958, 0.0791650232],
      [0.8526022643, -0.8721450396, 0.8406610986],
    ]);
    expectClose("trainX[:, 299]", trainX.slice([0, 299], [2, 1]), [[-0.0611454126], [0.929826408]]);
    expectClose("trainY[0:12]", trainY.slice([0, 0], [1, 12]), [
      [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0],
    ]);
    // np.random.seed(2), make_circles(100, noise=.05)
    expectClose("testX[:, 0:2]", testX.slice([0, 0], [2, 2]), [
      [-0.5242373851, -0.8508922631],
      [-0.6091036148, -0.5214512721],
    ]);
    expectClose("testX[:, 99]", testX.slice([0, 99], [2, 1]), [[0.3438483716], [-0.9192735913]]);
    expectClose("testY[0:12]", testY.slice([0, 0], [1, 12]), [
      [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1],
    ]);
  });

  it("puts label 0 on the unit circle and label 1 on the circle of radius 0.8, up to the noise", () => {
    const { trainX, trainY } = loadCirclesDataset();
    const r = trainX.square().sum(0).sqrt().dataSync();
    const y = trainY.dataSync();
    for (let k = 0; k < 300; k++) expect(Math.abs(r[k]! - (y[k] ? 0.8 : 1))).toBeLessThan(0.25);
  });
});

describe("makeCircles", () => {
  it("follows sklearn for an odd count: the inner circle gets the extra point (7 points, seed 5)", () => {
    const { X, Y } = makeCircles(7, 0.1, new RandomState(5));
    expectClose("X", X, [
      [
        0.1367585524, -0.6885762408, -0.0403093312, -0.5605297848, 1.0911873642, -0.6175559835,
        0.708974185,
      ],
      [
        -0.7425292312, -0.848932867, 0.963762849, 0.7065838963, -0.1443841553, 0.1457625124,
        -0.0990018944,
      ],
    ]);
    expectClose("Y", Y, [[1, 0, 1, 0, 0, 1, 1]]);
  });

  it("without noise (sklearn's noise=None) lays the points exactly on the two circles", () => {
    const { X, Y } = makeCircles(10, null, new RandomState(0), 0.5);
    const r = X.square().sum(0).sqrt().dataSync();
    const y = Y.dataSync();
    for (let k = 0; k < 10; k++) expect(r[k]).toBeCloseTo(y[k] ? 0.5 : 1, 6);
    expect(Y.sum().dataSync()[0]).toBe(5);
  });
});
