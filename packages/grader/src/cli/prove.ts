/**
 * `dlc prove`: a course proven both ways, as rustlings' `dev check` and
 * exercism's CI do it.
 *
 * - layout: every graded function has a stub (with a TODO and a NotImplemented
 *   throw naming it), a solution, a public test file and an entry in its
 *   assignment README; exercises/ and solutions/ mirror each other;
 * - exports: stub and solution export the same names (signatures.ts, checked by
 *   tsc, compares their types);
 * - every public test passes on solutions/;
 * - every stub fails at least one of its own public tests, by throwing
 *   NotImplemented with its own name;
 * - every stub imports, as values, what its solution's body uses (`tf`, a sibling
 *   function), so the body written the obvious way runs (see stub-imports.ts);
 * - the grader (hidden checks) gives the solutions full marks and the stubs 0, every
 *   graded function has checks and at least two mutants, and every mutant loses points.
 *
 * Prints the counts (functions, tests, properties) and exits 1 on any gap.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { type CoursePackage, UsageError } from "@dlc/student-kit/src/cli/courses.ts";
import { runCourseTests } from "@dlc/student-kit/src/cli/run-tests.ts";
import { statusLine } from "@dlc/student-kit/src/cli/status-line.ts";
import { allFunctions, testFileOf } from "@dlc/student-kit/src/course/define-course.ts";
import { paint } from "@dlc/student-kit/src/vitest/format.ts";
import { type HiddenRow, hasHidden, proveHidden } from "./prove-hidden.ts";
import { signaturesUpToDate } from "./signatures.ts";
import { missingImports } from "./stub-imports.ts";

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The course cut down to the assignments `only` names (by slug or prefix); all when empty. */
function onlyAssignments(pkg: CoursePackage, only: string[]): CoursePackage {
  if (only.length === 0) return pkg;
  const assignments = pkg.course.assignments.filter((a) =>
    only.some((o) => a.slug === o || a.slug.startsWith(`${o}-`) || a.slug.startsWith(o)),
  );
  if (assignments.length === 0) {
    const known = pkg.course.assignments.map((a) => a.slug).join(", ") || "none yet";
    throw new UsageError(
      `no assignment of ${pkg.course.slug} matches '${only.join(" ")}' (assignments: ${known})`,
    );
  }
  return { ...pkg, course: { ...pkg.course, assignments } };
}

