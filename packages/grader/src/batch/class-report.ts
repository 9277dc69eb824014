/**
 * The class report: one static, self-contained HTML file (no network, no CDN, no external
 * file; it works opened from disk) an instructor looks at after grading a class: the score
 * distribution, each assignment's mean, the checks the class fails most with their most
 * common failure message, a sortable table of students linking to each one's feedback, and
 * the seed and versions that reproduce it. Everything a submission controls is escaped.
 */
import { join } from "node:path";
import { writeAtomically } from "@dlc/student-kit/src/cli/write-atomically.ts";
import type { GradeReport } from "../engine/report.ts";
import { cleanReport, cleanText } from "../reports/sanitize.ts";
import type { Gradebook, GradebookEntry } from "./gradebook.ts";

export const CLASS_REPORT_FILE = "class-report.html";

export function escapeHtml(text: unknown): string {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export interface CheckStat {
  id: string;
  description: string;
  max: number;
  passed: number;
  graded: number;
  /** the most common first line of the failure messages, and how many had it */
  commonMessage: string;
  commonCount: number;
}

/** Pass rates of every check over the students with a report, worst first (ties by id). */
export function checkStats(reports: GradeReport[]): CheckStat[] {
  const stats = new Map<string, CheckStat & { messages: Map<string, number> }>();
  for (const report of reports)
    for (const a of report.assignments)
      for (const f of a.functions)
        for (const c of f.checks) {
          let s = stats.get(c.id);
          if (!s) {
            s = {
              id: c.id,
              description: c.description,
              max: c.max,
              passed: 0,
              graded: 0,
              commonMessage: "",
              commonCount: 0,
              messages: new Map(),
            };
            stats.set(c.id, s);
          }
          s.graded++;
          if (c.status === "passed") s.passed++;
          else {
            const first = cleanText(c.message.split("\n")[0] ?? "", 300);
            s.messages.set(first, (s.messages.get(first) ?? 0) + 1);
          }
        }
  return [...stats.values()]
    .map(({ messages, ...s }) => {
      const [message, count] = [...messages].sort(
        (x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1),
      )[0] ?? ["", 0];
      return { ...s, commonMessage: message, commonCount: count };
    })
    .sort((x, y) => x.passed / x.graded - y.passed / y.graded || (x.id < y.id ? -1 : 1));
}

/** Students per 10 %-wide bin of their score (the last bin holds 100 %). */
export function histogram(percents: number[]): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const p of percents) bins[Math.min(9, Math.max(0, Math.floor(p / 10)))]!++;
  return bins;
}

function histogramSvg(bins: number[]): string {
  const w = 460;
  const h = 160;
  const top = Math.max(1, ...bins);
  const bw = w / bins.length;
  const bars = bins
    .map((n, i) => {
      const bh = Math.round((105 * n) / top);
      const x = Math.round(i * bw) + 2;
      return (
        `<rect x="${x}" y="${130 - bh}" width="${Math.round(bw) - 4}" height="${bh}" fill="#4c78a8"><title>${i * 10}–${i === 9 ? 100 : i * 10 + 10} %: ${n}</title></rect>` +
        `<text x="${x + bw / 2 - 2}" y="${125 - bh}" text-anchor="middle" font-size="11">${n || ""}</text>` +
        `<text x="${x + bw / 2 - 2}" y="146" text-anchor="middle" font-size="10">${i * 10}</text>`
      );
    })
    .join("");
  return `<svg role="img" aria-label="score distribution" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${bars}<text x="${w / 2}" y="159" text-anchor="middle" font-size="10">score (%)</text></svg>`;
}

function feedback(id: string, index: number, entry: GradebookEntry): string {
  const head = `<h3>${escapeHtml(id)}</h3>`;
  if (!entry.report)
    return `<section class="student" id="s${index}">${head}<p class="error">Not gradable: ${escapeHtml(entry.error ?? "no report")}</p><p><a href="#students">back to the table</a></p></section>`;
  const report = cleanReport(entry.report);
  const fns = report.assignments
    .flatMap((a) => a.functions)
    .map((f) => {
      const failed = f.checks.filter((c) => c.status !== "passed");
      const items = failed
        .map(
          (c) =>
            `<li><code>${escapeHtml(c.id)}</code> (${c.max} pts): ${escapeHtml(c.description)}<pre>${escapeHtml(c.message)}</pre></li>`,
        )
        .join("");
      return `<li><b>${escapeHtml(f.name)}</b> ${f.points}/${f.max}${items ? `<ul>${items}</ul>` : " ✓"}</li>`;
    })
    .join("");
  return `<section class="student" id="s${index}">${head}<p>${report.points}/${report.max} points${report.complete ? "" : " (grading was cut short: checks not run count as failed)"}${report.submissionHash ? ` · <code>${escapeHtml(report.submissionHash.slice(0, 19))}…</code>` : ""}</p><ul>${fns}</ul><p><a href="#students">back to the table</a></p></section>`;
}

