/** Runs a course's public tests in-process through vitest's API and folds the results. */
import { join } from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import { createVitest } from "vitest/node";
import { type CourseResult, collectResults } from "../vitest/results.ts";
import type { Target } from "../vitest/target.ts";
import type { CoursePackage } from "./courses.ts";

class Collector implements Reporter {
  modules: readonly TestModule[] = [];
  onTestRunEnd(modules: readonly TestModule[]): void {
    this.modules = modules;
  }
}

/**
 * Runs the public tests of `pkg` against `target`, quietly.
 * @param filters file filters as on vitest's command line (`02-logistic`, `propagate`)
 */
export async function runCourseTests(
  pkg: CoursePackage,
  target: Target,
  filters: string[] = [],
): Promise<CourseResult> {
  const previous = process.env.DLC_TARGET;
  process.env.DLC_TARGET = target;
  const collector = new Collector();
  const stdoutWrite = process.stdout.write;
  try {
    const vitest = await createVitest(
      "test",
      {
        root: pkg.dir,
        config: join(pkg.dir, "vitest.config.ts"),
        configLoader: "runner",
        watch: false,
        reporters: [collector],
        silent: true,
      },
      {},
    );
    try {
      await vitest.start(filters);
    } finally {
      await vitest.close();
    }
  } finally {
    process.stdout.write = stdoutWrite;
    if (previous === undefined) delete process.env.DLC_TARGET;
    else process.env.DLC_TARGET = previous;
    process.exitCode = 0;
  }
  return collectResults(pkg.course, pkg.dir, collector.modules);
}
