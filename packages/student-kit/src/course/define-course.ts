/**
 * The course manifest (`<course>/course.ts`): assignments in order, the graded
 * functions of each, their modules and their hints. One file drives the student
 * tools (progress, hint), `prove` and, later, the grader's points.
 */

export interface GradedFunction {
  /** the exported name, the notebook's name in camelCase (`lModelForward`) */
  name: string;
  /** the notebook's own name (`L_model_forward`), for the README and messages */
  notebook: string;
  /** module file inside the assignment folder (`l-model-forward.ts`) */
  module: string;
  /** hints in the order a student should see them: leading question first, near-answer last */
  hints: string[];
}

export interface Assignment {
  /** folder name under exercises/, solutions/ and hidden/ (`04-deep-nn-step-by-step`) */
  slug: string;
  /** the notebook's title */
  title: string;
  functions: GradedFunction[];
}

export interface Course {
  /** package folder name (`nn-basics`) */
  slug: string;
  title: string;
  assignments: Assignment[];
}

/** Declares a course; checks the manifest's own consistency at load time. */
export function defineCourse(course: Course): Course {
  const seen = new Set<string>();
  for (const assignment of course.assignments) {
    if (!/^\d\d-[a-z0-9-]+$/.test(assignment.slug)) {
      throw new Error(
        `course ${course.slug}: assignment slug '${assignment.slug}' must look like '01-some-name'`,
      );
    }
    for (const fn of assignment.functions) {
      const key = `${assignment.slug}/${fn.module}`;
      if (seen.has(key)) throw new Error(`course ${course.slug}: module ${key} is listed twice`);
      seen.add(key);
      if (!fn.module.endsWith(".ts"))
        throw new Error(`course ${course.slug}: module ${key} must be a .ts file`);
      if (fn.hints.length === 0)
        throw new Error(`course ${course.slug}: ${fn.name} needs at least one hint`);
    }
  }
  return course;
}

/** Every graded function with its assignment, in course order. */
export function allFunctions(course: Course): { assignment: Assignment; fn: GradedFunction }[] {
  return course.assignments.flatMap((assignment) =>
    assignment.functions.map((fn) => ({ assignment, fn })),
  );
}

/** The public test file of a module: `sigmoid.ts` → `sigmoid.test.ts`. */
export function testFileOf(module: string): string {
  return module.replace(/\.ts$/, ".test.ts");
}