/** The HTML of the class report. */
export function formatClassReport(book: Gradebook, entries: GradebookEntry[]): string {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const reports = entries.flatMap((e) => (e.report ? [e.report] : []));
  const percents = book.rows.map((r) => r.percent);
  const mean = percents.length ? percents.reduce((s, p) => s + p, 0) / percents.length : 0;
  const sorted = [...percents].sort((a, b) => a - b);
  const median = sorted.length
    ? sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
    : 0;
  const assignments = book.columns.filter((c) => c.kind === "assignment");
  const assignmentRows = assignments
    .map((c) => {
      const scores = book.rows.map((r) => r.scores[c.key] ?? 0);
      const m = scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : 0;
      const full = scores.filter((x) => x >= c.max).length;
      return `<tr><td>${escapeHtml(c.key)}</td><td class="num">${c.max}</td><td class="num">${m.toFixed(1)}</td><td class="num">${c.max ? ((100 * m) / c.max).toFixed(1) : "0.0"}</td><td class="num">${full}</td></tr>`;
    })
    .join("");
  const checks = checkStats(reports);
  const checkRows = checks
    .slice(0, 25)
    .map(
      (s) =>
        `<tr><td><code>${escapeHtml(s.id)}</code><br><small>${escapeHtml(s.description)}</small></td><td class="num">${s.graded ? ((100 * s.passed) / s.graded).toFixed(1) : "0.0"}</td><td class="num">${s.graded - s.passed}</td><td>${s.commonCount ? `${escapeHtml(s.commonMessage)} <small>(${s.commonCount}×)</small>` : ""}</td></tr>`,
    )
    .join("");
  const students = book.rows
    .map((r, i) => {
      const cells = assignments.map((c) => `<td class="num">${r.scores[c.key] ?? 0}</td>`).join("");
      return `<tr data-status="${r.status}"><td><a href="#s${i}">${escapeHtml(cleanText(r.id, 300))}</a></td><td>${r.status}</td><td class="num">${r.points}</td><td class="num">${r.percent}</td>${cells}</tr>`;
    })
    .join("");
  const sections = book.rows
    .map((r, i) =>
      feedback(cleanText(r.id, 300), i, byId.get(r.id) ?? { id: r.id, error: r.reason }),
    )
    .join("\n");
  const count = (s: string) => book.rows.filter((r) => r.status === s).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(book.course.title)}: class report</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}#students th{cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.num{text-align:right;font-variant-numeric:tabular-nums}pre{white-space:pre-wrap;margin:.2em 0;background:#f8f8f8;padding:.3em}
.student{display:none;border:1px solid #ccc;padding:0 1em;margin:1em 0}.student:target{display:block}.error{color:#a00}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:0 1em}dl.meta dt{font-weight:600}
</style></head>
<body>
<h1>${escapeHtml(book.course.title)}: class report</h1>
<dl class="meta">
<dt>course</dt><dd>${escapeHtml(book.course.slug)} ${escapeHtml(book.course.version)}</dd>
<dt>grader</dt><dd>${escapeHtml(book.grader.version)}</dd>
<dt>seed</dt><dd id="seed">${book.seed}</dd>
<dt>shards</dt><dd>${escapeHtml(book.shards.join(", "))}</dd>
<dt>generated</dt><dd>${escapeHtml(book.generatedAt)}</dd>
</dl>
<h2>Scores</h2>
<p><span id="count">${book.rows.length}</span> submissions: ${count("graded")} graded, ${count("incomplete")} incomplete, ${count("error")} not gradable. Mean <span id="mean">${mean.toFixed(1)}</span> %, median <span id="median">${median.toFixed(1)}</span> % of ${book.max} points.</p>
${histogramSvg(histogram(percents))}
<h2>Assignments</h2>
<table id="assignments"><thead><tr><th>assignment</th><th>points</th><th>mean</th><th>mean %</th><th>full marks</th></tr></thead><tbody>${assignmentRows}</tbody></table>
<h2>Checks the class fails most</h2>
<table id="checks"><thead><tr><th>check</th><th>pass %</th><th>failed</th><th>most common failure</th></tr></thead><tbody>${checkRows}</tbody></table>
<h2>Students</h2>
<p><small>Click a column to sort; click a student for their feedback.</small></p>
<table id="students"><thead><tr><th data-type="text">id</th><th data-type="text">status</th><th data-type="num">points</th><th data-type="num">%</th>${assignments.map((c) => `<th data-type="num">${escapeHtml(c.key.slice(0, 2))}</th>`).join("")}</tr></thead><tbody>${students}</tbody></table>
<h2>Feedback</h2>
${sections}
<script>
(function () {
  var table = document.getElementById("students");
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var num = th.getAttribute("data-type") === "num";
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        var d = num ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        return asc ? d : -d;
      });
      rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
    });
  });
})();
</script>
</body></html>
`;
}

export function writeClassReport(out: string, book: Gradebook, entries: GradebookEntry[]): string {
  const file = join(out, CLASS_REPORT_FILE);
  writeAtomically(file, formatClassReport(book, entries));
  return file;
}
