import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { selectModel } from "../../solutions/01-single-number-evaluation/select-model.ts";
import {
  CAT_CLASSIFIERS,
  PEACETOPIA_MODELS,
  PEACETOPIA_OPTIMIZING,
  PEACETOPIA_SATISFICING,
} from "../../src/case-studies.ts";
import type { CandidateModel } from "../../src/metric-types.ts";
import { describeModel, selectionProblem } from "./data.ts";

function expectChoice(what: string, actual: unknown, expected: CandidateModel | null, why = "") {
  const name = (m: unknown) =>
    m !== null && typeof m === "object" ? (m as { name?: unknown }).name : m;
  if (expected === null ? actual !== null : name(actual) !== expected.name)
    throw new CheckError(
      `${what} chose ${describeModel(actual)}, expected ${describeModel(expected)}${why ? `: ${why}` : ""}`,
    );
}

export default defineChecks("selectModel", [
  {
    id: "case-studies",
    kind: "reference",
    points: 1,
    description:
      "picks Peacetopia's D (98 %, 9 s, 9 MB) and the lecture's cat classifier B (92 %, 95 ms)",
    async run({ call }) {
      expectChoice(
        "selectModel(Peacetopia, max accuracy, runtime ≤ 10 s, memory ≤ 10 MB)",
        await call(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, PEACETOPIA_SATISFICING),
        PEACETOPIA_MODELS[3]!,
        "B is more accurate but breaks the runtime constraint (13 s > 10 s)",
      );
      expectChoice(
        "selectModel(cat classifiers, max accuracy, runtime ≤ 100 ms)",
        await call(CAT_CLASSIFIERS, { metric: "accuracy", goal: "max" }, [
          { metric: "runtimeMs", atMost: 100 },
        ]),
        CAT_CLASSIFIERS[1]!,
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "chooses like the reference on random candidates, 'max' and 'min' goals, atMost and atLeast",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 12; trial++) {
        const { models, optimizing, satisficing } = selectionProblem(rng);
        input("models", models);
        input("optimizing", optimizing);
        input("satisficing", satisficing);
        expectChoice(
          `selectModel(${models.length} models, ${optimizing.goal} ${optimizing.metric}, ${JSON.stringify(satisficing)})`,
          await call(models, optimizing, satisficing),
          selectModel(models, optimizing, satisficing),
          "keep only the models that meet every constraint, then take the best",
        );
      }
    },
  },
  {
    id: "bounds-and-ties",
    kind: "contract",
    points: 1,
    description:
      "a model exactly on a threshold qualifies, and a tie goes to the model listed first",
    async run({ call }) {
      const models: CandidateModel[] = [
        { name: "too-slow", metrics: { accuracy: 97, runtimeMs: 101 } },
        { name: "on-the-limit", metrics: { accuracy: 95, runtimeMs: 100 } },
        { name: "its-twin", metrics: { accuracy: 95, runtimeMs: 30 } },
      ];
      expectChoice(
        "selectModel(..., runtimeMs ≤ 100)",
        await call(models, { metric: "accuracy", goal: "max" }, [
          { metric: "runtimeMs", atMost: 100 },
        ]),
        models[1]!,
        "100 ms meets 'at most 100 ms', and on-the-limit is listed before its equally accurate twin",
      );
      const errors: CandidateModel[] = [
        { name: "first", metrics: { error: 3, memoryMB: 8 } },
        { name: "second", metrics: { error: 3, memoryMB: 4 } },
        { name: "third", metrics: { error: 2, memoryMB: 12 } },
      ];
      expectChoice(
        "selectModel(..., min error, memoryMB ≤ 8)",
        await call(errors, { metric: "error", goal: "min" }, [{ metric: "memoryMB", atMost: 8 }]),
        errors[0]!,
        "the tie on error 3 goes to the model listed first",
      );
    },
  },
  {
    id: "infeasible-is-null",
    kind: "contract",
    points: 1,
    description:
      "returns null when no model meets every constraint (or a constrained metric is missing)",
    async run({ call }) {
      expectChoice(
        "selectModel(Peacetopia, memory ≤ 1 MB)",
        await call(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, [{ metric: "memoryMB", atMost: 1 }]),
        null,
        "no model fits in 1 MB",
      );
      expectChoice(
        "selectModel(Peacetopia, energyJ ≤ 5)",
        await call(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, [{ metric: "energyJ", atMost: 5 }]),
        null,
        "no model measured energyJ, so none is known to meet the constraint",
      );
      // null everywhere passes the two above: the same models under a looser bound are feasible
      expectChoice(
        "selectModel(Peacetopia, memory ≤ 10 MB)",
        await call(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, [{ metric: "memoryMB", atMost: 10 }]),
        selectModel(PEACETOPIA_MODELS, PEACETOPIA_OPTIMIZING, [{ metric: "memoryMB", atMost: 10 }]),
      );
    },
  },
  {
    id: "unranked-models",
    kind: "reference",
    points: 1,
    description:
      "a model that meets every constraint but lacks the optimizing metric (absent or NaN) is never chosen, even listed first",
    async run({ call }) {
      const models: CandidateModel[] = [
        { name: "not-measured", metrics: { runtimeMs: 50 } },
        { name: "nan-accuracy", metrics: { accuracy: Number.NaN, runtimeMs: 40 } },
        { name: "measured", metrics: { accuracy: 91, runtimeMs: 80 } },
      ];
      for (const goal of ["max", "min"] as const)
        expectChoice(
          `selectModel([no accuracy, NaN accuracy, accuracy 91], ${goal} accuracy, runtimeMs ≤ 100)`,
          await call(models, { metric: "accuracy", goal }, [{ metric: "runtimeMs", atMost: 100 }]),
          models[2]!,
          "a model without the optimizing metric cannot be ranked",
        );
    },
  },
]);
