import { expectClose } from "@dlc/student-kit/check";
import { describe, expect, it } from "vitest";
import { loadPlanarDataset } from "./planar-data.ts";

describe("loadPlanarDataset", () => {
  it("draws the notebook's flower: shapes, classes and numpy's values", () => {
    const { X, Y } = loadPlanarDataset();
    expect(X.shape).toEqual([2, 400]);
    expect(Y.shape).toEqual([1, 400]);
    expect(Y.sum().dataSync()[0]).toBe(200);
    // np.random.seed(1); planar_utils.load_planar_dataset(): X[:, 0], X[:, 399]
    expectClose("X[:, 0]", X.slice([0, 0], [2, 1]), [[1.20444229], [3.57611415]]);
    expectClose("X[:, 399]", X.slice([0, 399], [2, 1]), [[0.73078083], [3.06832921]]);
  });

  it("is the same for the same seed and different for another", () => {
    expectClose("same seed", loadPlanarDataset(1).X, loadPlanarDataset(1).X, { atol: 0, rtol: 0 });
    expect(
      loadPlanarDataset(2).X.sub(loadPlanarDataset(1).X).abs().max().dataSync()[0],
    ).toBeGreaterThan(0.1);
  });
});
