/**
 * Targets: the same public tests run against the student's `exercises/`
 * (default) or the course's `solutions/` (`DLC_TARGET=solutions`). A test file
 * imports its module by relative path (`./propagate.ts`); this vite plugin
 * redirects every non-test module under `exercises/` to the same relative path
 * under the target folder, so tests are written once.
 */
import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Plugin } from "vitest/config";

export type Target = "exercises" | "solutions";

/** The target named by `DLC_TARGET`, `exercises` when unset. */
export function currentTarget(env: NodeJS.ProcessEnv = process.env): Target {
  const target = env.DLC_TARGET ?? "exercises";
  if (target !== "exercises" && target !== "solutions") {
    throw new Error(`DLC_TARGET must be 'exercises' or 'solutions', got '${target}'`);
  }
  return target;
}

export function targetPlugin(courseDir: string, target: Target): Plugin {
  const exercises = join(courseDir, "exercises") + sep;
  const replacement = join(courseDir, target);
  return {
    name: "dlc-target",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (target === "exercises" || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved?.id.startsWith(exercises) || resolved.id.endsWith(".test.ts")) return null;
      const redirected = join(replacement, relative(exercises, resolved.id));
      if (!existsSync(redirected)) {
        throw new Error(
          `dlc-target: ${relative(courseDir, resolved.id)} has no counterpart in ${target}/`,
        );
      }
      return redirected;
    },
  };
}
