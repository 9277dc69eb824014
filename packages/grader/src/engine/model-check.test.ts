/**
 * The `model` check kind end to end: a tiny course (test/model-course) whose one graded
 * function builds a layers model, graded for submissions that get it right another way
 * (the functional API), get a layer's order or configuration wrong, return no model, or lie
 * about a layer's configuration (the outputs, computed with the reference's weights, expose it);
 * and a harness (test/model-course/src/step.harness.ts) driving a step function that updates a
 * tf.Variable in place, which no plain-data call could check.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineCourse } from "@dlc/student-kit/src/course/define-course.ts";
import { describe, expect, it } from "vitest";
import { grade } from "./grade.ts";

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

async function gradeSubmission(name: string, fn = "tinyModel") {
  const module = `01-models/${fn === "tinyModel" ? "tiny-model" : "halve-step"}.ts`;
  const report = await grade({
    courseDir,
    course,
    courseVersion: "0.0.0",
    submission: join(courseDir, "submissions", name),
    seed: 1,
    only: new Set([module]),
  });
  const check = report.assignments[0]!.functions[0]!.checks[0]!;
  return { points: report.points, max: report.max, check };
}

describe("model checks", { timeout: 120_000 }, () => {
  it("the reference built another way (functional API) gets full marks", async () => {
    const { points, max, check } = await gradeSubmission("right");
    expect(check.message).toBe("");
    expect(points).toBe(max);
  });

  it.each([
    ["wrong-order", "layer 2: expected BatchNormalization(axis=3"],
    ["wrong-config", "layer 1 (Conv2D): expected padding=same, got valid"],
    ["not-a-model", "should return a tf.LayersModel"],
    ["fakes-summary", "output with the reference's weights"],
  ])("%s scores 0 and is told: %s", async (name, message) => {
    const { points, check } = await gradeSubmission(name);
    expect(points).toBe(0);
    expect(check.message).toContain(message);
  });
});

describe("harnesses: given code that drives a student's function inside the sandbox", {
  timeout: 120_000,
}, () => {
  it("a step that updates its tf.Variable in place gets full marks", async () => {
    const { points, max, check } = await gradeSubmission("right", "halveStep");
    expect(check.message).toBe("");
    expect(points).toBe(max);
  });

  it.each([
    ["doubles", "the variable after three halveStep calls"],
    ["lies-about-steps", "the variable after three halveStep calls"],
  ])(
    "%s scores 0: the check reads the variable, not what the step reports",
    async (name, message) => {
      const { points, check } = await gradeSubmission(name, "halveStep");
      expect(points).toBe(0);
      expect(check.message).toContain(message);
    },
  );
});
