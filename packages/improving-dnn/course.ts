/** Improving Deep Neural Networks: Hyperparameter Tuning, Regularization and Optimization: no assignments yet (see README.md for what this course will hold). */
import { defineCourse } from "@dlc/grader/course";

export default defineCourse({
  slug: "improving-dnn",
  title: "Improving Deep Neural Networks: Hyperparameter Tuning, Regularization and Optimization",
  assignments: [],
});
