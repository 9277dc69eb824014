/**
 * The impostor machinery itself: wrappers reach pristine copies of the reference, arities
 * are counted as declared, and grading every module's impostor at once is sound (a function
 * scores what it scores with only its own impostor), on the test course test/model-course.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defineCourse } from "../course/define-course.ts";
import { grade } from "./grade.ts";
import {
  declaredParameters,
  gradeImpostors,
  impostorSource,
  pristineSource,
  referencePath,
} from "./impostors.ts";

const here = dirname(fileURLToPath(import.meta.url));
const courseDir = resolve(here, "../../test/model-course");
const course = defineCourse({
  slug: "model-course",
  title: "model checks",
  assignments: [
    {
      slug: "01-models",
      title: "models",
      functions: [
        { name: "tinyModel", notebook: "tiny_model", module: "tiny-model.ts", hints: ["a hint"] },
        { name: "halveStep", notebook: "halve_step", module: "halve-step.ts", hints: ["a hint"] },
      ],
    },
  ],
});

describe("impostor wrappers", () => {
  it("call pristine copies: the reference's imports of other exercise modules are redirected, src/ and packages stay", () => {
    const source = [
      'import * as tf from "@tensorflow/tfjs";',
      'import type { Cache } from "../../src/types.ts";',
      'import { linearForward } from "./linear-forward.ts";',
      'import { sigmoid } from "../01-python-basics/sigmoid.ts";',
    ].join("\n");
    expect(pristineSource(source).split("\n")).toEqual([
      'import * as tf from "@tensorflow/tfjs";',
      'import type { Cache } from "../../src/types.ts";',
      'import { linearForward } from "./__reference__.linear-forward.ts";',
      'import { sigmoid } from "../01-python-basics/__reference__.sigmoid.ts";',
    ]);
    expect(referencePath("02-x/propagate.ts")).toBe("02-x/__reference__.propagate.ts");
    expect(
      impostorSource("zeros", { module: "02-x/propagate.ts", fn: "propagate", exempt: {} }),
    ).toContain('export * from "./__reference__.propagate.ts"');
  });

  it("count parameters as declared, defaults included", () => {
    expect(declaredParameters((a: number, b = 2, c = 3) => a + b + c)).toBe(3);
    expect(declaredParameters(() => 0)).toBe(0);
    expect(
      declaredParameters(function f({ a, b }: { a: number; b: number }, [c]: number[]) {
        return a + b + c!;
      }),
    ).toBe(2);
  });
});

describe("grading impostors", { timeout: 240_000 }, () => {
  it("all at once scores each function as it scores alone, and finds the checks a fake passes", async () => {
    const outcomes = await gradeImpostors({ courseDir, course, seed: 1 });
    const of = (impostor: string, fn: string) =>
      outcomes.find((o) => o.impostor === impostor && o.fn === fn);
    // a model builder's impostors build no model: 0
    for (const kind of ["first-argument", "zeros", "ones", "constant", "remembered", "previous"])
      expect(of(kind, "tinyModel")?.points, kind).toBe(0);
    // halveStep's check reads the variable, not what the step returns: an impostor that lets the
    // reference update the variable and returns a fake number keeps the points, and is named
    expect(of("zeros", "halveStep")?.points).toBeGreaterThan(0);
    expect(of("zeros", "halveStep")?.passed).toEqual(["01/halveStep/halves-in-place"]);
    expect(of("first-argument", "halveStep")?.points).toBe(0);

    // sound: tinyModel's zeros impostor graded alone scores what it scored with halveStep's beside it
    const alone = await grade({
      courseDir,
      course,
      courseVersion: "impostor",
      submission: join(courseDir, "solutions"),
      seed: 1,
      overrides: {
        "01-models/tiny-model.ts": impostorSource("zeros", {
          module: "01-models/tiny-model.ts",
          fn: "tinyModel",
          exempt: {},
        }),
      },
      extraFiles: {
        "01-models/__reference__.tiny-model.ts": pristineSource(
          (await import("node:fs")).readFileSync(
            join(courseDir, "solutions/01-models/tiny-model.ts"),
            "utf8",
          ),
        ),
      },
      only: new Set(["01-models/tiny-model.ts"]),
    });
    expect(alone.points).toBe(of("zeros", "tinyModel")?.points);
  });
});
