import { NotImplemented } from "@dlc/student-kit/check";
import type { ErrorGaps, ErrorRates } from "../../src/diagnosis.ts";

/**
 * The gaps between consecutive error rates, each the size of one problem:
 *
 * - avoidableBias = train − human;
 * - variance = trainDev − train (dev − train when there is no train-dev set);
 * - dataMismatch = dev − trainDev (null without a train-dev set);
 * - devOverfitting = test − dev (null without a test error).
 *
 * They add up: avoidableBias + variance + dataMismatch + devOverfitting = test − human
 * (dev − human without a test error; a null gap counts as 0). A gap may be negative: dev below
 * train-dev means the dev/test data is easier than the training data.
 *
 * @param rates { human, train, trainDev?, dev, test? } errors in one unit (e.g. %)
 * @returns { avoidableBias, variance, dataMismatch, devOverfitting }
 */
export function errorGaps(rates: ErrorRates): ErrorGaps {
  // TODO: subtract consecutive error rates; variance falls back to dev − train, missing gaps are null.
  throw new NotImplemented("errorGaps");
}
