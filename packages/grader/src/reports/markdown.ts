/**
 * The grade report as Markdown for a GitHub job summary (`$GITHUB_STEP_SUMMARY`): the
 * score as a heading, a table of assignments and a table of the failed checks.
 */
import { type GradeReport, percent } from "../engine/report.ts";

/** Rows of the failed-checks table; the rest is counted in one line. */
const MAX_FAILED_ROWS = 50;

export function formatMarkdown(report: GradeReport): string {
  const out: string[] = [];
  out.push(
    `## ${inline(report.course.title)}: ${report.points}/${report.max} ` +
      `(${percent(report.points, report.max)} %)`,
  );
  out.push("");
  const all = report.assignments.flatMap((a) => a.functions.flatMap((f) => f.checks));
  if (!report.complete) {
    const notRun = all.filter((c) => c.status === "not-run").length;
    out.push("> [!WARNING]");
    out.push(`> grading was cut short: ${notRun} checks not run count as failed`);
    out.push("");
  }
  if (report.skipped.length > 0) {
    out.push(`### Files not graded (${report.skipped.length})`);
    out.push("");
    out.push("| File | Why |");
    out.push("| --- | --- |");
    for (const s of report.skipped) out.push(`| ${cell(s.path)} | ${cell(s.reason)} |`);
    out.push("");
  }
  out.push("| Assignment | Points | Max | % |");
  out.push("| --- | ---: | ---: | ---: |");
  for (const a of report.assignments) {
    out.push(`| ${cell(a.title)} | ${a.points} | ${a.max} | ${percent(a.points, a.max)} |`);
  }
  const failed = all.filter((c) => c.status === "failed");
  if (failed.length > 0) {
    out.push("");
    out.push(`### Failed checks (${failed.length})`);
    out.push("");
    out.push("| Check | Reason | Message |");
    out.push("| --- | --- | --- |");
    for (const check of failed.slice(0, MAX_FAILED_ROWS)) {
      const firstLine = check.message.split(/\r?\n/)[0] ?? "";
      out.push(`| \`${check.id}\` | ${cell(check.reason ?? "")} | ${cell(firstLine)} |`);
    }
    if (failed.length > MAX_FAILED_ROWS) {
      out.push("");
      out.push(`… and ${failed.length - MAX_FAILED_ROWS} more`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** Text safe inside a table cell: on one line, pipes escaped, no raw HTML. */
export function cell(text: string): string {
  return inline(text).replaceAll("|", "\\|");
}

function inline(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, " ")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}
