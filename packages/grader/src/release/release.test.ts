/**
 * The student edition (issue 15): `dlc release` writes a standalone repository of one course
 * that installs from scratch, whose `pnpm test` reports every function as not implemented
 * (red, no crash) and turns green once the solutions are copied in, and in which no solution
 * or hidden-check code can be found.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCourses } from "@dlc/student-kit/src/cli/courses.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../cli/grader-process.ts";
import { pnpmCommand, release, withoutInitCwd } from "./release.ts";

const work = mkdtempSync(join(tmpdir(), "dlc-release-"));
const edition = join(work, "ml-strategy");
const courseDir = join(repoRoot, "packages/ml-strategy");
const packageManager = (
  JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { packageManager: string }
).packageManager;
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

function pnpm(...args: string[]) {
  const [command, prefix] = pnpmCommand(packageManager);
  const run = spawnSync(command, [...prefix, ...args], {
    cwd: edition,
    encoding: "utf8",
    env: { ...withoutInitCwd(), CI: "1", NO_COLOR: "1" },
    timeout: 300_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
    (f) => !f.split("/").includes("node_modules"),
  );
}

beforeAll(async () => {
  const [pkg] = await findCourses(repoRoot, "ml-strategy");
  release(repoRoot, pkg!, edition);
}, 120_000);

describe("dlc release", () => {
  it("holds no solution and no hidden check", () => {
    const released = files(edition);
    expect(released).toContain("exercises/01-single-number-evaluation/confusion-counts.ts");
    expect(released).toContain("student-kit/src/check/index.ts");
    expect(released).toContain("pnpm-lock.yaml");
    // GitHub Classroom: the public tests on push, and no secret to leak the hidden checks with
    const workflow = readFileSync(join(edition, ".github/workflows/classroom.yml"), "utf8");
    expect(workflow).toContain("pnpm@10.34.9 test");
    expect(workflow).not.toContain("secrets.");
    expect(
      released.filter((f) =>
        /(^|\/)(solutions|hidden|mutants)(\/|$)|\.checks\.ts$|signatures\.ts$/.test(f),
      ),
    ).toEqual([]);
    const texts = released
      .filter((f) => f.endsWith(".ts") && existsSync(join(edition, f)))
      .map((f) => readFileSync(join(edition, f), "utf8"));
    for (const f of files(join(courseDir, "solutions")).filter((f) => f.endsWith(".ts"))) {
      const solution = readFileSync(join(courseDir, "solutions", f), "utf8");
      expect(texts.includes(solution), `solutions/${f} is in the release`).toBe(false);
    }
    expect(texts.some((t) => /from ["'][^"']*(solutions|hidden)\//.test(t))).toBe(false);
    expect(texts.some((t) => /(from |import\()["']@dlc\/grader/.test(t))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(edition, "package.json"), "utf8"));
    expect(Object.keys(manifest.scripts)).not.toContain("prove");
    expect(JSON.stringify(manifest)).not.toContain("@dlc/grader");
  });

  it("installs from scratch; its tests say every function is not implemented, then pass on the solutions", () => {
    const install = pnpm("install", "--frozen-lockfile");
    expect(install.code, install.out).toBe(0);
    const red = pnpm("test");
    expect(red.code).not.toBe(0);
    expect(red.out).toContain("Functions: 0 of 24 done");
    expect(red.out).toMatch(/confusionCounts +not implemented yet/);
    expect(red.out).not.toMatch(/Cannot find (module|package)|SyntaxError|Unhandled/);
    cpSync(join(courseDir, "solutions"), join(edition, "exercises"), { recursive: true });
    const green = pnpm("test");
    expect(green.code, green.out).toBe(0);
    expect(green.out).toContain("Functions: 24 of 24 done");
  }, 600_000);
});
