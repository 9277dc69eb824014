/** Tests of the report writers on a small hand-built report. */

import { describe, expect, it } from "vitest";
import { type GradeReport, REPORT_SCHEMA } from "../engine/report.ts";
import { field, formatCsv } from "./csv.ts";
import { formatExercism } from "./exercism.ts";
import { formatGradescope } from "./gradescope.ts";
import { defaultFileName, FORMATS, formatReport } from "./index.ts";
import { formatJunit } from "./junit.ts";
import { formatMarkdown } from "./markdown.ts";
import { cleanReport } from "./sanitize.ts";
import { formatTerminal } from "./terminal.ts";

const SPECIAL = `expected <&"'|> got, nothing\nsecond line\u0007`;

function fakeReport(): GradeReport {
  return {
    schema: REPORT_SCHEMA,
    grader: { version: "0.1.0" },
    course: { slug: "nn-basics", title: "NN Basics", version: "1.0.0" },
    seed: 42,
    submission: "alice.zip",
    complete: false,
    points: 5,
    max: 12,
    assignments: [
      {
        slug: "01-linear",
        title: "Linear layers",
        points: 5,
        max: 7,
        functions: [
          {
            name: "linearForward",
            module: "01-linear/linear.ts",
            points: 2,
            max: 4,
            checks: [
              {
                id: "01/linearForward/returns-shape",
                kind: "contract",
                description: "returns a tensor of the right shape",
                points: 2,
                max: 2,
                status: "passed",
                message: "",
                durationMs: 12,
              },
              {
                id: "01/linearForward/matches-reference",
                kind: "reference",
                description: "matches the reference",
                points: 0,
                max: 2,
                status: "failed",
                message: SPECIAL,
                reason: "wrong",
                durationMs: 30,
              },
            ],
          },
          {
            name: "relu",
            module: "01-linear/relu.ts",
            points: 3,
            max: 3,
            checks: [
              {
                id: "01/relu/non-negative",
                kind: "property",
                description: "never negative",
                points: 3,
                max: 3,
                status: "passed",
                message: "",
                durationMs: 5,
              },
            ],
          },
        ],
      },
      {
        slug: "02-backprop",
        title: "Backprop",
        points: 0,
        max: 5,
        functions: [
          {
            name: "propagate",
            module: "02-backprop/propagate.ts",
            points: 0,
            max: 5,
            checks: [
              {
                id: "02/propagate/cost-finite",
                kind: "contract",
                description: "cost is finite",
                points: 0,
                max: 2,
                status: "failed",
                message: "l1\nl2\nl3\nl4",
                reason: "threw",
                durationMs: 8,
              },
              {
                id: "02/propagate/grads-match-reference",
                kind: "gradient",
                description: "gradients match",
                points: 0,
                max: 3,
                status: "not-run",
                message: "not run: the grading stopped before this check",
                durationMs: 0,
              },
            ],
          },
        ],
      },
    ],
    skipped: [],
    generatedAt: "2025-01-01T00:00:00.000Z",
    durationMs: 1234,
  };
}

