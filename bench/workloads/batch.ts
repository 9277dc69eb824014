/**
 * Grading a class (issue 15): 100 Course 1 submissions made from the course itself, a mix an
 * instructor meets (40 complete: the solutions; 35 partial: the solutions with 1 to 4 modules
 * left as the stub; 15 untouched stubs; 5 that do not compile; 5 with no code at all), graded
 * by `grader batch` with one job per core, against the same class graded one submission at a
 * time (`--jobs 1`). One timed run each: a run is minutes long.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RandomState } from "@dlc/student-kit/check";
import { runBatch } from "../../packages/grader/src/batch/run-batch.ts";
import course from "../../packages/nn-basics/course.ts";
import type { Row } from "../stats.ts";

const courseDir = fileURLToPath(new URL("../../packages/nn-basics", import.meta.url));

/** Every graded module of the course, `<assignment>/<module>`. */
function modules(): string[] {
  return course.assignments.flatMap((a) => a.functions.map((f) => `${a.slug}/${f.module}`));
}

/** Writes the class into `dir`: 100 folders, named student-000 … student-099 (seeded). */
export function makeClass(dir: string, size = 100, seed = 6): Record<string, number> {
  const rng = new RandomState(seed);
  const all = modules();
  const kinds = { complete: 0.4, partial: 0.35, stub: 0.15, "does-not-compile": 0.05, empty: 0.05 };
  const counts: Record<string, number> = {};
  const order = Object.entries(kinds).flatMap(([k, share]) =>
    Array.from({ length: Math.round(share * size) }, () => k),
  );
  for (let i = 0; i < size; i++) {
    const kind = order[i % order.length]!;
    counts[kind] = (counts[kind] ?? 0) + 1;
    const student = join(dir, `student-${String(i).padStart(3, "0")}`);
    if (kind === "empty") {
      mkdirSync(student, { recursive: true });
      writeFileSync(join(student, "README.md"), "nothing here\n");
      continue;
    }
    cpSync(
      join(courseDir, kind === "complete" || kind === "partial" ? "solutions" : "exercises"),
      student,
      {
        recursive: true,
      },
    );
    if (kind === "partial") {
      const left = 1 + rng.randint(0, 4);
      for (let k = 0; k < left; k++) {
        const m = all[rng.randint(0, all.length)]!;
        cpSync(join(courseDir, "exercises", m), join(student, m));
      }
    }
    if (kind === "does-not-compile")
      for (const m of all) writeFileSync(join(student, m), "export function (((\n");
  }
  return counts;
}

export async function batch(): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), "dlc-bench-batch-"));
  try {
    const klass = join(work, "class");
    const counts = makeClass(klass);
    const size = readdirSync(klass).length;
    const jobs = availableParallelism();
    const run = async (j: number) => {
      const out = join(work, `out-${j}`);
      const t0 = performance.now();
      const result = await runBatch({
        folder: klass,
        out,
        course,
        courseVersion: "bench",
        seed: 1,
        jobs: j,
        force: true,
        formats: [],
        killAfterMs: 240_000,
      });
      const ms = performance.now() - t0;
      const graded = result.entries.filter((e) => e.report?.complete).length;
      return { ms, graded };
    };
    const parallel = await run(jobs);
    const serial = await run(1);
    const perMinute = (ms: number) => ((60_000 * size) / ms).toFixed(1);
    return [
      {
        workload: `grade a class of ${size} nn-basics submissions, ${jobs} jobs (${Object.entries(
          counts,
        )
          .map(([k, n]) => `${n} ${k}`)
          .join(", ")})`,
        runs: [parallel.ms],
        baseline: { label: "the same, one at a time", runs: [serial.ms] },
        note: `${perMinute(parallel.ms)} submissions/min with ${jobs} jobs, ${perMinute(serial.ms)} one at a time; ${parallel.graded} graded completely (goal: ${size} in at most 3 min on 2 cores)`,
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
