import { expectClose, RandomState } from "@dlc/student-kit/check";
import { describe, expect, it } from "vitest";
import { loadMoonsDataset, makeMoons } from "./moons-data.ts";

describe("loadMoonsDataset", () => {
  it("draws the notebook's moons: shapes, 150 per class and numpy's values", () => {
    const { X, Y } = loadMoonsDataset();
    expect(X.shape).toEqual([2, 300]);
    expect(Y.shape).toEqual([1, 300]);
    // np.random.seed(3); make_moons(n_samples=300, noise=.2) (sklearn 1.x code, numpy 2.4)
    expect(Y.sum().dataSync()[0]).toBe(150);
    expect(Array.from(Y.slice([0, 0], [1, 12]).dataSync())).toEqual([
      0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 0,
    ]);
    expectClose("X[:, 0:3]", X.slice([0, 0], [2, 3]), [
      [-0.21687013, 0.80505015, 0.71127451],
      [1.01544937, -0.5579734, -0.41006024],
    ]);
    expectClose("X[:, 297:300]", X.slice([0, 297], [2, 3]), [
      [-0.88051637, 1.60879915, 0.5477256],
      [0.15783028, -0.66582355, 0.34817461],
    ]);
    expectClose("X.sum(axis=1)", X.sum(1), [149.6277056104, 79.6844421365], { rtol: 1e-5 });
  });

  it("without noise puts the points on the two half circles, shuffled like numpy", () => {
    // np.random.seed(5); make_moons(6)
    const { X, Y } = makeMoons(new RandomState(5), 6);
    expectClose("X", X, [
      [2, -1, 1, 0, 1, 0],
      [0.5, 0, -0.5, 1, 0, 0.5],
    ]);
    expect(Array.from(Y.dataSync())).toEqual([1, 0, 1, 0, 0, 1]);
  });

  it("is the same for the same seed and different for another", () => {
    expectClose("same seed", loadMoonsDataset(3).X, loadMoonsDataset(3).X, { atol: 0, rtol: 0 });
    expect(
      loadMoonsDataset(4).X.sub(loadMoonsDataset(3).X).abs().max().dataSync()[0],
    ).toBeGreaterThan(0.1);
  });
});
