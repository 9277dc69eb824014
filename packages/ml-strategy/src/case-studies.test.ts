import { describe, expect, it } from "vitest";
import {
  CITIZENS_IMAGES,
  DRIVING,
  DRIVING_ERROR_ANALYSIS,
  DRIVING_ERRORS,
  DRIVING_MULTI_TASK,
  PEACETOPIA_IMAGES,
  PEACETOPIA_MODELS,
  WIPER_ERROR_ANALYSIS,
} from "./case-studies.ts";
import { tallyFromShares } from "./error-analysis.ts";

describe("case studies", () => {
  it("the driving split uses every image exactly once", () => {
    const { train, trainDev, dev, test } = DRIVING.split;
    expect(train + trainDev + dev + test).toBe(DRIVING.carImages + DRIVING.internetImages);
    expect(dev + test).toBeLessThanOrEqual(DRIVING.carImages);
  });

  it("Peacetopia's quiz split 9,500,000 / 250,000 / 250,000 is 95 / 2.5 / 2.5 % of its images", () => {
    expect(0.95 * PEACETOPIA_IMAGES + 2 * 0.025 * PEACETOPIA_IMAGES).toBe(PEACETOPIA_IMAGES);
    expect(CITIZENS_IMAGES).toBe(PEACETOPIA_IMAGES / 10);
  });

  it("the chosen Peacetopia model (98 %, 9 s, 9 MB) is a candidate", () => {
    expect(PEACETOPIA_MODELS.map((m) => m.metrics)).toContainEqual({
      accuracy: 98,
      runtimeSec: 9,
      memoryMB: 9,
    });
  });

  it("every error table goes human ≤ train", () => {
    for (const rates of Object.values(DRIVING_ERRORS))
      expect(rates.human).toBeLessThanOrEqual(rates.train);
  });

  it("both error analyses add up to the quizzes' 15.3 % dev error, as tallies of a 20,000 dev set", () => {
    for (const shares of [DRIVING_ERROR_ANALYSIS, WIPER_ERROR_ANALYSIS]) {
      const tally = tallyFromShares(20_000, shares);
      expect(tally.mistakes).toBe(3060);
      expect(tally.devError).toBeCloseTo(0.153, 12);
      const shareSum = Object.values(tally.categories).reduce((a, c) => a + c.shareOfMistakes, 0);
      expect(shareSum).toBeCloseTo(1, 12);
    }
    expect(tallyFromShares(20_000, DRIVING_ERROR_ANALYSIS).categories.occluded).toEqual({
      count: 1640,
      shareOfMistakes: 1640 / 3060,
      shareOfDev: 0.082,
    });
  });

  it("the multi-task quiz: 5 labels × 4 images, 13 labelled, predictions strictly inside (0, 1)", () => {
    const { labels, predictions } = DRIVING_MULTI_TASK;
    expect(labels.map((row) => row.length)).toEqual([4, 4, 4, 4, 4]);
    expect(labels.flat().filter((y) => !Number.isNaN(y))).toHaveLength(13);
    expect(predictions.flat().every((p) => p > 0 && p < 1)).toBe(true);
  });
});
