/** Convolutional Neural Networks: no assignments yet (see README.md for what this course will hold). */
import { defineCourse } from "@dlc/grader/course";

export default defineCourse({
  slug: "cnn",
  title: "Convolutional Neural Networks",
  assignments: [],
});
