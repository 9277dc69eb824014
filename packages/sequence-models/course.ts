/** Sequence Models: no assignments yet (see README.md for what this course will hold). */
import { defineCourse } from "@dlc/grader/course";

export default defineCourse({
  slug: "sequence-models",
  title: "Sequence Models",
  assignments: [],
});
