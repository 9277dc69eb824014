/**
 * The report writers: every format the grader can write a `GradeReport` in, one
 * dispatcher, and the file name each format is written to by default.
 */
import type { GradeReport } from "../engine/report.ts";
import { formatCsv } from "./csv.ts";
import { formatExercism } from "./exercism.ts";
import { formatGradescope } from "./gradescope.ts";
import { formatJunit } from "./junit.ts";
import { formatMarkdown } from "./markdown.ts";
import { cleanReport } from "./sanitize.ts";
import { formatTerminal } from "./terminal.ts";

export { formatCsv, formatExercism, formatGradescope, formatJunit, formatMarkdown, formatTerminal };

export const FORMATS = [
  "terminal",
  "json",
  "junit",
  "gradescope",
  "markdown",
  "csv",
  "exercism",
] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** ANSI colors in the terminal format */
  color?: boolean;
  /** Gradescope: show every check to students right away */
  reveal?: boolean;
}

/**
 * Writes `report` in `format`. Whatever the submission put in it (messages, its label, file
 * names) is cleaned and capped first (sanitize.ts), in every format.
 */
export function formatReport(
  raw: GradeReport,
  format: Format,
  { color = false, reveal = false }: FormatOptions = {},
): string {
  const report = cleanReport(raw);
  switch (format) {
    case "terminal":
      return formatTerminal(report, { color });
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "junit":
      return formatJunit(report);
    case "gradescope":
      return formatGradescope(report, { reveal });
    case "markdown":
      return formatMarkdown(report);
    case "csv":
      return formatCsv(report);
    case "exercism":
      return formatExercism(report);
  }
}

const FILE_NAMES: Record<Format, string> = {
  terminal: "grade-report.txt",
  json: "grade-report.json",
  junit: "junit.xml",
  gradescope: "results.json",
  markdown: "grade-report.md",
  csv: "grade-report.csv",
  exercism: "exercism-results.json",
};

export function defaultFileName(format: Format): string {
  return FILE_NAMES[format];
}
