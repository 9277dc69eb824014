/**
 * `dlc release <course> <dir>`: the student edition of a course, a standalone repository made
 * from this one: the course's exercises (stubs, public tests, READMEs), `src/`, demos, docs
 * and the student kit (vendored as a workspace package: it is not published), with its own
 * package.json, pnpm workspace and lockfile, and a README that says how to start. Nothing of
 * `solutions/`, `hidden/` (checks, mutants), `signatures.ts` or the grading engine goes in.
 *
 *   <dir>/package.json          the course's student scripts (test, progress, hint, demos)
 *   <dir>/pnpm-workspace.yaml   student-kit/ as a workspace package; the repo's patches and build allow-list
 *   <dir>/pnpm-lock.yaml        resolved at release time (pnpm install --lockfile-only)
 *   <dir>/student-kit/          @dlc/student-kit, its tests aside
 *   <dir>/course.ts, vitest.config.ts, tsconfig.json, exercises/, src/, demos/, docs/, README.md
 *   <dir>/.github/workflows/classroom.yml   the public tests on every push (GitHub Classroom)
 *
 * Grading stays on the instructor's side. A workflow in the student's repository runs code the
 * student controls (they can edit the workflow), so any secret it holds (a token to fetch the
 * hidden checks, the checks themselves) is the student's to read. The edition's workflow
 * therefore runs only the public tests, as feedback; the grade comes from the instructor's
 * repository, which clones the students' repositories and runs `grader batch` there
 * (docs/grading-a-class.md, docs/examples/grade-class.github-actions.yml).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { CoursePackage } from "@dlc/student-kit/src/cli/courses.ts";
import { UsageError } from "@dlc/student-kit/src/cli/courses.ts";

/** What never ships to students, wherever it sits. */
const NEVER = new Set(["node_modules", ".dlc", "out", ".turbo", "solutions", "hidden", "coverage"]);

/** The course package's scripts a student runs (not prove, signatures, test:solutions or the maintainers' scripts/). */
function studentScripts(scripts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scripts).filter(
      ([name, command]) =>
        !["prove", "typecheck", "test:solutions"].includes(name) &&
        !/dlc (prove|signatures)|DLC_TARGET=solutions|scripts\//.test(command),
    ),
  );
}

function copyTree(from: string, to: string, skip: (rel: string) => boolean = () => false): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => !NEVER.has(basename(src)) && !skip(relative(from, src)),
  });
}

/** The root pnpm-workspace.yaml's settings a student's install needs (build allow-list, patches). */
function workspaceYaml(root: string): string {
  const text = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const keep = text
    .split(/\n(?=\S)/)
    .filter((block) =>
      /^(onlyBuiltDependencies|ignoredBuiltDependencies|patchedDependencies):/.test(block),
    );
  return `packages:\n  - student-kit\n${keep.join("\n")}\n`;
}

/**
 * The edition's GitHub Classroom workflow: the public tests on every push, their summary in the
 * job summary. No secret and no hidden check: see the module's doc for why.
 */
const CLASSROOM_WORKFLOW = `# The public tests on every push, as feedback (GitHub Classroom). Your grade is computed by
# your instructor's grader, from your repository, with checks this repository does not hold.
name: public-tests
on: [push, workflow_dispatch]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npx -y pnpm@10.34.9 install --frozen-lockfile
      - run: npx -y pnpm@10.34.9 test 2>&1 | tee test-output.txt
      - if: always()
        run: |
          echo '<pre>' >> "$GITHUB_STEP_SUMMARY"
          tail -n 40 test-output.txt >> "$GITHUB_STEP_SUMMARY"
          echo '</pre>' >> "$GITHUB_STEP_SUMMARY"
`;

