/**
 * `grader package gradescope`: a Gradescope autograder zip that runs this grader
 * (https://gradescope-autograders.readthedocs.io/en/latest/specs/). Gradescope unpacks it into
 * `/autograder/source`, runs `setup.sh` once when building the image, then `run_autograder`
 * for each submission, which must write `/autograder/results/results.json`.
 *
 * The zip holds `setup.sh`, `run_autograder`, and the part of this repository the grader
 * needs: the root manifests and lockfile, the grader and the student kit it builds on, the course (hidden checks included:
 * the autograder image is the instructor's, never the student's), and the manifests of the
 * other workspace packages so that `pnpm install --frozen-lockfile` accepts the lockfile.
 * `run_autograder` always writes a results.json, even when the grader cannot grade the
 * submission (score 0 and why), and exits 0 as Gradescope expects.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type Zippable, zipSync } from "fflate";

/** Folders never shipped: installs, build output, local state. */
const SKIP = new Set(["node_modules", ".git", ".turbo", "out", ".dlc", "dist", "coverage"]);

export const SETUP_SH = `#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image: Node 20 and the
# grader's dependencies (from the npm registry, pinned by pnpm-lock.yaml).
set -euo pipefail
cd /autograder/source
if ! command -v node >/dev/null || ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
  apt-get update -qq
  apt-get install -y -qq ca-certificates curl gnupg
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y -qq nodejs
fi
npx -y pnpm@10.34.9 install --frozen-lockfile
`;

export function runAutograder(slug: string, seed: number): string {
  return `#!/usr/bin/env bash
# Gradescope runs this for each submission. AUTOGRADER_ROOT (default /autograder) lets it run
# on a fake layout in tests. It always writes results/results.json and exits 0.
set -uo pipefail
ROOT="\${AUTOGRADER_ROOT:-/autograder}"
SOURCE="$ROOT/source"
RESULTS="$ROOT/results"
mkdir -p "$RESULTS"
# a student's upload: the exercises folder, a copy of the course package, or the whole repository
SUBMISSION="$ROOT/submission"
if [ -d "$SUBMISSION/packages/${slug}" ]; then SUBMISSION="$SUBMISSION/packages/${slug}"; fi
WORK="$(mktemp -d)"
node "$SOURCE/packages/grader/bin/grader.mjs" "$SUBMISSION" --course ${slug} --seed ${seed} \\
  --format gradescope --format terminal --out "$WORK" 2>"$WORK/stderr.txt"
code=$?
if [ -f "$WORK/results.json" ]; then
  cp "$WORK/results.json" "$RESULTS/results.json"
else
  reason="$(grep -v '^\\s*$' "$WORK/stderr.txt" | tail -n 1)"
  node -e '
    const [reason, code] = process.argv.slice(1);
    const output = "The grader could not grade this submission (exit " + code + "): " + (reason || "no reason given") +
      "\\nUpload the files of the exercises folder (or the course folder) and resubmit.";
    process.stdout.write(JSON.stringify({ score: 0, output, visibility: "visible", tests: [] }, null, 2) + "\\n");
  ' "$reason" "$code" > "$RESULTS/results.json"
fi
cat "$WORK/grade-report.txt" 2>/dev/null || true
rm -rf "$WORK"
exit 0
`;
}

/** Adds every file under `dir` (relative to `root`) to `files`, folders in SKIP aside. */
function addTree(files: Zippable, root: string, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) addTree(files, root, abs);
    else if (entry.isFile()) files[relative(root, abs).split(sep).join("/")] = readFileSync(abs);
  }
}

/** The workspace packages' folders: `packages/*` and `bench`, as pnpm-workspace.yaml lists them. */
function workspacePackages(root: string): string[] {
  const packages = readdirSync(join(root, "packages"))
    .map((n) => `packages/${n}`)
    .filter((p) => existsSync(join(root, p, "package.json")));
  return existsSync(join(root, "bench/package.json")) ? [...packages, "bench"] : packages;
}

/** The autograder zip of course `slug`, graded with `seed`, built from the repository at `root`. */
export function gradescopeZip(root: string, slug: string, seed: number): Uint8Array {
  const files: Zippable = {};
  for (const name of ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", "tsconfig.json"])
    files[name] = readFileSync(join(root, name));
  if (existsSync(join(root, "patches"))) addTree(files, root, join(root, "patches"));
  for (const pkg of workspacePackages(root)) {
    if (["packages/grader", "packages/student-kit", `packages/${slug}`].includes(pkg))
      addTree(files, root, join(root, pkg));
    else files[`${pkg}/package.json`] = readFileSync(join(root, pkg, "package.json"));
  }
  const executable = { os: 3, attrs: (0o100755 << 16) >>> 0 } as const;
  files["setup.sh"] = [new TextEncoder().encode(SETUP_SH), executable];
  files.run_autograder = [new TextEncoder().encode(runAutograder(slug, seed)), executable];
  return zipSync(files, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
}

export function isCourseFolder(root: string, slug: string): boolean {
  const dir = join(root, "packages", slug);
  return existsSync(join(dir, "course.ts")) && lstatSync(dir).isDirectory();
}
