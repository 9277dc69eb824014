/**
 * turbo hands a task only the environment variables it is told about: a seed replay from the
 * root (`DLC_FC_SEED=… pnpm test`) silently used the default seed. Every `DLC_*` variable the
 * code reads (and the colour switches) must be declared in turbo.json: seeds and targets as
 * globalEnv (they change results, so they key the cache), the rest passed through.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name.startsWith(".") || name === "out") return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

describe("turbo.json declares the environment the code reads", () => {
  const turbo = JSON.parse(readFileSync(join(root, "turbo.json"), "utf8")) as {
    globalEnv?: string[];
    globalPassThroughEnv?: string[];
  };
  const declared = new Set([...(turbo.globalEnv ?? []), ...(turbo.globalPassThroughEnv ?? [])]);
  const used = new Set(
    [...sources(join(root, "packages")), ...sources(join(root, "bench"))].flatMap((file) =>
      [
        ...readFileSync(file, "utf8").matchAll(/process\.env\.(DLC_[A-Z_]+|NO_COLOR|FORCE_COLOR)/g),
      ].map((m) => m[1]!),
    ),
  );

  it("every DLC_* variable (and NO_COLOR) the code reads reaches tasks run from the root", () => {
    expect([...used].filter((v) => !declared.has(v)).sort()).toEqual([]);
  });

  it("the seeds and the target key turbo's cache (a replay with another seed is not a cache hit)", () => {
    for (const v of ["DLC_TARGET", "DLC_FC_SEED", "DLC_PROVE_SEED"])
      expect(turbo.globalEnv).toContain(v);
  });
});