/** Property tests: `test.prop(` / `it.prop(` (fast-check's vitest binding) and `fc.assert(`. */
function countProperties(source: string): number {
  return (source.match(/\b(?:test|it)\.prop\(|\bfc\.assert\(/g) ?? []).length;
}

async function exportsOf(path: string): Promise<string[]> {
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  return Object.keys(module).sort();
}

interface Row {
  assignment: string;
  functions: number;
  tests: number;
  properties: number;
}

/**
 * @param only assignment slugs or their prefixes (`04`, `04-optimization`): prove just those,
 *   for a quick loop while writing one assignment; the full proof (CI) takes none
 */
export async function prove(whole: CoursePackage, only: string[] = []): Promise<number> {
  const pkg = onlyAssignments(whole, only);
  const { course, dir } = pkg;
  const partial = only.length > 0;
  const gaps: string[] = [];
  const gap = (message: string) => gaps.push(message);
  const rel = (path: string) => relative(dir, path);
  const entries = allFunctions(course);
  process.stdout.write(
    `${paint("bold", `prove ${course.slug}`)}: ${entries.length} graded functions\n`,
  );
  if (entries.length === 0) {
    process.stdout.write("no exercises yet: nothing to prove\n");
    return 0;
  }

  const status = statusLine();
  const phase = (what: string) => status.step(`prove ${course.slug} · ${what}`);

  // 1. Layout and exports.
  phase("layout, exports and stub imports");
  const expected = new Set<string>();
  for (const { assignment, fn } of entries) {
    const stub = join(dir, "exercises", assignment.slug, fn.module);
    const solution = join(dir, "solutions", assignment.slug, fn.module);
    const test = join(dir, "exercises", assignment.slug, testFileOf(fn.module));
    const readme = join(dir, "exercises", assignment.slug, "README.md");
    for (const path of [stub, solution, test]) expected.add(rel(path));
    const label = `${assignment.slug}/${fn.name}`;
    if (!existsSync(stub)) gap(`${label}: no stub ${rel(stub)}`);
    else {
      const source = readFileSync(stub, "utf8");
      if (!/\/\/ TODO/.test(source)) gap(`${label}: the stub ${rel(stub)} has no '// TODO' line`);
      if (!source.includes(`new NotImplemented("${fn.name}")`)) {
        gap(`${label}: the stub ${rel(stub)} does not throw new NotImplemented("${fn.name}")`);
      }
    }
    if (!existsSync(solution)) gap(`${label}: no solution ${rel(solution)}`);
    if (!existsSync(test)) gap(`${label}: no public test ${rel(test)}`);
    if (!existsSync(readme)) gap(`${assignment.slug}: no README.md`);
    else if (!readFileSync(readme, "utf8").includes(fn.name))
      gap(`${label}: not mentioned in ${rel(readme)}`);
    if (existsSync(stub) && existsSync(solution)) {
      const [a, b] = await Promise.all([exportsOf(stub), exportsOf(solution)]);
      if (a.join() !== b.join()) gap(`${label}: stub exports [${a}] but solution exports [${b}]`);
      if (!a.includes(fn.name)) gap(`${label}: ${rel(stub)} does not export ${fn.name}`);
      const missing = missingImports(readFileSync(stub, "utf8"), readFileSync(solution, "utf8"));
      if (missing.length > 0)
        gap(
          `${label}: the stub ${rel(stub)} lacks imports its solution's body uses (a student writing it gets 'is not defined'): ${missing.join("; ")}`,
        );
    }
  }
  const folders = partial ? course.assignments.map((a) => a.slug) : [""];
  const exerciseFiles = folders.flatMap((f) => walk(join(dir, "exercises", f)).map(rel));
  const solutionFiles = folders.flatMap((f) => walk(join(dir, "solutions", f)).map(rel));
  for (const file of exerciseFiles) {
    if (file.endsWith(".ts") && !expected.has(file))
      gap(`${file}: not a graded module or public test in course.ts`);
  }
  for (const file of solutionFiles) {
    if (!expected.has(file)) gap(`${file}: not a graded module in course.ts`);
  }
  for (const file of exerciseFiles.filter((f) => f.endsWith(".md"))) {
    if (!/^exercises\/\d\d-[a-z0-9-]+\/README\.md$/.test(file)) gap(`${file}: stray file`);
  }
  if (!signaturesUpToDate(whole))
    gap("signatures.ts is out of date: run `pnpm dlc signatures` in the course");

  // 2. Solutions pass everything.
  // a partial proof still runs the tests of src/: what the assignments are built on
  const filters = partial ? [...folders.map((f) => `exercises/${f}/`), "src/"] : [];
  const onSolutions = await runCourseTests(pkg, "solutions", filters, {
    onFile: (file, done, total) =>
      status.count(`prove ${course.slug} · public tests on solutions/ (${file})`, done, total),
  });
  for (const fn of onSolutions.functions) {
    if (fn.status !== "done") {
      const failed = fn.cases.find((c) => c.state === "failed");
      const why =
        fn.loadError ?? (failed ? `${failed.name}: ${failed.message?.split("\n")[0]}` : fn.status);
      gap(`${fn.assignment}/${fn.name}: does not pass on solutions (${why})`);
    }
  }
  for (const error of onSolutions.otherErrors) gap(`on solutions: ${error.split("\n")[0]}`);

  // 3. Each stub fails one of its own tests by being a stub.
  const onExercises = await runCourseTests(pkg, "exercises", filters, {
    onFile: (file, done, total) =>
      status.count(`prove ${course.slug} · public tests on the stubs (${file})`, done, total),
  });
  status.done();
  for (const fn of onExercises.functions) {
    const own = new RegExp(`\\b${fn.name} is not implemented yet`);
    const failsOnItself =
      fn.cases.some((c) => c.state === "failed" && own.test(c.message ?? "")) ||
      own.test(fn.loadError ?? "");
    if (!failsOnItself)
      gap(
        `${fn.assignment}/${fn.name}: no public test fails on the stub with NotImplemented("${fn.name}")`,
      );
  }

  // 4. Counts.
  const rows: Row[] = course.assignments.map((assignment) => {
    const results = onSolutions.functions.filter((f) => f.assignment === assignment.slug);
    const properties = assignment.functions.reduce((sum, fn) => {
      const test = join(dir, "exercises", assignment.slug, testFileOf(fn.module));
      return sum + (existsSync(test) ? countProperties(readFileSync(test, "utf8")) : 0);
    }, 0);
    return {
      assignment: assignment.slug,
      functions: assignment.functions.length,
      tests: results.reduce(
        (sum, f) => sum + f.cases.filter((c) => c.state === "passed").length,
        0,
      ),
      properties,
    };
  });
  const total = rows.reduce(
    (t, r) => ({
      assignment: "total",
      functions: t.functions + r.functions,
      tests: t.tests + r.tests,
      properties: t.properties + r.properties,
    }),
    {
      assignment: "total",
      functions: 0,
      tests: 0,
      properties: 0,
    },
  );
  const width = Math.max(...rows.map((r) => r.assignment.length), 10);
  const line = (r: Row) =>
    `  ${r.assignment.padEnd(width)}  ${String(r.functions).padStart(9)}  ${String(r.tests).padStart(6)}  ${String(r.properties).padStart(10)}`;
  const table = [
    `  ${"assignment".padEnd(width)}  functions   tests  properties`,
    ...rows.map(line),
    line(total),
  ];
  const supportTests = onSolutions.support.passed;
  process.stdout.write(
    `${table.join("\n")}\n  + ${supportTests} tests of the course's provided code (src/)\n`,
  );

  // 5. The grader: solutions full marks, stubs zero, every mutant loses points.
  let killed = "";
  if (hasHidden(pkg)) {
    const seed = Number(process.env.DLC_PROVE_SEED ?? 1);
    const hidden = await proveHidden(pkg, seed, (what, done, total) =>
      total === undefined
        ? phase(what)
        : status.count(`prove ${course.slug} · ${what}`, done ?? 0, total),
    );
    status.done();
    gaps.push(...hidden.gaps);
    const sum = hidden.rows.reduce(
      (t, r) => ({
        assignment: t.assignment,
        checks: t.checks + r.checks,
        points: t.points + r.points,
        mutants: t.mutants + r.mutants,
        killed: t.killed + r.killed,
        impostors: t.impostors + r.impostors,
        impostorsKilled: t.impostorsKilled + r.impostorsKilled,
      }),
      {
        assignment: "total",
        checks: 0,
        points: 0,
        mutants: 0,
        killed: 0,
        impostors: 0,
        impostorsKilled: 0,
      },
    );
    const hiddenLine = (r: HiddenRow) =>
      `  ${r.assignment.padEnd(width)}  ${String(r.checks).padStart(6)}  ${String(r.points).padStart(6)}  ${`${r.killed}/${r.mutants}`.padStart(14)}  ${`${r.impostorsKilled}/${r.impostors}`.padStart(16)}`;
    process.stdout.write(
      `${[
        `  ${"hidden".padEnd(width)}  checks  points  mutants killed  impostors at 0`,
        ...hidden.rows.map(hiddenLine),
        hiddenLine(sum),
      ].join(
        "\n",
      )}\n  (seed ${seed}; the solutions graded in ${(hidden.gradeMs / 1000).toFixed(1)} s)\n`,
    );
    process.stdout.write(
      `  (impostors: ${hidden.impostorRuns} grading runs, ${(hidden.impostorMs / 1000).toFixed(1)} s)\n`,
    );
    for (const note of hidden.notes) process.stdout.write(`  note: ${note}\n`);
    killed = `; the grader gives them ${sum.points}/${sum.points}, the stubs 0, kills ${sum.killed} of ${sum.mutants} mutants and gives ${sum.impostorsKilled} of ${sum.impostors} impostors 0`;
  }

  if (gaps.length > 0) {
    process.stdout.write(
      `${paint("red", `${gaps.length} gap${gaps.length === 1 ? "" : "s"}:`)}\n${gaps.map((g) => `  ✗ ${g}`).join("\n")}\n`,
    );
    process.stdout.write(`prove: ${total.tests + supportTests} passed, ${gaps.length} failed\n`);
    return 1;
  }
  process.stdout.write(
    `${paint("green", "proven")}: solutions pass all ${total.tests} public tests; each of the ${total.functions} stubs fails its own${killed}\n`,
  );
  process.stdout.write(`prove: ${total.tests + supportTests} passed, 0 failed\n`);
  return 0;
}
