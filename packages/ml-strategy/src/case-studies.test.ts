import { describe, expect, it } from "vitest";
import {
  CITIZENS_IMAGES,
  DRIVING,
  DRIVING_ERRORS,
  PEACETOPIA_IMAGES,
  PEACETOPIA_MODELS,
} from "./case-studies.ts";

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
});
