/**
 * `dlc hint [function]`: the next hint for a function, one more each time it is
 * asked (rustlings-style: leading question first, near-answer last). Without a
 * name, the first function not done in the last `dlc progress` (or the first of
 * the course). Counts live in `<course>/.dlc/hints.json` (see `stateDir`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { allFunctions } from "../course/define-course.ts";
import { paint } from "../vitest/format.ts";
import { type CoursePackage, stateDir, UsageError } from "./courses.ts";
import { progressFile } from "./progress.ts";

function readJson<T>(path: string, fallback: T): T {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function hint(
  packages: CoursePackage[],
  name: string | undefined,
  { reset = false } = {},
): number {
  const candidates = packages.flatMap((pkg) =>
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
      const near = candidates
        .filter((c) => c.fn.name.toLowerCase().includes((fnPart ?? "").toLowerCase()))
        .map((c) => c.fn.name);
      throw new UsageError(
        `no graded function '${name}'${near.length ? ` (did you mean ${[...new Set(near)].join(", ")}?)` : ""}`,
      );
    }
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
    `${paint("bold", fn.name)} (${fn.notebook} in the notebook) · exercises/${assignment.slug}/${fn.module}`,
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