/** A minimal RFC 4180 reader, to check that the writer's quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(value);
      value = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(value);
      rows.push(row);
      row = [];
      value = "";
      i++;
    } else value += ch;
  }
  if (value !== "" || row.length > 0) rows.push([...row, value]);
  return rows;
}

/** Checks XML well-formedness enough for our output: balanced tags, clean text and attributes. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let end = 0;
  for (const m of body.matchAll(token)) {
    end = m.index + m[0].length;
    const [, close, name, , selfClose, text] = m;
    if (text !== undefined) {
      expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
      continue;
    }
    expect(m[3] ?? "").not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) stack.push(name as string);
  }
  expect(end).toBe(body.length);
  expect(stack).toEqual([]);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none are left
  expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
}

describe("formatTerminal", () => {
  it("shows the score, bars and the first failure, without ANSI codes when color is off", () => {
    const text = formatTerminal(fakeReport(), { color: false });
    expect(text).toContain("NN Basics");
    expect(text).toContain("alice.zip");
    expect(text).toContain("seed 42");
    expect(text).toContain("5/12 (41.7 %)");
    expect(text).toContain(`Linear layers  5/7  ${"█".repeat(14)}${"░".repeat(6)}`);
    expect(text).toContain("matches-reference: expected <&\"'|> got, nothing");
    expect(text).toContain("second line");
    expect(text).toContain("cost-finite: l1\n        l2\n        l3\n        …");
    expect(text).not.toContain("l4");
    expect(text).toContain("Checks: 2 passed, 2 failed, 1 not run");
    expect(text).not.toContain("\u0007");
    expect(text).toContain("grading was cut short: 1 checks not run count as failed");
    expect(text).not.toContain("\x1b[");
  });

  it("colors with ANSI codes when asked", () => {
    const text = formatTerminal(fakeReport(), { color: true });
    expect(text).toContain("\x1b[32m");
    expect(text).toContain("\x1b[31m");
  });

  it("has no warning for a complete run", () => {
    const text = formatTerminal({ ...fakeReport(), complete: true }, { color: false });
    expect(text).not.toContain("cut short");
  });
});

describe("formatJunit", () => {
  const xml = formatJunit(fakeReport());

  it("is well-formed XML with a testcase per check", () => {
    assertWellFormed(xml);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml.match(/<testcase /g)).toHaveLength(5);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml.match(/<skipped /g)).toHaveLength(1);
    expect(xml).toContain('<testsuites name="NN Basics" tests="5" failures="2"');
    expect(xml).toContain('time="1.234"');
    expect(xml).toContain(
      'classname="01-linear.linearForward" name="matches-reference: matches the reference" time="0.030"',
    );
    expect(xml).toContain('type="threw"');
  });

  it("escapes special characters and drops control characters", () => {
    expect(xml).toContain(
      "expected &lt;&amp;&quot;&apos;|&gt; got, nothing\nsecond line</failure>",
    );
    expect(xml).toContain('message="expected &lt;&amp;&quot;&apos;|&gt; got, nothing"');
    expect(xml).not.toContain("\u0007");
  });
});

describe("formatGradescope", () => {
  it("gives the total score, a test per check and the summary", () => {
    const results = JSON.parse(formatGradescope(fakeReport(), { reveal: false }));
    expect(results.score).toBe(5);
    expect(results.execution_time).toBe(1.23);
    expect(results.visibility).toBe("visible");
    expect(results.stdout_visibility).toBe("hidden");
    expect(results.output).toContain("grading was cut short");
    expect(results.tests).toHaveLength(5);
    expect(results.tests[1]).toEqual({
      name: "01/linearForward/matches-reference: matches the reference",
      number: "01.1.2",
      score: 0,
      max_score: 2,
      status: "failed",
      output: SPECIAL,
      visibility: "after_published",
    });
    expect(results.tests[4].number).toBe("02.1.2");
    expect(results.tests[4].status).toBe("failed");
  });

  it("shows contract checks always and the others only with reveal", () => {
    const hidden = JSON.parse(formatGradescope(fakeReport(), { reveal: false }));
    expect(hidden.tests.map((t: { visibility: string }) => t.visibility)).toEqual([
      "visible",
      "after_published",
      "after_published",
      "visible",
      "after_published",
    ]);
    const revealed = JSON.parse(formatGradescope(fakeReport(), { reveal: true }));
    for (const test of revealed.tests) expect(test.visibility).toBe("visible");
  });

  it("does not mention a cut-short run when complete", () => {
    const results = JSON.parse(
      formatGradescope({ ...fakeReport(), complete: true }, { reveal: false }),
    );
    expect(results.output).not.toContain("cut short");
  });
});

describe("formatMarkdown", () => {
  it("has the heading, the assignment table and the failed checks with escaped pipes", () => {
    const md = formatMarkdown(fakeReport());
    expect(md.startsWith("## NN Basics: 5/12 (41.7 %)\n")).toBe(true);
    expect(md).toContain("| Assignment | Points | Max | % |");
    expect(md).toContain("| Linear layers | 5 | 7 | 71.4 |");
    expect(md).toContain("| Backprop | 0 | 5 | 0 |");
    expect(md).toContain("| Check | Reason | Message |");
    expect(md).toContain(
      "| `01/linearForward/matches-reference` | wrong | expected &lt;&amp;\"'\\|&gt; got, nothing |",
    );
    expect(md).not.toContain("second line");
    expect(md).toContain("grading was cut short: 1 checks not run count as failed");
  });

  it("caps the failed checks at 50 rows", () => {
    const report = fakeReport();
    const fn = report.assignments[0]!.functions[0]!;
    const failed = fn.checks[1]!;
    fn.checks = Array.from({ length: 60 }, (_, i) => ({ ...failed, id: `01/linearForward/c${i}` }));
    const md = formatMarkdown({ ...report, complete: true });
    expect(md.match(/^\| `01\/linearForward\/c\d+`/gm)).toHaveLength(50);
    expect(md).toContain("… and 11 more");
    expect(md).not.toContain("cut short");
  });
});

describe("formatCsv", () => {
  it("writes a header and a row per check that read back the same", () => {
    const csv = formatCsv(fakeReport());
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      "submission",
      "check",
      "kind",
      "points",
      "max",
      "status",
      "reason",
      "message",
    ]);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual([
      "alice.zip",
      "01/linearForward/matches-reference",
      "reference",
      "0",
      "2",
      "failed",
      "wrong",
      SPECIAL,
    ]);
    expect(rows[5]?.[5]).toBe("not-run");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes only fields that need it", () => {
    expect(field("plain")).toBe("plain");
    expect(field('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(parseCsv(`${field('a, "b"\nc')},x\r\n`)).toEqual([['a, "b"\nc', "x"]]);
  });
});

describe("formatExercism", () => {
  it("writes exercism's results.json v3: a test per check, its task, pass/fail/error", () => {
    const results = JSON.parse(formatExercism(cleanReport(fakeReport())));
    expect(results.version).toBe(3);
    expect(results.status).toBe("fail");
    expect(results.message).toBeUndefined();
    expect(
      results.tests.map((t: { status: string; task_id: number }) => [t.status, t.task_id]),
    ).toEqual([
      ["pass", 1],
      ["fail", 1],
      ["pass", 1],
      ["error", 2],
      ["error", 2],
    ]);
    expect(results.tests[0].message).toBeUndefined();
    expect(results.tests[1].message).toContain("expected <&");
    expect(results.tests[1].test_code).toContain("linearForward (01-linear/linear.ts)");
    expect(results.tests[4].message).toMatch(/^not run/);
  });

  it("says error, with a message, when no check ran to an answer", () => {
    const report = fakeReport();
    for (const a of report.assignments)
      for (const f of a.functions)
        for (const c of f.checks) Object.assign(c, { status: "failed", reason: "not-implemented" });
    const results = JSON.parse(formatExercism(report));
    expect(results.status).toBe("error");
    expect(results.message).toContain("no check of alice.zip ran to an answer");
  });

  it("says pass when every check passed", () => {
    const report = fakeReport();
    for (const a of report.assignments)
      for (const f of a.functions) for (const c of f.checks) c.status = "passed";
    expect(JSON.parse(formatExercism(report)).status).toBe("pass");
  });
});

describe("formatReport", () => {
  it("dispatches every format and names its file", () => {
    const report = fakeReport();
    for (const format of FORMATS) expect(formatReport(report, format).length).toBeGreaterThan(0);
    // the JSON is the report with what the submission controls cleaned (the BEL in SPECIAL goes)
    expect(JSON.parse(formatReport(report, "json"))).toEqual(cleanReport(report));
    expect(formatReport(report, "json")).not.toContain("\\u0007");
    expect(formatReport(report, "terminal")).not.toContain("\x1b[");
    expect(formatReport(report, "terminal", { color: true })).toContain("\x1b[");
    expect(
      JSON.parse(formatReport(report, "gradescope", { reveal: true })).tests[1].visibility,
    ).toBe("visible");
    expect(FORMATS.map(defaultFileName)).toEqual([
      "grade-report.txt",
      "grade-report.json",
      "junit.xml",
      "results.json",
      "grade-report.md",
      "grade-report.csv",
      "exercism-results.json",
    ]);
  });
});
