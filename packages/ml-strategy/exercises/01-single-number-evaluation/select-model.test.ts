import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  CAT_CLASSIFIERS,
  PEACETOPIA_MODELS,
  PEACETOPIA_OPTIMIZING,
  PEACETOPIA_SATISFICING,
} from "../../src/case-studies.ts";
import type { CandidateModel, SatisficingMetric } from "../../src/metric-types.ts";
import { selectModel } from "./select-model.ts";

/** Up to 6 candidates with integer accuracy and runtime (so ties and boundaries happen). */
const candidates = fc
  .array(fc.tuple(fc.integer({ min: 80, max: 99 }), fc.integer({ min: 50, max: 150 })), {
    maxLength: 6,
  })
  .map((rows) =>
    rows.map(([accuracy, runtimeMs], i) => ({ name: `m${i}`, metrics: { accuracy, runtimeMs } })),
  );
const limit = fc.integer({ min: 40, max: 160 });

describe("selectModel", () => {
  it("picks Peacetopia's model D (98 %, 9 s, 9 MB): B is more accurate but takes 13 s", () => {
    const chosen = selectModel(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, PEACETOPIA_SATISFICING);
    expect(chosen?.name).toBe("D");
    expect(chosen?.metrics).toEqual({ accuracy: 98, runtimeSec: 9, memoryMB: 9 });
  });

  it("picks the lecture's cat classifier B (92 %, 95 ms) under 'running time ≤ 100 ms'", () => {
    const chosen = selectModel(CAT_CLASSIFIERS, { metric: "accuracy", goal: "max" }, [
      { metric: "runtimeMs", atMost: 100 },
    ]);
    expect(chosen?.name).toBe("B");
  });

  it("takes bounds as inclusive, and gives a tie to the model listed first", () => {
    const models: CandidateModel[] = [
      { name: "slow", metrics: { accuracy: 95, runtimeMs: 101 } },
      { name: "edge", metrics: { accuracy: 93, runtimeMs: 100 } },
      { name: "twin", metrics: { accuracy: 93, runtimeMs: 20 } },
    ];
    const limit: SatisficingMetric[] = [{ metric: "runtimeMs", atMost: 100 }];
    expect(selectModel(models, { metric: "accuracy", goal: "max" }, limit)?.name).toBe("edge");
  });

  it("minimizes when the goal is 'min', and honours 'atLeast' constraints", () => {
    const chosen = selectModel(CAT_CLASSIFIERS, { metric: "runtimeMs", goal: "min" }, [
      { metric: "accuracy", atLeast: 91 },
    ]);
    expect(chosen?.name).toBe("B");
  });

  it("returns null when no model meets every constraint, or a model lacks a constrained metric", () => {
    expect(
      selectModel(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, [{ metric: "memoryMB", atMost: 1 }]),
    ).toBeNull();
    expect(
      selectModel(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, [{ metric: "energyJ", atMost: 5 }]),
    ).toBeNull();
    expect(selectModel([], PEACETOPIA_OPTIMIZING, [])).toBeNull();
  });

  test.prop([candidates, limit])(
    "returns a model that meets the constraint and that no feasible model beats, listed first among equals",
    (models, atMost) => {
      const chosen = selectModel(models, { metric: "accuracy", goal: "max" }, [
        { metric: "runtimeMs", atMost },
      ]);
      const feasible = models.filter((m) => m.metrics.runtimeMs <= atMost);
      if (feasible.length === 0) {
        expect(chosen).toBeNull();
        return;
      }
      const best = Math.max(...feasible.map((m) => m.metrics.accuracy));
      expect(chosen).toEqual(feasible.find((m) => m.metrics.accuracy === best));
    },
  );

  test.prop([candidates, limit, limit])(
    "a tighter constraint never yields a more accurate choice",
    (models, a, b) => {
      const pick = (atMost: number) =>
        selectModel(models, { metric: "accuracy", goal: "max" }, [{ metric: "runtimeMs", atMost }]);
      const loose = pick(Math.max(a, b));
      const tight = pick(Math.min(a, b));
      if (tight !== null) {
        expect(loose).not.toBeNull();
        expect(tight.metrics.accuracy!).toBeLessThanOrEqual(loose!.metrics.accuracy!);
      }
    },
  );
});
