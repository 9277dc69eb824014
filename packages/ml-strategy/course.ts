/**
 * Course 3, Structuring Machine Learning Projects: the course teaches strategy with two
 * case-study quizzes (bird recognition in Peacetopia, autonomous driving); here every
 * decision is a function a student writes and the grader checks. Assignments in the
 * order of the lectures, with the hints `pnpm hint` shows.
 */
import { defineCourse } from "@dlc/grader/course";

export default defineCourse({
  slug: "ml-strategy",
  title: "Structuring Machine Learning Projects",
  assignments: [
    // ── assignments 01–04 (metrics, splits, human level, diagnosis) ──
    // ── assignments 05–08 (error analysis, tuning, multi-task and transfer, end-to-end) ──
  ],
});
