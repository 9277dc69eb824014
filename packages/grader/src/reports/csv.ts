/**
 * The grade report as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break), one row per check, for spreadsheets and gradebooks.
 */
import type { GradeReport } from "../engine/report.ts";

const HEADER = ["submission", "check", "kind", "points", "max", "status", "reason", "message"];

export function formatCsv(report: GradeReport): string {
  const rows: (string | number)[][] = [HEADER];
  for (const a of report.assignments) {
    for (const f of a.functions) {
      for (const c of f.checks) {
        rows.push([
          report.submission,
          c.id,
          c.kind,
          c.points,
          c.max,
          c.status,
          c.reason ?? "",
          c.message,
        ]);
      }
    }
  }
  // files the grader did not read, as rows of their own (check "skipped")
  for (const s of report.skipped)
    rows.push([report.submission, `skipped: ${s.path}`, "file", 0, 0, "skipped", "", s.reason]);
  const lines = rows.map((row) => row.map((v) => field(String(v))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * One field, quoted (quotes doubled) when it holds a comma, quote, CR or LF. A field a
 * spreadsheet would run as a formula (starting with = + - @, a tab or CR) gets a leading
 * apostrophe, as OWASP advises; numbers stay numbers.
 */
export function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
