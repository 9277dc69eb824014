/**
 * The vitest config of a course package:
 * `export default courseConfig(import.meta.dirname, course)`.
 */
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import type { Course } from "../course/define-course.ts";
import { StudentReporter } from "./student-reporter.ts";
import { currentTarget, targetPlugin } from "./target.ts";

const setupFile = fileURLToPath(new URL("./setup.ts", import.meta.url));

export function courseConfig(courseDir: string, course: Course) {
  const target = currentTarget();
  return defineConfig({
    plugins: [targetPlugin(courseDir, target)],
    test: {
      name: basename(courseDir),
      root: courseDir,
      // public tests beside the stubs; the tests of what the course provides (src/) only
      // against the solutions (maintainers, CI, prove): a student's run counts only their work
      include:
        target === "solutions" || process.env.DLC_COURSE_TESTS
          ? ["exercises/**/*.test.ts", "src/**/*.test.ts"]
          : ["exercises/**/*.test.ts"],
      setupFiles: [setupFile],
      passWithNoTests: true,
      testTimeout: 60_000,
      // worker threads start ~0.2 s sooner than forked processes (one assignment's tests: 2.5 →
      // 2.3 s); course tests need nothing a thread lacks (no chdir, no permission flags)
      pool: "threads",
      // tfjs takes ~0.5 s to import; one import per worker instead of one per test file.
      isolate: false,
      reporters:
        process.env.DLC_REPORTER === "vitest"
          ? ["default"]
          : [new StudentReporter(course, courseDir, target)],
    },
  });
}
