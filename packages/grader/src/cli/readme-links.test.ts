/**
 * Every README of the repository (root, courses, assignments, docs) points only at
 * files inside the repository: a student on a fresh clone can follow every link.
 * Checks Markdown links `[text](relative/path)` and file paths in code spans
 * (`docs/x.md`), relative to the README's folder or to the repository's root.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../../..", import.meta.url));

/** The Markdown files git knows of (tracked or new), node_modules never. */
function markdownFiles(): string[] {
  return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.md"], {
    cwd: repo,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => f && !f.includes("node_modules/") && !f.startsWith(".changeset/"));
}

/** The local targets a Markdown file refers to: link targets and `*.md` paths in code spans. */
function localTargets(markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
  const spans = [...markdown.matchAll(/`([\w./-]+\/[\w.-]+\.md)`/g)].map((m) => m[1]!);
  return [...links, ...spans]
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith("#"))
    .map((t) => decodeURI(t.split("#")[0]!));
}

/** Where `target` (from the README at `file`) points, if inside the repository and present. */
function resolves(file: string, target: string): boolean {
  const candidates = [
    resolve(repo, dirname(file), target),
    resolve(repo, target.replace(/^\//, "")),
  ];
  return candidates.some((path) => !relative(repo, path).startsWith("..") && existsSync(path));
}

describe("README links", () => {
  it("finds link targets and code-span paths, not URLs or anchors", () => {
    expect(
      localTargets(
        "see [a](../b/README.md#x), [w](https://x.org), [s](#top), `shared/docs/curriculum.md`",
      ),
    ).toEqual(["../b/README.md", "shared/docs/curriculum.md"]);
  });

  const files = markdownFiles();
  it("covers the root, every course and every assignment README", () => {
    expect(files).toContain("README.md");
    expect(files.filter((f) => /^packages\/[^/]+\/README\.md$/.test(f)).length).toBeGreaterThan(4);
    expect(files.some((f) => /^packages\/[^/]+\/exercises\/[^/]+\/README\.md$/.test(f))).toBe(true);
  });

  it.each(files)("%s links only to files inside the repository", (file) => {
    const markdown = readFileSync(join(repo, file), "utf8");
    const broken = localTargets(markdown).filter((t) => !resolves(file, t));
    expect(broken, `${file} points outside the repository or at a missing file`).toEqual([]);
  });
});
