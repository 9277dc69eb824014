/**
 * The JSON report's schema (docs/grade-report.schema.json) is generated from its type and
 * published beside docs/grade-report.md; these tests keep the committed file fresh and hold
 * real reports to it.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Course } from "@dlc/student-kit/src/course/define-course.ts";
import { describe, expect, it } from "vitest";
import { reportSchema, SCHEMA_FILE } from "../../scripts/report-schema.ts";
import { grade } from "../engine/grade.ts";
import { formatReport } from "./index.ts";
import { reportSchemaErrors } from "./validate-report.ts";

const here = dirname(fileURLToPath(import.meta.url));

describe("the JSON report's schema", () => {
  it("is what the type generates (run pnpm --filter @dlc/grader schema after changing GradeReport)", () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))).toEqual(JSON.parse(reportSchema()));
  }, 60_000);

  it("accepts a real report of the sample submission, and refuses a report with a bad field", async () => {
    const courseDir = resolve(here, "../../../nn-basics");
    const course = (
      (await import(pathToFileURL(join(courseDir, "course.ts")).href)) as { default: Course }
    ).default;
    const report = await grade({
      courseDir,
      course,
      courseVersion: "0.0.0",
      submission: resolve(here, "../../../../examples/submissions/nn-basics-partial"),
      seed: 1,
      only: new Set(["01-python-basics/sigmoid.ts", "02-logistic-regression/propagate.ts"]),
    });
    const json = JSON.parse(formatReport(report, "json"));
    expect(reportSchemaErrors(json)).toEqual([]);
    expect(reportSchemaErrors({ ...json, points: "12" })).not.toEqual([]);
    expect(reportSchemaErrors({ ...json, extra: 1 })).not.toEqual([]);
  }, 120_000);
});
