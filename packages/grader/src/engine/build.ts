/**
 * Steps 1 and 2 of grading (design.md): copy the submission into a private folder
 * (no symlinks, no huge or non-source files), then bundle each graded module with
 * esbuild in this trusted process. Imports are resolved here, by policy:
 *
 * - between the submission's own files: allowed while they stay inside the copy;
 * - the course's provided modules (`../../src/…`): the course's pristine copy, never the student's;
 * - `@tensorflow/tfjs`: external, the grader's own install (one tfjs instance in the sandbox);
 * - `@dlc/student-kit/check` (or its old name `@dlc/grader/check`): the student kit's safe helpers;
 * - anything else (Node built-ins, other packages, `solutions/`, `hidden/`, paths that climb
 *   out): refused, and that module's checks fail with the reason;
 * - `import(x)` of a name computed at run time: compiled away (it fails in the sandbox).
 */

import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { allFunctions, type Course } from "@dlc/student-kit/src/course/define-course.ts";
import * as esbuild from "esbuild";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** Files a submission may contain that the grader reads; everything else is skipped. */
const SOURCE = new Set([".ts", ".mts", ".js", ".mjs"]);
const MAX_FILE_BYTES = 512 * 1024;
const MAX_FILES = 2000;

/**
 * The real locations of what a sandbox may read besides the build folder: the pnpm store
 * entries of tfjs, its wasm backend and their dependencies, and nothing else. Not the
 * whole store: it links back to the workspace packages (solutions, hidden checks), and
 * the permission model follows links.
 */
export function dependencyPaths(): { tfjs: string; wasm: string; readable: string[] } {
  const tfjs = require.resolve("@tensorflow/tfjs");
  const wasm = require.resolve("@tensorflow/tfjs-backend-wasm");
  cachedReadable ??= storeClosure([tfjs, wasm]);
  return { tfjs, wasm, readable: cachedReadable };
}

let cachedReadable: string[] | undefined;

/** `<…>/node_modules/.pnpm/<entry>` of a file inside the pnpm store. */
function storeEntry(file: string): string {
  const marker = `${sep}.pnpm${sep}`;
  const at = file.indexOf(marker);
  if (at < 0) throw new Error(`not inside a pnpm store: ${file}`);
  const rest = file.slice(at + marker.length);
  return file.slice(0, at + marker.length) + rest.split(sep)[0]!;
}

/**
 * The store entries the given files' packages need, following each entry's dependency
 * links, plus the hoisted links (`.pnpm/node_modules/<name>`) that point into them:
 * tfjs requires `long` without declaring it, and Node finds it there.
 */
