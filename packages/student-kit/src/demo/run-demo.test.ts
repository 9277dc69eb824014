import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/dlc.mjs", import.meta.url));
const packages = fileURLToPath(new URL("../../../", import.meta.url));
const runner = fileURLToPath(new URL("./run-demo.ts", import.meta.url));

/** Every course package (a folder with course.ts) and its demo scripts. */
const courses = readdirSync(packages)
  .filter((name) => readdirSync(join(packages, name)).includes("course.ts"))
  .map((name) => {
    const pkg = JSON.parse(readFileSync(join(packages, name, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const demos = Object.entries(pkg.scripts).filter(([script]) => /^demo(:|$)/.test(script));
    return { name, dir: join(packages, name), demos };
  });

function demo(cwd: string, file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, "demo", file, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", npm_lifecycle_event: "demo" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ONE_LINE =
  /^demo: \w+ is not implemented yet: write it in exercises\/\d\d-[\w-]+\/[\w-]+\.ts \(`pnpm test` checks it; `pnpm demo --solutions` runs the reference\)$/;

describe("dlc demo", () => {
  it("is how every demo of every course runs", () => {
    for (const { name, demos } of courses) {
      for (const [script, command] of demos)
        expect(command, `${name}: ${script}`).toMatch(/^dlc demo demos\/[\w-]+\.ts$/);
    }
  });

  // the main demo of every course that has one, on the stubs: one line, exit 1
  const withDemo = courses.filter((c) => c.demos.some(([s]) => s === "demo"));
  it.each(withDemo.map((c) => [c.name, c] as const))(
    "%s: `pnpm demo` on the stubs names the function to write in one line and exits 1",
    (_, { dir, demos }) => {
      const file = demos.find(([s]) => s === "demo")![1].replace(/^dlc demo /, "");
      const { code, stdout, stderr } = demo(dir, file);
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(ONE_LINE);
      expect(stdout.length + stderr.length).toBeLessThan(2000);
    },
    120_000,
  );

  it("goes on past a skipped run, then still names the function and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "dlc-demo-"));
    mkdirSync(join(dir, "exercises", "01-a"), { recursive: true });
    mkdirSync(join(dir, "demos"));
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, "exercises", "01-a", "f.ts"),
      `import { NotImplemented } from ${JSON.stringify(fileURLToPath(new URL("../check/not-implemented.ts", import.meta.url)))};\n` +
        `export function f(): number { throw new NotImplemented("f"); }\n`,
    );
    writeFileSync(
      join(dir, "demos", "d.ts"),
      `import { skipUnfinished } from ${JSON.stringify(runner)};\nimport { f } from "../exercises/01-a/f.ts";\n` +
        `try { f(); } catch (error) { skipUnfinished(error, "first run"); }\nconsole.log("second run done");\n`,
    );
    const { code, stdout, stderr } = demo(dir, "demos/d.ts");
    expect(stdout).toContain("first run: skipped, f is not implemented yet");
    expect(stdout).toContain("second run done");
    expect(stderr.trim()).toMatch(
      /^demo: f is not implemented yet: write it in exercises\/01-a\/f\.ts/,
    );
    expect(code).toBe(1);
  });

  it("prints another error's message and the course's frames, exit 1, no library source", () => {
    const dir = mkdtempSync(join(tmpdir(), "dlc-demo-"));
    mkdirSync(join(dir, "demos"));
    writeFileSync(join(dir, "demos", "bad.ts"), `throw new RangeError("shapes differ");\n`);
    const { code, stderr } = demo(dir, "demos/bad.ts");
    expect(code).toBe(1);
    expect(stderr.split("\n")[0]).toBe("demo: RangeError: shapes differ");
  });

  it("refuses a missing demo file in one line, exit 2", () => {
    const { code, stderr } = demo(packages, "demos/nope.ts");
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
