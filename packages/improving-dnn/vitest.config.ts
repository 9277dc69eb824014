import { courseConfig } from "@dlc/student-kit/vitest";
import course from "./course.ts";

export default courseConfig(import.meta.dirname, course);
