/**
 * Demos and training scripts run the student's code by default and the
 * reference with `--solutions` (or `DLC_TARGET=solutions`).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** `exercises` or `solutions`, from argv or the environment. */
export function scriptTarget(argv: readonly string[] = process.argv): "exercises" | "solutions" {
  return argv.includes("--solutions") || process.env.DLC_TARGET === "solutions"
    ? "solutions"
    : "exercises";
}

/**
 * Imports `<courseDir>/<target>/<relPath>`.
 * @param relPath path inside exercises/, e.g. `03-planar-classification/nn-model.ts`
 */
export async function importTarget<T>(
  courseDir: string,
  relPath: string,
  argv: readonly string[] = process.argv,
): Promise<T> {
  return (await import(pathToFileURL(join(courseDir, scriptTarget(argv), relPath)).href)) as T;
}
