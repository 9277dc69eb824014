/**
 * A class's submissions: one folder per student inside a batch folder, the folder's name
 * being the student's id (as GitHub Classroom, Gradescope exports and nbgrader's
 * `submitted/<student>/` lay them out).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export interface Submission {
  /** the student's id: the folder's name */
  id: string;
  /** absolute path of the folder */
  dir: string;
}

/**
 * The submission folders directly inside `folder`, sorted by id. Hidden folders,
 * node_modules and plain files are not submissions; symlinks are listed (the grader refuses
 * them with a reason, so the gradebook says why).
 */
export function listSubmissions(folder: string): Submission[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => !e.name.startsWith(".") && e.name !== "node_modules")
    .filter((e) => e.isDirectory() || e.isSymbolicLink())
    .map((e) => ({ id: e.name, dir: join(folder, e.name) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