function storeClosure(files: string[]): string[] {
  const seen = new Set<string>();
  const queue = files.map(storeEntry);
  while (queue.length) {
    const entry = queue.pop()!;
    if (seen.has(entry)) continue;
    seen.add(entry);
    const modules = join(entry, "node_modules");
    const names = readdirSync(modules).flatMap((name) =>
      name.startsWith("@") ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`) : [name],
    );
    for (const name of names) {
      const real = realpathSync(join(modules, name));
      const target = storeEntry(real);
      if (dirname(target) !== dirname(entry))
        throw new Error(`${join(modules, name)} leaves the pnpm store (${real})`);
      queue.push(target);
    }
  }
  const hoisted = join(dirname([...seen][0]!), "node_modules");
  const links = readdirSync(hoisted)
    .flatMap((name) =>
      name.startsWith("@") ? readdirSync(join(hoisted, name)).map((n) => `${name}/${n}`) : [name],
    )
    .map((name) => join(hoisted, name))
    .filter((link) => {
      const real = realpathSync(link);
      return real.includes(`${sep}.pnpm${sep}`) && seen.has(storeEntry(real));
    });
  return [...seen, ...links].sort();
}

export interface SubmissionFiles {
  /** the folder the graded paths are relative to (`exercises/` when the submission holds one) */
  root: string;
  /** the submission's source files, relative to `root`, in walk order */
  files: string[];
  /** what was left out and why (symlinks, sizes, other file types) */
  skipped: { path: string; reason: string }[];
}

export interface CopyResult extends SubmissionFiles {
  /** sha256 of the files graded (paths and contents): the same files, the same hash */
  hash: string;
}

/**
 * The files of `from` (a folder shaped like `exercises/`, or a course package holding one)
 * the grader reads. Symlinks are never followed: a link inside a submission could point at
 * the solutions.
 */
export function submissionFiles(from: string): SubmissionFiles {
  const stat = lstatSync(from, { throwIfNoEntry: false });
  if (!stat) throw new BuildError(`submission folder not found: ${from}`);
  if (stat.isSymbolicLink())
    throw new BuildError(`the submission folder is a symlink; pass the real folder: ${from}`);
  if (!stat.isDirectory()) throw new BuildError(`the submission must be a folder: ${from}`);
  const root = lstatSync(join(from, "exercises"), { throwIfNoEntry: false })?.isDirectory()
    ? join(from, "exercises")
    : from;
  const result: SubmissionFiles = { root, files: [], skipped: [] };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      const rel = relative(root, abs);
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const info = lstatSync(abs);
      if (info.isSymbolicLink())
        result.skipped.push({ path: rel, reason: "symlink (not followed)" });
      else if (info.isDirectory()) walk(abs);
      else if (!info.isFile()) result.skipped.push({ path: rel, reason: "not a regular file" });
      else if (!SOURCE.has(extname(entry.name))) continue;
      else if (entry.name.endsWith(".test.ts")) continue;
      else if (info.size > MAX_FILE_BYTES)
        result.skipped.push({ path: rel, reason: `larger than ${MAX_FILE_BYTES / 1024} KB` });
      else if (result.files.length >= MAX_FILES)
        result.skipped.push({ path: rel, reason: `more than ${MAX_FILES} files` });
      else result.files.push(rel);
    }
  };
  walk(root);
  return result;
}

/** sha256 of what the grader reads of a submission: its files' paths and contents, in path order. */
export function hashSubmission(listed: SubmissionFiles): string {
  const hash = createHash("sha256");
  for (const rel of [...listed.files].sort()) {
    hash.update(`${rel.split(sep).join("/")}\0`);
    hash.update(readFileSync(join(listed.root, rel)));
    hash.update("\0");
  }
  return `sha256:${hash.digest("hex")}`;
}

/** Copies the files of `from` the grader reads (`submissionFiles`) to `to`. */
export function copySubmission(from: string, to: string): CopyResult {
  const listed = submissionFiles(from);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const rel of listed.files) {
    mkdirSync(dirname(join(to, rel)), { recursive: true });
    cpSync(join(listed.root, rel), join(to, rel), { dereference: false });
  }
  return { ...listed, hash: hashSubmission(listed) };
}

/**
 * Why `submission` cannot be a submission of `course`, or undefined when it can: it must hold
 * at least one of the course's graded modules (itself shaped like exercises/, or holding one).
 */
export function notASubmission(submission: string, course: Course): string | undefined {
  const modules = allFunctions(course).map(
    ({ assignment, fn }) => `${assignment.slug}/${fn.module}`,
  );
  const root = existsSync(join(submission, "exercises"))
    ? join(submission, "exercises")
    : submission;
  if (!modules.some((m) => existsSync(join(root, m))))
    return `holds none of ${course.slug}'s graded modules (expected files like ${modules[0]})`;
  return undefined;
}

/** A user-facing problem with the submission as a whole (one line, no stack). */
export class BuildError extends Error {
  override readonly name = "BuildError";
}

export interface BuildTarget {
  /** the private copy of the submission (shaped like exercises/) */
  submissionDir: string;
  /** the course package (for its pristine src/) */
  courseDir: string;
  /** where bundles go */
  outDir: string;
  /** replace files of the submission by other source text (mutants), keyed by relative path */
  overrides?: Record<string, string>;
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function policyPlugin(
  target: BuildTarget,
  deps: ReturnType<typeof dependencyPaths>,
): esbuild.Plugin {
  const submission = resolve(target.submissionDir);
  const courseSrc = resolve(target.courseDir, "src");
  const checkShim = join(here, "sandbox", "check-shim.ts");
  const graderCheck = dirname(require.resolve("@dlc/student-kit/check"));
  const pristine = (path: string) =>
    inside(path, courseSrc) || inside(path, graderCheck) || path === checkShim;
  return {
    name: "dlc-import-policy",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const spec = args.path;
        if (spec === "@tensorflow/tfjs") return { path: deps.tfjs, external: true };
        if (spec === "@tensorflow/tfjs-backend-wasm" && pristine(args.importer))
          return { path: deps.wasm, external: true };
        // the student kit's helpers (and their name before the kit was split from the grader)
        if (spec === "@dlc/student-kit/check" || spec === "@dlc/grader/check")
          return { path: checkShim };
        // the kit's own modules, as the shim and the kit's check helpers import them
        if (spec.startsWith("@dlc/student-kit/src/") && pristine(args.importer))
          return { path: require.resolve(spec) };
        if (spec.startsWith(".")) {
          const abs = resolve(args.resolveDir, spec);
          if (pristine(args.importer)) return { path: abs };
          if (inside(abs, submission)) return { path: abs };
          // the course's provided modules: ../../src/x.ts from exercises/NN/file.ts
          const fromCourseRoot = relative(dirname(submission), abs);
          if (fromCourseRoot.startsWith(`src${sep}`))
            return { path: join(courseSrc, fromCourseRoot.slice(4)) };
          return {
            errors: [
              {
                text: `import '${spec}' leaves the submission (only its own files and the course's src/ may be imported)`,
              },
            ],
          };
        }
        return {
          errors: [
            {
              text: `import '${spec}' is not allowed in a submission (allowed: @tensorflow/tfjs, @dlc/student-kit/check, relative files)`,
            },
          ],
        };
      });
      build.onLoad({ filter: /.*/ }, (args) => {
        const rel = relative(submission, args.path);
        const override = inside(args.path, submission)
          ? target.overrides?.[rel.split(sep).join("/")]
          : undefined;
        if (override !== undefined)
          return { contents: override, loader: "ts", resolveDir: dirname(args.path) };
        return undefined;
      });
    },
  };
}

