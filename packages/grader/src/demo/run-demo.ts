/**
 * `dlc demo <file> [args…]`: the one runner every course's demos go through
 * (`"demo": "dlc demo demos/planar.ts"` in a course's package.json). A demo is a
 * plain module with top-level `await`; this imports it and turns how it can end
 * into something a student can act on:
 *
 * - a function still a stub (`NotImplemented`): one line naming it and its file,
 *   exit 1, instead of Node's dump of the minified tfjs line that rethrew it;
 * - any other error: its message and the frames in the course's own files, exit 1.
 */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { isNotImplemented } from "../check/not-implemented.ts";
import { UsageError } from "../cli/courses.ts";

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
  try {
    await import(pathToFileURL(path).href);
    return 0;
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
