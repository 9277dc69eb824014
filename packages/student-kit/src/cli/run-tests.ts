/** Runs a course's public tests in-process through vitest's API and folds the results. */
import { join, relative } from "node:path";
import type { Reporter, TestModule, TestSpecification } from "vitest/node";
import { createVitest } from "vitest/node";
import { type CourseResult, collectResults } from "../vitest/results.ts";
import type { Target } from "../vitest/target.ts";
import type { CoursePackage } from "./courses.ts";

/** Progress of a run: a test file finished (`done` of `total`), with its path in the course. */
export type OnFile = (file: string, done: number, total: number) => void;

class Collector implements Reporter {
  modules: readonly TestModule[] = [];
  private total = 0;
  private done = 0;
  constructor(
    private readonly courseDir: string,
    private readonly onFile: OnFile,
  ) {}
  onTestRunStart(specifications: readonly TestSpecification[]): void {
    this.total = specifications.length;
  }
  onTestModuleEnd(module: TestModule): void {
    this.onFile(relative(this.courseDir, module.moduleId), ++this.done, this.total);
  }
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
  { onFile = (() => {}) as OnFile } = {},
): Promise<CourseResult> {
  const previous = process.env.DLC_TARGET;
  process.env.DLC_TARGET = target;
  const collector = new Collector(pkg.dir, onFile);
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
