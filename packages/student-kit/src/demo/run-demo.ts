/**
 * `dlc demo <file> [args…]`: the one runner every course's demos go through
 * (`"demo": "dlc demo demos/planar.ts"` in a course's package.json). A demo is a
 * plain module with top-level `await`; this imports it and turns how it can end
 * into something a student can act on:
 *
 * - a function still a stub (`NotImplemented`): one line naming it and its file,
 *   exit 1, instead of Node's dump of the minified tfjs line that rethrew it;
 * - any other error: its message and the frames in the course's own files, exit 1;
 * - a demo that runs several models may skip one whose code is unfinished
 *   (`skipUnfinished(error)` from `@dlc/student-kit/demo`) and go on with the rest; it
 *   still ends with the one line naming the first function to write, exit 1.
 */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { isNotImplemented } from "../check/not-implemented.ts";
import { UsageError } from "../cli/courses.ts";

/** The first stub a demo skipped; shared through globalThis (one per process). */
const SKIPPED = Symbol.for("dlc.demo.skipped");
type WithSkipped = { [SKIPPED]?: Error };

/**
 * In a demo, for a run that may meet unfinished code: a `NotImplemented` is noted (the
 * demo ends with exit 1 and the one line naming it) and the demo goes on; any other
 * error is rethrown.
 * @param label what is skipped (`L2, λ = 0.7`), printed with the function's name
 */
export function skipUnfinished(error: unknown, label?: string): void {
  if (!isNotImplemented(error)) throw error;
  const g = globalThis as WithSkipped;
  g[SKIPPED] ??= error;
  console.log(`  ${label ? `${label}: ` : ""}skipped, ${error.fn} is not implemented yet`);
}

/** `exercises/05-x/two-layer-model.ts` from the first frame of `stack` inside `exercises/`. */
function stubFile(stack: string | undefined, courseDir: string): string | undefined {
  for (const line of (stack ?? "").split("\n")) {
    const m = /((?:\/|[A-Za-z]:\\)[^():]+\.ts):\d+:\d+\)?\s*$/.exec(line.trim());
    if (m && m[1]!.startsWith(resolve(courseDir, "exercises") + sep))
      return relative(courseDir, m[1]!).split(sep).join("/");
  }
  return undefined;
}

/** Frames of `stack` in the course's own files (not node_modules), at most `max`. */
function ownFrames(stack: string | undefined, courseDir: string, max = 4): string[] {
  return (stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l) && l.includes(courseDir) && !l.includes("node_modules"))
    .slice(0, max)
    .map((l) => `  ${l.trim().replace(courseDir + sep, "")}`);
}

/** The one line a demo on unfinished code prints. */
export function notImplementedLine(
  error: { message: string; fn?: unknown; stack?: string },
  courseDir: string,
  demo: string,
): string {
  const name = typeof error.fn === "string" ? error.fn : error.message.split(" ")[0];
  const file = stubFile(error.stack, courseDir);
  return `demo: ${name} is not implemented yet: write it${file ? ` in ${file}` : ""} (\`pnpm test\` checks it; \`pnpm ${demo} --solutions\` runs the reference)`;
}

/**
 * Runs the demo module `file` (relative to `courseDir`); resolves to the exit code.
 * @param script the package.json script name, for the message (`demo`, `demo:planar`)
 */
export async function runDemo(courseDir: string, file: string, script = "demo"): Promise<number> {
  const path = resolve(courseDir, file);
  if (!existsSync(path)) throw new UsageError(`no demo ${file} in ${courseDir}`);
  const g = globalThis as WithSkipped;
  delete g[SKIPPED];
  try {
    await import(pathToFileURL(path).href);
    const skipped = g[SKIPPED];
    if (!skipped) return 0;
    process.stderr.write(`${notImplementedLine(skipped, courseDir, script)}\n`);
    return 1;
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    if (isNotImplemented(e)) {
      process.stderr.write(`${notImplementedLine(e, courseDir, script)}\n`);
    } else {
      const frames = ownFrames(e.stack, courseDir);
      process.stderr.write(
        `demo: ${e.name === "Error" ? "" : `${e.name}: `}${e.message.split("\n")[0]}\n${frames.length ? `${frames.join("\n")}\n` : ""}`,
      );
    }
    return 1;
  }
}

/**
 * The demo's own arguments: what follows the demo file in `process.argv`, without pnpm's
 * `--` (`pnpm demo:x -- --solutions --steps 10` → `["--solutions", "--steps", "10"]`), for a
 * demo that parses options with `parseArgs({ args: demoArgs(), … })`.
 */
export function demoArgs(argv: readonly string[] = process.argv): string[] {
  const at = argv.findIndex(
    (a, i) => i > 0 && /\.(?:ts|mts|js|mjs)$/.test(a) && /(?:^|[\\/])demos[\\/]/.test(a),
  );
  return argv.slice(at + 1).filter((a) => a !== "--");
}
