import { courseConfig } from "@dlc/grader/vitest";
import course from "./course.ts";

export default courseConfig(import.meta.dirname, course);
