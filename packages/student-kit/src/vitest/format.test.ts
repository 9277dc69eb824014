import { describe, expect, it } from "vitest";
import { formatCourse, formatSummary } from "./format.ts";
import type { CaseResult, CourseResult } from "./results.ts";

const failed = (name: string): CaseResult => ({ name, state: "failed", message: `${name} is off` });

const result: CourseResult = {
  course: "nn-basics",
  functions: [
    {
      assignment: "02-logistic-regression",
      name: "sigmoid",
      path: "exercises/02-logistic-regression/sigmoid.ts",
      status: "failing",
      cases: ["a", "b", "c", "d"].map(failed),
    },
  ],
  otherErrors: [],
  // the course's own tests of src/: never the student's count
  support: { passed: 9, failed: 0 },
};

describe("the student's report", () => {
  it("accounts for every failing test of a function: three in full, then how many more", () => {
    const text = formatCourse(result);
    expect(text).toContain("0/4 tests");
    expect(text.match(/✗ sigmoid > |✗ [abcd]\b/g)).toHaveLength(3);
    expect(text).toContain("… and 1 more failing");
  });

  it("counts only the student's tests, and suggests a hint command that works as printed", () => {
    const text = formatSummary([result]);
    expect(text).toContain("Tests: 0 passed, 4 failed");
    expect(text).toContain("`pnpm hint 02/sigmoid`");
  });

  it("names the course in the hint command when several courses are shown", () => {
    const text = formatSummary([result], { hintCommand: (c) => `pnpm hint --course ${c}` });
    expect(text).toContain("`pnpm hint --course nn-basics 02/sigmoid`");
  });
});
