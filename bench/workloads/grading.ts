/**
 * Grading one whole Course 1 submission (the reference solutions: every check runs) end to
 * end, in this process; then once more as an instructor runs it (`grader … --format json`,
 * a fresh process) to measure the peak memory of the grader and of its sandbox.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { grade } from "../../packages/grader/src/engine/grade.ts";
import course from "../../packages/nn-basics/course.ts";
import { measurePeakMemory, type ProcessPeak } from "../peak-memory.ts";
import { type Row, timeRuns } from "../stats.ts";

const courseDir = fileURLToPath(new URL("../../packages/nn-basics", import.meta.url));
const graderBin = fileURLToPath(new URL("../../packages/grader/bin/grader.mjs", import.meta.url));

/** `grader <solutions> --course nn-basics --format json` in a fresh process; rejects unless it exits 0. */
function gradeInFreshProcess(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [graderBin, `${courseDir}/solutions`, "--course", "nn-basics", "--format", "json"],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`the grader exited with ${code}: ${stderr}`)),
    );
  });
}

export async function grading(runs: number): Promise<Row[]> {
  let points = "";
  const gradeOnce = async () => {
    const report = await grade({
      courseDir,
      course,
      courseVersion: "bench",
      submission: `${courseDir}/solutions`,
      seed: 1,
    });
    points = `${report.points}/${report.max}`;
  };
  const times = await timeRuns(runs, gradeOnce);
  const memory = await measurePeakMemory(gradeInFreshProcess);
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const peak = (test: (p: ProcessPeak) => boolean) =>
    Math.max(0, ...memory.children.filter(test).map((p) => p.peakMb));
  const grader = peak((p) => p.depth === 1);
  const sandbox = peak((p) => p.depth > 1 && p.command === "node");
  const esbuild = peak((p) => p.command === "esbuild");
  const processes = memory.children.length
    ? `the grader ${mb(grader)}, its sandbox ${mb(sandbox)}, esbuild ${mb(esbuild)} at most`
    : "not measured (no /proc)";
  return [
    {
      workload: `grade one nn-basics submission (${points} points, sandbox included)`,
      runs: times,
      baseline: { label: "goal (issue 6)", goalMs: 5000 },
      note: `peak resident memory of \`grader\` grading it in a fresh process, per process: ${processes}`,
      memory: { processes: memory.children },
    },
  ];
}
