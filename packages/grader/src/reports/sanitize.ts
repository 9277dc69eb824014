/**
 * What a submission controls in a report (the submission's label, the messages its code's
 * errors carry, file names it skipped) made safe for every format before any is written:
 *
 * - control characters (C0 and C1, DEL) are dropped, except line breaks (kept as \n) and tabs
 *   (made spaces); terminal escape sequences (ESC [ … and the like) go with their ESC;
 * - BiDi overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a reader
 *   sees, are dropped;
 * - lone surrogates become U+FFFD, so every format is well-formed UTF-8;
 * - lengths are capped (CAPS), with "… (N characters cut)" at the end.
 *
 * Format-specific escaping (XML entities, CSV quoting and formula neutralisation, Markdown)
 * stays in each writer.
 */
import type { GradeReport } from "../engine/report.ts";

/** The longest text kept, per field, in characters. */
export const CAPS = {
  /** a check's message (feedback) */
  message: 2000,
  /** a reason, kind, id */
  word: 100,
  /** the submission's label, a skipped file's path or reason */
  name: 300,
  /** skipped files listed (the rest are counted) */
  skipped: 50,
};

/** No report file grows past this, whatever a submission does (the property test holds it). */
export const MAX_REPORT_BYTES = 4 * 1024 * 1024;

// ESC-led sequences (CSI … final byte, OSC … BEL/ST, two-character escapes), then every
// remaining control character but \n and \t, then BiDi controls
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every lone surrogate replaced by U+FFFD (String#toWellFormed, typed for ES2022). */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/** One text a submission controls, made safe and at most `cap` characters long. */
export function cleanText(text: unknown, cap: number = CAPS.message): string {
  let s = typeof text === "string" ? text : String(text ?? "");
  if (s.length > cap * 4) s = s.slice(0, cap * 4); // bound the work before the regexes
  s = wellFormed(s)
    .replace(/\r\n?/g, "\n")
    .replace(ANSI, "")
    .replace(CONTROL, "")
    .replace(BIDI, "")
    .replaceAll("\t", " ");
  if (s.length > cap) {
    const cut = s.length - cap;
    s = `${wellFormed(s.slice(0, cap))}… (${cut} characters cut)`;
  }
  return s;
}

/** A copy of the report with every submission-controlled text cleaned and capped. */
export function cleanReport(report: GradeReport): GradeReport {
  const skipped = report.skipped.slice(0, CAPS.skipped).map((s) => ({
    path: cleanText(s.path, CAPS.name),
    reason: cleanText(s.reason, CAPS.name),
  }));
  const more = report.skipped.length - skipped.length;
  if (more > 0) skipped.push({ path: `… and ${more} more`, reason: "not listed" });
  return {
    ...report,
    submission: cleanText(report.submission, CAPS.name),
    skipped,
    assignments: report.assignments.map((a) => ({
      ...a,
      functions: a.functions.map((f) => ({
        ...f,
        checks: f.checks.map((c) => ({
          ...c,
          message: cleanText(c.message, CAPS.message),
          ...(c.reason === undefined ? {} : { reason: cleanText(c.reason, CAPS.word) }),
        })),
      })),
    })),
  };
}
