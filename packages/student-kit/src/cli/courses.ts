/** Finding and loading course packages from where a command runs. */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Course } from "../course/define-course.ts";

export interface CoursePackage {
  dir: string;
  course: Course;
}

/** A user-facing error: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The nearest folder above `from` holding pnpm-workspace.yaml. */
export function workspaceRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Where a course keeps the student's local state (`progress.json`, `hints.json`):
 * `<course>/.dlc`, or `$DLC_STATE_DIR/<slug>` when set (tests use a temp dir).
 */
export function stateDir(pkg: CoursePackage): string {
  const base = process.env.DLC_STATE_DIR;
  return base ? join(base, pkg.course.slug) : join(pkg.dir, ".dlc");
}

async function load(dir: string): Promise<CoursePackage> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(dir, "course.ts")).href)) as {
    default: Course;
  };
  return { dir, course: module.default };
}

/**
 * The course whose folder holds `cwd`, or every course of the workspace when
 * run from its root; `only` picks one course by slug.
 */
export async function findCourses(cwd: string, only?: string): Promise<CoursePackage[]> {
  const root = workspaceRoot(cwd);
  if (!root)
    throw new UsageError(`not inside the course repository (no pnpm-workspace.yaml above ${cwd})`);
  const packages = join(root, "packages");
  const all = readdirSync(packages)
    .map((name) => join(packages, name))
    .filter((dir) => existsSync(join(dir, "course.ts")));
  let dirs = all;
  if (only) {
    dirs = all.filter((dir) => dir.endsWith(`/${only}`));
    if (dirs.length === 0) {
      const names = all.map((d) => d.split("/").pop()).join(", ");
      throw new UsageError(`no course '${only}' (courses: ${names})`);
    }
  } else {
    const here = all.find((dir) => resolve(cwd) === dir || resolve(cwd).startsWith(`${dir}/`));
    if (here) dirs = [here];
  }
  return Promise.all(dirs.map(load));
}