export interface BuiltModule {
  /** path inside the build folder, e.g. `02-logistic-regression/propagate.mjs` */
  module: string;
  /** why it could not be built (missing file, refused import, syntax error) */
  error?: string;
}

/** Bundles every `modules` entry (paths like `02-logistic-regression/propagate.ts`) into `outDir`. */
export async function buildModules(
  target: BuildTarget,
  modules: string[],
): Promise<Map<string, BuiltModule>> {
  const deps = dependencyPaths();
  const built = new Map<string, BuiltModule>();
  await Promise.all(
    modules.map(async (rel) => {
      const module = rel.replace(/\.ts$/, ".mjs");
      const entry = join(target.submissionDir, rel);
      if (!lstatSync(entry, { throwIfNoEntry: false })?.isFile()) {
        built.set(rel, { module, error: `${rel} is missing from the submission` });
        return;
      }
      try {
        await esbuild.build({
          entryPoints: [entry],
          outfile: join(target.outDir, module),
          bundle: true,
          format: "esm",
          platform: "neutral",
          target: "node20",
          // `import(x)` of a computed name would load any Node built-in at run time: compiled
          // to a require that does not exist in the sandbox (see sandbox/lockdown.ts)
          supported: { "dynamic-import": false },
          logLevel: "silent",
          plugins: [policyPlugin(target, deps)],
        });
        built.set(rel, { module });
      } catch (error) {
        const messages =
          (
            error as {
              errors?: { text: string; location?: { file: string; line: number } | null }[];
            }
          ).errors ?? [];
        const first = messages[0];
        const where = first?.location
          ? ` (${relative(target.submissionDir, first.location.file)}:${first.location.line})`
          : "";
        built.set(rel, { module, error: first ? `${first.text}${where}` : String(error) });
      }
    }),
  );
  return built;
}

/** Where harnesses go in the build folder: `__harness__/<name>.mjs`. */
export const HARNESS_DIR = "__harness__";

/**
 * Bundles the course's harnesses, `src/*.harness.ts`, into `outDir/__harness__/`. A harness is
 * given code that drives a student's function inside the sandbox where its arguments cannot
 * cross as plain data (a tf.Variable, an optimizer, a model built from shipped weights): it
 * builds them, calls the function, and returns plain data the check then verifies. It is the
 * course's pristine code, like the rest of src/, so it must hold no answer. Returns the built
 * path of each, keyed by its file name (`style-transfer.harness.ts`).
 */
export async function buildHarnesses(target: BuildTarget): Promise<Map<string, string>> {
  const src = join(target.courseDir, "src");
  const files = (lstatSync(src, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(src) : [])
    .filter((name) => name.endsWith(".harness.ts"))
    .sort();
  const deps = dependencyPaths();
  const built = new Map<string, string>();
  for (const name of files) {
    const module = `${HARNESS_DIR}/${name.replace(/\.ts$/, ".mjs")}`;
    await esbuild.build({
      entryPoints: [join(src, name)],
      outfile: join(target.outDir, module),
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "node20",
      supported: { "dynamic-import": false },
      logLevel: "silent",
      plugins: [policyPlugin(target, deps)],
    });
    built.set(name, module);
  }
  return built;
}

/** Bundles the sandbox's own entry (child.ts) into `outDir/child.mjs`. */
export async function buildChild(outDir: string): Promise<string> {
  const deps = dependencyPaths();
  const outfile = join(outDir, "child.mjs");
  await esbuild.build({
    entryPoints: [join(here, "sandbox", "child.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
    plugins: [
      {
        name: "tfjs-external",
        setup(build) {
          build.onResolve({ filter: /^@tensorflow\/tfjs(-backend-wasm)?$/ }, (args) => ({
            path: args.path === "@tensorflow/tfjs" ? deps.tfjs : deps.wasm,
            external: true,
          }));
        },
      },
    ],
  });
  return outfile;
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}
