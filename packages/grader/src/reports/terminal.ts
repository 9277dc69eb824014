/**
 * The grade report for a terminal: a header with the score, a bar per assignment, a line
 * per graded function with the first failure under it, and a closing count of checks.
 * ANSI colors only when asked for (`color: true`), so the same text can go to a file.
 */
import { type CheckResult, type GradeReport, percent } from "../engine/report.ts";

export interface TerminalOptions {
  /** use ANSI colors: green passed, red failed, dim not run */
  color: boolean;
}

type Style = "green" | "red" | "dim" | "bold";

const ANSI: Record<Style, [string, string]> = {
  green: ["\x1b[32m", "\x1b[39m"],
  red: ["\x1b[31m", "\x1b[39m"],
  dim: ["\x1b[2m", "\x1b[22m"],
  bold: ["\x1b[1m", "\x1b[22m"],
};

/** Lines of a failure message shown under its function. */
const MESSAGE_LINES = 3;

export function formatTerminal(report: GradeReport, options: TerminalOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
  /** red when a check failed, green when all passed, dim when (some) were not run */
  const statusStyle = (checks: CheckResult[]): Style =>
    checks.some((c) => c.status === "failed")
      ? "red"
      : checks.length > 0 && checks.every((c) => c.status === "passed")
        ? "green"
        : "dim";

  const out: string[] = [];
  out.push(
    `${paint("bold", report.course.title)} · ${report.submission} · seed ${report.seed} · ` +
      paint(
        "bold",
        `${score(report.points, report.max)} (${percent(report.points, report.max)} %)`,
      ),
  );
  if (report.skipped.length > 0) {
    out.push("");
    out.push(paint("bold", `Files not graded (${report.skipped.length}):`));
    for (const s of report.skipped) out.push(`  ${paint("dim", "·")} ${s.path}: ${s.reason}`);
  }
  const names = report.assignments.flatMap((a) => a.functions.map((f) => f.name.length));
  const width = Math.max(8, ...names);
  for (const assignment of report.assignments) {
    const checks = assignment.functions.flatMap((f) => f.checks);
    out.push("");
    out.push(
      `${paint("bold", assignment.title)}  ${score(assignment.points, assignment.max)}  ` +
        paint(statusStyle(checks), bar(assignment.points, assignment.max, 20)),
    );
    for (const fn of assignment.functions) {
      const style = statusStyle(fn.checks);
      out.push(
        `  ${fn.name.padEnd(width)}  ${score(fn.points, fn.max).padStart(9)}  ` +
          paint(style, bar(fn.points, fn.max, 10)),
      );
      const failed = fn.checks.find((c) => c.status === "failed");
      if (failed) {
        const lines = messageLines(failed.message);
        const shown = lines.slice(0, MESSAGE_LINES);
        if (lines.length > MESSAGE_LINES) shown.push("…");
        const [first = "", ...rest] = shown;
        out.push(`      ${paint("red", "✗")} ${lastSegment(failed.id)}: ${first}`);
        for (const line of rest) out.push(`        ${line}`);
      }
    }
  }
  const all = report.assignments.flatMap((a) => a.functions.flatMap((f) => f.checks));
  const count = (status: CheckResult["status"]) => all.filter((c) => c.status === status).length;
  const notRun = count("not-run");
  out.push("");
  out.push(
    `Checks: ${paint("green", `${count("passed")} passed`)}, ` +
      `${paint("red", `${count("failed")} failed`)}, ${paint("dim", `${notRun} not run`)}`,
  );
  if (!report.complete) {
    out.push(paint("red", `! grading was cut short: ${notRun} checks not run count as failed`));
  }
  return `${out.join("\n")}\n`;
}

/** `7.5/10`, points rounded to at most 3 decimals */
function score(points: number, max: number): string {
  return `${num(points)}/${num(max)}`;
}

function num(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** A bar of `width` cells, filled in proportion to points/max. */
export function bar(points: number, max: number, width: number): string {
  const filled = max > 0 ? Math.min(width, Math.max(0, Math.round((width * points) / max))) : 0;
  return "█".repeat(filled) + "░".repeat(width - filled);
}

/** The message's non-blank lines, without control characters (a stray bell or escape). */
function messageLines(message: string): string[] {
  const printable = [...message]
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c === 0x9 || c === 0xa || (c >= 0x20 && c !== 0x7f && !(c >= 0x80 && c < 0xa0));
    })
    .join("");
  return printable
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
}

function lastSegment(id: string): string {
  return id.slice(id.lastIndexOf("/") + 1);
}
