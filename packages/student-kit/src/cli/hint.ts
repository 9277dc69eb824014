/**
 * `dlc hint [function]`: the next hint for a function, one more each time it is
 * asked (rustlings-style: leading question first, near-answer last). Without a
 * name, the first function not done in the last `dlc progress` (or the first of
 * the course). Counts live in `<course>/.dlc/hints.json` (see `stateDir`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { allFunctions } from "../course/define-course.ts";
import { closest, didYouMean } from "../vitest/closest.ts";
import { paint } from "../vitest/format.ts";
import { lastTestFile } from "../vitest/student-reporter.ts";
import { type CoursePackage, stateDir, UsageError } from "./courses.ts";
import { progressFile } from "./progress.ts";

function readJson<T>(path: string, fallback: T): T {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : fallback;
  } catch {
    return fallback;
  }
}

type Candidate = { pkg: CoursePackage } & ReturnType<typeof allFunctions>[number];

/**
 * An ambiguous name (`sigmoid` is in 01 and 02) resolved by where the student is:
 * inside an assignment's folder, or right after `pnpm test <filter>` that showed one
 * assignment (`last-test.json`, written by the student reporter). Else unchanged.
 */
function narrowed(matches: Candidate[], cwd: string): Candidate[] {
  const here = matches.filter((m) => {
    const rel = relative(join(m.pkg.dir, "exercises", m.assignment.slug), cwd);
    return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep));
  });
  if (here.length === 1) return here;
  const shown = matches.filter((m) =>
    readJson<{ assignments?: string[] }>(lastTestFile(m.pkg), {}).assignments?.includes(
      m.assignment.slug,
    ),
  );
  return shown.length === 1 ? shown : matches;
}

/**
 * Where the function comes from: `(sigmoid in the notebook)`, or a lecture or quiz as
 * the course wrote it (`(C3 W1 lecture: …)`), never wrapped twice.
 */
export function source(notebook: string): string {
  const text = notebook.trim();
  if (text.startsWith("(") && text.endsWith(")")) return text;
  return /\b(lecture|quiz)\b/i.test(text) ? `(${text})` : `(${text} in the notebook)`;
}

export function hint(
  packages: CoursePackage[],
  name: string | undefined,
  { reset = false, cwd = process.cwd() } = {},
): number {
  const candidates: Candidate[] = packages.flatMap((pkg) =>
    allFunctions(pkg.course).map((entry) => ({ pkg, ...entry })),
  );
  let matches = candidates;
  if (name) {
    const [assignmentPart, fnPart] = name.includes("/") ? name.split("/", 2) : [undefined, name];
    matches = candidates.filter(
      (c) =>
        c.fn.name === fnPart && (!assignmentPart || c.assignment.slug.startsWith(assignmentPart)),
    );
    if (matches.length === 0) {
      const names = candidates.map((c) => c.fn.name);
      const near = closest(fnPart ?? "", names).flatMap((n) => {
        const all = candidates.filter((c) => c.fn.name === n);
        return all.length > 1 ? all.map((c) => `${c.assignment.slug.slice(0, 2)}/${n}`) : [n];
      });
      throw new UsageError(
        `no graded function '${name}'${near.length > 0 ? didYouMean(near) : " (`pnpm hint` alone gives the next unfinished one; `pnpm progress` lists them all)"}`,
      );
    }
    if (matches.length > 1) matches = narrowed(matches, cwd);
    if (matches.length > 1) {
      const options = matches
        .map((m) => `${m.assignment.slug.slice(0, 2)}/${m.fn.name}`)
        .join(", ");
      throw new UsageError(`'${name}' is in several assignments; say which: ${options}`);
    }
  } else {
    const next = packages
      .map((pkg) =>
        readJson<{ functions?: { name: string; path: string; status: string }[] }>(
          progressFile(pkg),
          {},
        ),
      )
      .flatMap((p) => p.functions ?? [])
      .find((f) => f.status !== "done");
    const found =
      next && candidates.find((c) => `exercises/${c.assignment.slug}/${c.fn.module}` === next.path);
    matches = [found ?? candidates[0]!].filter(Boolean);
    if (matches.length === 0) throw new UsageError("this course has no exercises yet");
  }
  const { pkg, assignment, fn } = matches[0]!;
  const stateFile = join(stateDir(pkg), "hints.json");
  const state = readJson<Record<string, number>>(stateFile, {});
  const key = `${assignment.slug}/${fn.name}`;
  const seen = reset ? 0 : (state[key] ?? 0);
  const index = Math.min(seen, fn.hints.length - 1);
  state[key] = Math.min(seen + 1, fn.hints.length);
  mkdirSync(stateDir(pkg), { recursive: true });
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  const lines = [
    `${paint("bold", fn.name)} ${source(fn.notebook)} · exercises/${assignment.slug}/${fn.module}`,
    `Hint ${index + 1} of ${fn.hints.length}: ${fn.hints[index]}`,
  ];
  if (index + 1 < fn.hints.length) lines.push(paint("gray", "Ask again for the next hint."));
  else
    lines.push(
      paint(
        "gray",
        `That was the last hint. The assignment README explains the math: exercises/${assignment.slug}/README.md`,
      ),
    );
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
