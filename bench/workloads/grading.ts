/** Grading one whole Course 1 submission (the reference solutions: every check runs) end to end. */
import { fileURLToPath } from "node:url";
import { grade } from "../../packages/grader/src/engine/grade.ts";
import course from "../../packages/nn-basics/course.ts";
import { type Row, timeRuns } from "../stats.ts";

const courseDir = fileURLToPath(new URL("../../packages/nn-basics", import.meta.url));

export async function grading(runs: number): Promise<Row[]> {
  let points = "";
  const times = await timeRuns(runs, async () => {
    const report = await grade({
      courseDir,
      course,
      courseVersion: "bench",
      submission: `${courseDir}/solutions`,
      seed: 1,
    });
    points = `${report.points}/${report.max}`;
  });
  return [
    {
      workload: `grade one nn-basics submission (${points} points, sandbox included)`,
      runs: times,
      baseline: { label: "goal (issue 6)", goalMs: 5000 },
    },
  ];
}
