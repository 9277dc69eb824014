/**
 * Reports stay small and clean whatever a submission puts in them (issue 12): for arbitrary
 * messages, labels and skipped file names (lone surrogates, ESC sequences, NUL, BEL, BiDi
 * overrides, `]]>`, `</failure>`, `=cmd|' /C calc'!A0`, Markdown and HTML, megabytes of text),
 * every format parses with a real parser, holds no raw control character, no file is larger
 * than MAX_REPORT_BYTES, and a CSV cell never starts a formula.
 */

import { fc, test } from "@fast-check/vitest";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import { marked } from "marked";
import { describe, expect } from "vitest";
import type { GradeReport } from "../engine/report.ts";
import { FORMATS, formatReport } from "./index.ts";
import { MAX_REPORT_BYTES } from "./sanitize.ts";

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "\ud800 lone high \udfff lone low",
    "\u001b[31mred\u001b[0m \u001b]0;title\u0007 \u001bc",
    "nul\u0000 bel\u0007 bs\u0008 del\u007f c1\u0085\u009b",
    "\u202eevil\u202c \u2066isolate\u2069",
    "]]></failure><script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "+SUM(A1:A9)",
    "-2+3",
    "@SUM(1)",
    "\t=1",
    "| a | b |\n# heading\n<img src=x onerror=alert(1)>",
    'quote " and , comma\r\nCRLF',
  ),
  fc.constantFrom(5_000, 100_000, 2_000_000).map((n) => "x".repeat(n)),
);

function reportWith(texts: string[], reason: string, skipped: string[]): GradeReport {
  return {
    schema: "dlc-grade-report/1",
    grader: { version: "0.0.0" },
    course: { slug: "c", title: "Course", version: "0.0.0" },
    seed: 1,
    submission: texts[0] ?? "",
    complete: false,
    points: 1,
    max: 3,
    skipped: skipped.map((path) => ({ path, reason: path })),
    assignments: [
      {
        slug: "01-a",
        title: "A",
        points: 1,
        max: 3,
        functions: [
          {
            name: "f",
            module: "01-a/f.ts",
            points: 1,
            max: 3,
            checks: texts.map((message, i) => ({
              id: `01/f/c${i}`,
              kind: "reference",
              description: "d",
              points: i === 0 ? 1 : 0,
              max: 1,
              status: i === 0 ? "passed" : i % 2 ? "failed" : "not-run",
              ...(i % 2 ? { reason } : {}),
              message,
              durationMs: 1,
            })),
          },
        ],
      },
    ],
    generatedAt: "2026-12-04T00:00:00.000Z",
    durationMs: 5,
  } as GradeReport;
}

// control characters a report may hold: \n always, \t in the terminal and Markdown text, \r in CSV line ends
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("reports of hostile text", () => {
  test.prop(
    [fc.array(nasty, { minLength: 1, maxLength: 6 }), nasty, fc.array(nasty, { maxLength: 4 })],
    { numRuns: 40 },
  )(
    "every format parses, stays under the cap and holds no raw control character",
    (texts, reason, skipped) => {
      const report = reportWith(texts, reason, skipped);
      for (const format of FORMATS) {
        const text = formatReport(report, format, { color: false });
        expect(Buffer.byteLength(text), format).toBeLessThan(MAX_REPORT_BYTES);
        expect(RAW_CONTROL.test(text), `${format} holds a raw control character`).toBe(false);
        expect(LONE.test(text), `${format} holds a lone surrogate`).toBe(false);
        if (format === "json" || format === "gradescope" || format === "exercism") JSON.parse(text);
        if (format === "junit") {
          const errors: string[] = [];
          const doc = new DOMParser({
            onError: (level, message) => void (level !== "warning" && errors.push(message)),
          }).parseFromString(text, "text/xml");
          expect(errors, "junit.xml parses").toEqual([]);
          expect(doc.getElementsByTagName("script").length).toBe(0);
        }
        if (format === "csv") {
          const rows = parseCsv(text, { relax_column_count: false }) as string[][];
          for (const row of rows) {
            expect(row).toHaveLength(rows[0]!.length);
            for (const cell of row)
              expect(
                /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/.test(cell),
                `formula cell ${JSON.stringify(cell.slice(0, 20))}`,
              ).toBe(false);
          }
        }
        if (format === "markdown") {
          const html = marked.parse(text, { async: false }) as string;
          expect(html).not.toMatch(/<(script|img|iframe|a)\b/i);
        }
      }
    },
  );
});
