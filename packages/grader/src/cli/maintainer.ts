/**
 * `@dlc/grader/maintainer`: the engine's side of the `dlc` command (the student kit's), for
 * the course's maintainers: `dlc prove`, `dlc signatures` and `dlc release`.
 */
export { release } from "../release/release.ts";
export { prove } from "./prove.ts";
export { writeSignatures } from "./signatures.ts";
