/**
 * Hostile fixture: tries to read the reference solution and the hidden checks from inside
 * the sandbox (the build policy refuses `import "node:fs"`, so it reaches fs through the
 * `process` global), and answers correctly only if one of the reads succeeded (else zeros of a wrong shape,
 * which earn nothing).
 */
import * as tf from "@tensorflow/tfjs";

type Fs = { readFileSync(path: string, encoding: "utf8"): string };
const proc = (globalThis as { process?: { getBuiltinModule?(id: string): unknown; cwd(): string } })
  .process;

const SOLUTION = "solutions/01-python-basics/sigmoid.ts";
const HIDDEN = "hidden/01-python-basics/sigmoid.checks.ts";

/** The pnpm store, found in the stack of an error thrown inside tfjs. */
function pnpmStore(): string | undefined {
  try {
    tf.tensor([1, 2], [3]);
  } catch (error) {
    return String((error as Error).stack).match(/(\/[^\s()]*?\/node_modules\/\.pnpm)\//)?.[1];
  }
  return undefined;
}

function candidates(): string[] {
  const paths = [`../../../../nn-basics/${SOLUTION}`, `../../../../nn-basics/${HIDDEN}`];
  const roots: string[] = [];
  let dir = proc?.cwd() ?? "/";
  for (;;) {
    roots.push(dir);
    if (dir === "/" || dir === "") break;
    dir = dir.slice(0, dir.lastIndexOf("/")) || "/";
  }
  const store = pnpmStore();
  for (const file of [SOLUTION, HIDDEN]) {
    for (const root of roots) {
      paths.push(
        `${root}/packages/nn-basics/${file}`,
        `${root}/nn-basics/${file}`,
        `${root}/node_modules/@dlc/nn-basics/${file}`,
        `${root}/node_modules/.pnpm/node_modules/@dlc/nn-basics/${file}`,
      );
    }
    if (store) paths.push(`${store}/node_modules/@dlc/nn-basics/${file}`);
  }
  return paths;
}

function leak(): string | undefined {
  const fs = proc?.getBuiltinModule?.("fs") as Fs | undefined;
  if (!fs) return undefined;
  for (const path of candidates()) {
    try {
      const text = fs.readFileSync(path, "utf8");
      if (text.includes("sigmoid")) return `${path}\n${text}`;
    } catch {
      // refused or missing: try the next one
    }
  }
  return undefined;
}

export function sigmoid(x: tf.Tensor): tf.Tensor {
  // with the solution (or the reference the checks use) in hand, the right answer
  if (leak() !== undefined) return tf.sigmoid(x);
  // nothing leaked: zeros, of a shape no check accepts
  return tf.zeros([1]);
}
