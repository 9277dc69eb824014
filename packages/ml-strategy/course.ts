/** Structuring Machine Learning Projects: no assignments yet (see README.md for what this course will hold). */
import { defineCourse } from "@dlc/grader/course";

export default defineCourse({
  slug: "ml-strategy",
  title: "Structuring Machine Learning Projects",
  assignments: [],
});