const START = (title: string, slug: string) => `# ${title}: exercises

Your copy of the course. Each assignment in \`exercises/\` has a README that teaches it and stubs
(\`throw new NotImplemented(...)\`) for you to fill in; the public tests beside them say what is
expected.

## Start

\`\`\`sh
npx -y pnpm@10.34.9 install     # once: Node 20, 22 or 24 and npm are all you need
npx -y pnpm@10.34.9 test        # red until you finish the exercises: every function says what is missing
npx -y pnpm@10.34.9 progress    # which graded functions pass, per assignment
npx -y pnpm@10.34.9 hint        # the next hint for the next unfinished function
\`\`\`

Work through \`exercises/01-…\` first. Every push runs the public tests on GitHub
(\`.github/workflows/classroom.yml\`). Your instructor grades your \`exercises/\` folder with hidden
checks that this repository does not hold (\`${slug}\`): passing the public tests is a good sign,
not a guarantee.

---

`;

/** Writes the student edition of `pkg` (a course of the repository at `root`) into `dir`. */
export function release(root: string, pkg: CoursePackage, dir: string): { files: number } {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new UsageError(`${dir} is not empty: release into a new folder`);
  mkdirSync(dir, { recursive: true });
  const course = pkg.dir;
  for (const name of ["course.ts", "vitest.config.ts"]) cpSync(join(course, name), join(dir, name));
  for (const folder of ["exercises", "src", "demos", "docs"])
    if (existsSync(join(course, folder))) copyTree(join(course, folder), join(dir, folder));
  copyTree(join(root, "packages/student-kit"), join(dir, "student-kit"), (rel) =>
    rel.endsWith(".test.ts"),
  );
  if (existsSync(join(root, "patches"))) copyTree(join(root, "patches"), join(dir, "patches"));

  const coursePackage = JSON.parse(readFileSync(join(course, "package.json"), "utf8")) as {
    version: string;
    scripts: Record<string, string>;
    dependencies: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const rootPackage = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    packageManager: string;
    engines: Record<string, string>;
  };
  const { "@dlc/grader": _engine, ...devDependencies } = coursePackage.devDependencies ?? {};
  const manifest = {
    name: `${pkg.course.slug}-exercises`,
    version: coursePackage.version,
    private: true,
    description: `${pkg.course.title}: the exercises of the Deep Learning Specialization in TypeScript`,
    type: "module",
    packageManager: rootPackage.packageManager,
    engines: rootPackage.engines,
    scripts: studentScripts(coursePackage.scripts),
    dependencies: coursePackage.dependencies,
    devDependencies: { ...devDependencies, typescript: "5.9.3", "@types/node": "20.19.43" },
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, "pnpm-workspace.yaml"), workspaceYaml(root));
  const tsconfig = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as object;
  writeFileSync(
    join(dir, "tsconfig.json"),
    `${JSON.stringify({ ...tsconfig, include: ["**/*.ts"], exclude: ["node_modules"] }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, "student-kit/tsconfig.json"),
    `${JSON.stringify({ extends: "../tsconfig.json", include: ["**/*.ts"], exclude: ["node_modules"] }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, "README.md"),
    START(pkg.course.title, pkg.course.slug) + readFileSync(join(course, "README.md"), "utf8"),
  );
  writeFileSync(join(dir, ".gitignore"), "node_modules/\n.dlc/\nout/\n");
  mkdirSync(join(dir, ".github/workflows"), { recursive: true });
  writeFileSync(join(dir, ".github/workflows/classroom.yml"), CLASSROOM_WORKFLOW);
  const [pnpm, pnpmArgs] = pnpmCommand(rootPackage.packageManager);
  const lock = spawnSync(
    pnpm,
    [...pnpmArgs, "install", "--lockfile-only", "--prefer-offline", "--ignore-scripts"],
    {
      cwd: dir,
      encoding: "utf8",
      env: withoutInitCwd(),
    },
  );
  if (lock.status !== 0)
    throw new Error(`pnpm could not resolve the lockfile of ${dir}: ${lock.stderr || lock.stdout}`);
  return { files: countFiles(dir) };
}

/** How to run pnpm: the one running this command (npm_execpath), else the repository's pinned one through npx. */
export function pnpmCommand(packageManager: string): [string, string[]] {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm/.test(exec)) return [process.execPath, [exec]];
  return ["npx", ["-y", packageManager]];
}

export function withoutInitCwd(): NodeJS.ProcessEnv {
  const { INIT_CWD: _, ...env } = process.env;
  return env;
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .length;
}
