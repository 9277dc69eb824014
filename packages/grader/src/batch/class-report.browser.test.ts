/**
 * The class report in a real browser (issue 15): Debian's Chromium, headless, driven by
 * Playwright, opens the file from disk (no server, no network), and the page shows the
 * gradebook's numbers, sorts its table of students, and opens a student's feedback.
 * Where no Chromium is installed (`apt-get install chromium`, as .ci/run does) the test is
 * skipped and says so.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { defineCourse } from "@dlc/student-kit/src/course/define-course.ts";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { type GradeReport, REPORT_SCHEMA, total } from "../engine/report.ts";
import { checkStats, writeClassReport } from "./class-report.ts";
import { buildGradebook, type GradebookEntry } from "./gradebook.ts";

const CHROMIUM = process.env.DLC_CHROMIUM ?? "/usr/bin/chromium";
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser)
  console.warn(
    `class report browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`,
  );

const course = defineCourse({
  slug: "demo",
  title: "Demo course",
  assignments: [
    {
      slug: "01-first",
      title: "First",
      functions: [
        { name: "alpha", notebook: "alpha", module: "alpha.ts", hints: ["a hint"] },
        { name: "beta", notebook: "beta", module: "beta.ts", hints: ["a hint"] },
      ],
    },
    {
      slug: "02-second",
      title: "Second",
      functions: [{ name: "gamma", notebook: "gamma", module: "gamma.ts", hints: ["a hint"] }],
    },
  ],
});

/** A student's report: `passed[i]` says whether check i (of 6, 2 per function, 2 points each) passed. */
function report(id: string, passed: boolean[]): GradeReport {
  let i = 0;
  const fn = (slug: string, name: string) => ({
    name,
    module: `${slug}/${name}.ts`,
    points: 0,
    max: 0,
    checks: ["matches-reference", "edge"].map((check) => {
      const ok = passed[i++] ?? false;
      return {
        id: `${slug.slice(0, 2)}/${name}/${check}`,
        kind: "reference",
        description: `${name} ${check}`,
        points: ok ? 2 : 0,
        max: 2,
        status: ok ? ("passed" as const) : ("failed" as const),
        message: ok ? "" : `${name}: expected 1, got 0 <script>alert(1)</script>`,
        reason: ok ? undefined : "wrong",
        durationMs: 1,
      };
    }),
  });
  return total({
    schema: REPORT_SCHEMA,
    grader: { version: "0.1.0" },
    course: { slug: "demo", title: "Demo course", version: "1.0.0" },
    seed: 3,
    submission: id,
    complete: true,
    points: 0,
    max: 0,
    assignments: [
      {
        slug: "01-first",
        title: "First",
        points: 0,
        max: 0,
        functions: [fn("01-first", "alpha"), fn("01-first", "beta")],
      },
      {
        slug: "02-second",
        title: "Second",
        points: 0,
        max: 0,
        functions: [fn("02-second", "gamma")],
      },
    ],
    skipped: [],
    generatedAt: "2026-12-05T00:00:00.000Z",
    durationMs: 10,
  });
}

const STUDENTS: [string, boolean[]][] = [
  ["zoe", [true, true, true, true, true, true]],
  ["adam", [true, false, false, false, false, false]],
  ["mia", [true, true, true, false, true, false]],
  ["li", [true, true, false, false, false, false]],
  ["<img src=x onerror=alert(1)>", [true, true, true, true, false, false]],
];

const work = mkdtempSync(join(tmpdir(), "dlc-class-report-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!haveBrowser)("class report in headless Chromium", () => {
  it("shows the gradebook's numbers, sorts the students, opens one's feedback", async () => {
    const entries: GradebookEntry[] = [
      ...STUDENTS.map(([id, passed]) => ({ id, report: report(id, passed) })),
      { id: "nobody", error: "holds none of demo's graded modules" },
    ];
    const book = buildGradebook({
      course,
      courseVersion: "1.0.0",
      graderVersion: "0.1.0",
      seed: 3,
      shards: ["1/1"],
      maxima: new Map([
        ["01-first/alpha.ts", 4],
        ["01-first/beta.ts", 4],
        ["02-second/gamma.ts", 4],
      ]),
      entries,
    });
    const file = writeClassReport(work, book, entries);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const dialogs: string[] = [];
      page.on("dialog", async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(pathToFileURL(file).href);

      // the numbers shown are the gradebook's
      const percents = book.rows.map((r) => r.percent);
      const mean = percents.reduce((s, p) => s + p, 0) / percents.length;
      expect(await page.textContent("#count")).toBe(String(book.rows.length));
      expect(await page.textContent("#mean")).toBe(mean.toFixed(1));
      expect(await page.textContent("#seed")).toBe("3");
      const ids = () =>
        page.$$eval("#students tbody tr td:first-child", (cells) =>
          cells.map((c) => c.textContent),
        );
      expect(await ids()).toEqual(book.rows.map((r) => r.id));
      // the check the class fails most comes first, with its most common message
      const worst = checkStats(entries.flatMap((e) => (e.report ? [e.report] : [])))[0]!;
      expect(await page.textContent("#checks tbody tr:first-child td:first-child code")).toBe(
        worst.id,
      );

      // sorting by % (descending on the second click) puts zoe (100 %) first
      await page.click("#students th:nth-child(4)");
      const ascending = await ids();
      expect(ascending[ascending.length - 1]).toBe("zoe");
      await page.click("#students th:nth-child(4)");
      expect((await ids())[0]).toBe("zoe");

      // a student's feedback opens from the table, with the failed checks' messages
      await page.click("#students a:text('mia')");
      const section = page.locator("section.student:target");
      expect(await section.isVisible()).toBe(true);
      expect(await section.textContent()).toContain("beta: expected 1, got 0 <script>");

      // nothing a submission wrote ran, and nothing was fetched
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
      await page.screenshot({ path: join(work, "class-report.png"), fullPage: true });
      expect(existsSync(join(work, "class-report.png"))).toBe(true);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
