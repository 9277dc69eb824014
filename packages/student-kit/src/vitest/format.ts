/** Terminal rendering of per-function results, shared by the reporter and `dlc progress`. */
import { styleText } from "node:util";
import type { CourseResult, FunctionResult } from "./results.ts";

type Style = Parameters<typeof styleText>[0];
const color = process.stdout.isTTY && !process.env.NO_COLOR;
export const paint = (style: Style, text: string): string =>
  color ? styleText(style, text) : text;

const MARK: Record<FunctionResult["status"], string> = {
  done: paint("green", "✓"),
  failing: paint("red", "✗"),
  "not-started": paint("gray", "·"),
  "no-tests": paint("yellow", "?"),
};

function indent(text: string, by: string): string {
  return text
    .split("\n")
    .map((line) => by + line)
    .join("\n");
}

/** First lines of a failure message (fast-check's counterexample included), trimmed of stack noise. */
export function shortMessage(message: string, maxLines = 8): string {
  const lines = message.split("\n").filter((l) => !/^\s+at /.test(l) && l.trim() !== "");
  return lines.slice(0, maxLines).join("\n") + (lines.length > maxLines ? "\n…" : "");
}

/** One course: a line per function; failures detailed when `details` is set. */
export function formatCourse(result: CourseResult, { details = true } = {}): string {
  const out: string[] = [];
  let assignment = "";
  const width = Math.max(8, ...result.functions.map((f) => f.name.length));
  for (const fn of result.functions) {
    if (fn.assignment !== assignment) {
      assignment = fn.assignment;
      const fns = result.functions.filter((f) => f.assignment === assignment);
      const done = fns.filter((f) => f.status === "done").length;
      out.push(`${paint("bold", `${result.course} · ${assignment}`)}  ${done}/${fns.length}`);
    }
    const passed = fn.cases.filter((c) => c.state === "passed").length;
    const run = fn.cases.filter((c) => c.state !== "skipped").length;
    const label =
      fn.status === "not-started"
        ? paint("gray", `not implemented yet (${fn.path})`)
        : fn.status === "no-tests"
          ? paint("yellow", "no tests ran")
          : `${passed}/${run} tests`;
    out.push(`  ${MARK[fn.status]} ${fn.name.padEnd(width)}  ${label}`);
    if (details && fn.status === "failing") {
      if (fn.loadError) out.push(indent(paint("red", shortMessage(fn.loadError)), "      "));
      const failed = fn.cases.filter((c) => c.state === "failed");
      for (const c of failed.slice(0, 3)) {
        out.push(
          `      ${paint("red", "✗")} ${c.name}${c.where ? paint("gray", `  (${c.where})`) : ""}`,
        );
        if (c.message) out.push(indent(shortMessage(c.message), "        "));
      }
      if (failed.length > 3)
        out.push(
          paint(
            "gray",
            `      … and ${failed.length - 3} more failing (DLC_REPORTER=vitest pnpm test shows all)`,
          ),
        );
    }
  }
  for (const e of result.otherErrors) out.push(paint("red", `  ! ${shortMessage(e, 4)}`));
  return out.join("\n");
}

/**
 * The name `dlc hint` takes for a function without ambiguity: `02/sigmoid`
 * (an assignment's number and the function), so a suggested command works as printed.
 */
export function qualifiedName(fn: Pick<FunctionResult, "assignment" | "name">): string {
  return `${fn.assignment.slice(0, 2)}/${fn.name}`;
}

/**
 * The footer: totals, the plain `N passed, N failed` line CI reads, and the next step.
 * Counts only the graded functions' tests (the student's work), never the course's own
 * tests of src/.
 * @param hintCommand how to ask for a hint from where the student is (`pnpm hint`, or
 *   `pnpm hint --course nn-basics` from the repository's root)
 */
export function formatSummary(
  results: CourseResult[],
  { hintCommand = (_course: string): string => "pnpm hint" } = {},
): string {
  const fns = results.flatMap((r) => r.functions.map((f) => ({ ...f, course: r.course })));
  const cases = fns.flatMap((f) => f.cases);
  const passed = cases.filter((c) => c.state === "passed").length;
  const failed =
    cases.filter((c) => c.state === "failed").length + fns.filter((f) => f.loadError).length;
  const done = fns.filter((f) => f.status === "done").length;
  const lines = [
    `Functions: ${done} of ${fns.length} done`,
    `Tests: ${passed} passed, ${failed} failed`,
  ];
  const next = fns.find((f) => f.status !== "done");
  if (next) {
    lines.push(
      `Next: ${paint("bold", next.name)} in ${next.path}  (\`${hintCommand(next.course)} ${qualifiedName(next)}\` for a hint)`,
    );
  } else if (fns.length > 0) {
    lines.push(paint("green", "All graded functions pass. Well done."));
  }
  return lines.join("\n");
}
