/**
 * The grade report as JUnit XML, for CI systems that show test results: one
 * `<testsuite>` per assignment, one `<testcase>` per check; failed checks carry a
 * `<failure>`, checks the run never reached a `<skipped>`.
 */
import type { CheckResult, GradeReport } from "../engine/report.ts";

export function formatJunit(report: GradeReport): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = report.assignments.flatMap((a) => a.functions.flatMap((f) => f.checks));
  out.push(
    `<testsuites${attrs({
      name: report.course.title,
      tests: all.length,
      failures: countOf(all, "failed"),
      skipped: countOf(all, "not-run"),
      time: seconds(report.durationMs),
    })}>`,
  );
  for (const assignment of report.assignments) {
    const checks = assignment.functions.flatMap((f) => f.checks);
    out.push(
      `  <testsuite${attrs({
        name: assignment.title,
        tests: checks.length,
        failures: countOf(checks, "failed"),
        skipped: countOf(checks, "not-run"),
        time: seconds(checks.reduce((s, c) => s + c.durationMs, 0)),
      })}>`,
    );
    for (const fn of assignment.functions) {
      for (const check of fn.checks) {
        const testcase = `    <testcase${attrs({
          classname: `${assignment.slug}.${fn.name}`,
          name: `${check.id.slice(check.id.lastIndexOf("/") + 1)}: ${check.description}`,
          time: seconds(check.durationMs),
        })}`;
        if (check.status === "passed") {
          out.push(`${testcase}/>`);
        } else if (check.status === "failed") {
          out.push(`${testcase}>`);
          out.push(
            `      <failure${attrs({
              message: check.message.split(/\r?\n/)[0] ?? "",
              type: check.reason ?? "failed",
            })}>${escapeXml(check.message)}</failure>`,
          );
          out.push("    </testcase>");
        } else {
          out.push(`${testcase}>`);
          out.push('      <skipped message="not run"/>');
          out.push("    </testcase>");
        }
      }
    }
    out.push("  </testsuite>");
  }
  if (report.skipped.length > 0) {
    // files the grader did not read: a suite of skipped cases, one per file, saying why
    out.push(
      `  <testsuite${attrs({ name: "files not graded", tests: report.skipped.length, failures: 0, skipped: report.skipped.length, time: "0.000" })}>`,
    );
    for (const s of report.skipped) {
      out.push(`    <testcase${attrs({ classname: "submission", name: s.path, time: "0.000" })}>`);
      out.push(`      <skipped${attrs({ message: s.reason })}/>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

function countOf(checks: CheckResult[], status: CheckResult["status"]): number {
  return checks.filter((c) => c.status === status).length;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeAttr(String(value))}"`)
    .join("");
}

/** Text content: the five XML special characters escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return stripInvalid(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** Attribute values also keep their tabs and line breaks (a parser would turn them into spaces). */
function escapeAttr(text: string): string {
  return escapeXml(text)
    .replaceAll("\t", "&#9;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;");
}

/**
 * Drops what XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
function stripInvalid(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const allowed =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}
