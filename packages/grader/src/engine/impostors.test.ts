/**
 * The impostor machinery: pristine reference copies, parameter counts, and the soundness of
 * grading every graded module's impostor in one run (a function's score there equals its score
 * when its impostor is graded alone).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Course } from "@dlc/student-kit/src/course/define-course.ts";
import { describe, expect, it } from "vitest";
import { grade } from "./grade.ts";
import {
  COINCIDES,
  checksCallingOthers,
  declaredParameters,
  gradedModules,
  type ImpostorKind,
  impostorSource,
  pristineSource,
  referenceFiles,
  referencePath,
} from "./impostors.ts";

const here = dirname(fileURLToPath(import.meta.url));
const courseDir = resolve(here, "../../../nn-basics");
// generous: the machine running the tests may be busy (each grading starts a sandbox)
const TIMEOUT = 480_000;

describe("pristine references", () => {
  it("names the copy beside the module", () => {
    expect(referencePath("02-logistic-regression/propagate.ts")).toBe(
      "02-logistic-regression/__reference__.propagate.ts",
    );
  });
  it("points sibling imports at their copies and leaves src/ and packages alone", () => {
    const source = [
      `import * as tf from "@tensorflow/tfjs";`,
      `import { sigmoid } from "./sigmoid.ts";`,
      `import { linearForward } from "../04-deep-nn-step-by-step/linear-forward.ts";`,
      `import { loadDataset } from "../../src/datasets.ts";`,
    ].join("\n");
    expect(pristineSource(source).split("\n")).toEqual([
      `import * as tf from "@tensorflow/tfjs";`,
      `import { sigmoid } from "./__reference__.sigmoid.ts";`,
      `import { linearForward } from "../04-deep-nn-step-by-step/__reference__.linear-forward.ts";`,
      `import { loadDataset } from "../../src/datasets.ts";`,
    ]);
  });
});

describe("declaredParameters", () => {
  it("counts parameters past defaults, destructuring and rest", () => {
    expect(declaredParameters(() => 0)).toBe(0);
    expect(declaredParameters((a: number, b = 2) => a + b)).toBe(2);
    expect(declaredParameters(({ x }: { x: number }, [y]: number[] = [1]) => x + (y ?? 0))).toBe(2);
    expect(declaredParameters((a: number, ...rest: number[]) => a + rest.length)).toBe(2);
  });
});

describe("one run for every impostor", () => {
  const modules = [
    "01-python-basics/sigmoid.ts",
    "01-python-basics/softmax.ts",
    "02-logistic-regression/initialize-with-zeros.ts",
    "02-logistic-regression/propagate.ts",
  ];
  const kinds: ImpostorKind[] = ["zeros", "previous"];

  it.each(kinds)(
    "%s: each function scores the same as when its impostor is graded alone",
    async (kind) => {
      const course = (
        (await import(pathToFileURL(join(courseDir, "course.ts")).href)) as { default: Course }
      ).default;
      const graded = gradedModules(course).filter((m) => modules.includes(m.module));
      expect(graded.map((m) => m.module).sort()).toEqual([...modules].sort());
      const extraFiles = referenceFiles(courseDir, course);
      const run = async (only: typeof graded) => {
        const report = await grade({
          courseDir,
          course,
          courseVersion: "impostor",
          submission: join(courseDir, "solutions"),
          seed: 1,
          overrides: Object.fromEntries(only.map((m) => [m.module, impostorSource(kind, m)])),
          extraFiles,
          only: new Set(only.map((m) => m.module)),
        });
        return report.assignments
          .flatMap((a) => a.functions)
          .map((f) => ({
            module: f.module,
            points: f.points,
            passed: f.checks.filter((c) => c.status === "passed").map((c) => c.id),
            coincided: f.checks.filter((c) => c.message.includes(COINCIDES)).map((c) => c.id),
          }));
      };
      const together = await run(graded);
      expect(together).toHaveLength(graded.length);
      // initializeWithZeros's answer is zeros: that impostor is the reference, and forfeits
      const zeros = together.find((f) => f.module.endsWith("initialize-with-zeros.ts"))!;
      if (kind === "zeros") expect(zeros).toMatchObject({ points: 0, passed: [] });
      if (kind === "zeros") expect(zeros.coincided.length).toBeGreaterThan(0);
      for (const m of graded) {
        const alone = await run([m]);
        expect(alone).toEqual(together.filter((f) => f.module === m.module));
      }
    },
    TIMEOUT,
  );
});

describe("checksCallingOthers", () => {
  it("finds no hidden check of nn-basics calling callOther (the all-at-once runs rely on it)", () => {
    expect(checksCallingOthers(courseDir)).toEqual([]);
  });
});
