/**
 * `pnpm bench`: the project's speed figures, each against a baseline measured in the same
 * run (numpy when python3 with numpy is present, a bare process spawn) or the goal issue 6
 * sets. A benchmark, not a timed test: it reports, it does not fail on slowness.
 *
 *   pnpm bench [--runs 5] [--iterations 100] [--only training,kernels,…] [--json file]
 */
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { UsageError } from "../packages/student-kit/src/cli/courses.ts";
import { runCommand } from "../packages/student-kit/src/cli/run-command.ts";
import { writeAtomically } from "../packages/student-kit/src/cli/write-atomically.ts";
import { numpyVersion } from "./numpy.ts";
import { baselineMs, median, type Row } from "./stats.ts";
import { batch } from "./workloads/batch.ts";
import { cachedTests } from "./workloads/cached-tests.ts";
import { conv } from "./workloads/conv.ts";
import { grading } from "./workloads/grading.ts";
import { kernels } from "./workloads/kernels.ts";
import { publicTests } from "./workloads/public-tests.ts";
import { sandbox } from "./workloads/sandbox.ts";
import { sequences } from "./workloads/sequences.ts";
import { training } from "./workloads/training.ts";

const WORKLOADS: Record<string, (o: { runs: number; iterations: number }) => Promise<Row[]>> = {
  training: (o) => training(o.runs, o.iterations),
  kernels: (o) => kernels(o.runs),
  conv: (o) => conv(o.runs),
  sequences: (o) => sequences(o.runs),
  grading: (o) => grading(o.runs),
  sandbox: (o) => sandbox(o.runs),
  "public-tests": (o) => publicTests(o.runs),
  "cached-tests": (o) => cachedTests(o.runs),
  batch: () => batch(),
};

const HELP = `usage: pnpm bench [options]

Prints each workload's median, min and max over several runs and the ratio to its
baseline measured in the same run (numpy float64/float32 when python3 with numpy is
present) or to the goal of issue 6.

options:
  --runs <n>          timed runs per workload after one warm-up (default 5)
  --iterations <n>    training iterations per run (default 100)
  --only <names>      comma-separated: ${Object.keys(WORKLOADS).join(", ")}
  --json <file>       also write the figures as JSON (for tracking over time)
  -h, --help          this help
`;

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a positive integer, got '${text}'`);
  return n;
}

function machine() {
  const cpu = cpus()[0]?.model.trim() ?? "unknown cpu";
  return {
    cpu,
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    tfjs: `${tf.version.tfjs} (${tf.getBackend()})`,
    numpy: numpyVersion() ?? "not found",
  };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function table(rows: Row[]): string {
  const lines = rows.map((r) => {
    const base = r.skipped ? undefined : baselineMs(r);
    return [
      r.workload,
      ms(median(r.runs)),
      ms(Math.min(...r.runs)),
      ms(Math.max(...r.runs)),
      r.baseline?.label ?? "",
      base === undefined ? "" : ms(base),
      r.skipped ?? (base === undefined ? "" : `${(median(r.runs) / base).toFixed(2)}×`),
    ];
  });
  const head = ["workload", "median ms", "min", "max", "baseline", "baseline ms", "ratio"];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const left = new Set([0, 4]);
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (left.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [fmt(head), widths.map((w) => "─".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "5" },
      iterations: { type: "string", default: "100" },
      only: { type: "string" },
      json: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const runs = positiveInt("runs", values.runs);
  const iterations = positiveInt("iterations", values.iterations);
  const names = values.only ? values.only.split(",").map((s) => s.trim()) : Object.keys(WORKLOADS);
  for (const name of names)
    if (!WORKLOADS[name])
      throw new UsageError(
        `unknown workload '${name}' (try: ${Object.keys(WORKLOADS).join(", ")})`,
      );
  await useWasmBackend();
  const about = machine();
  process.stdout.write(
    `pnpm bench: ${about.cpu}, ${about.cores} cores, ${about.memoryGb} GB; Node ${about.node}; tfjs ${about.tfjs}; numpy ${about.numpy}\n` +
      `${runs} runs per workload after a warm-up${names.includes("training") ? `, ${iterations} training iterations` : ""}\n`,
  );
  if (about.numpy === "not found")
    process.stdout.write("python3 with numpy not found: the numpy baselines are skipped\n");
  const rows: Row[] = [];
  for (const name of names) {
    const t0 = performance.now();
    process.stderr.write(`  running ${name}…`);
    rows.push(...(await WORKLOADS[name]!({ runs, iterations })));
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(`\n${table(rows)}\n`);
  for (const row of rows) if (row.note) process.stdout.write(`\n${row.note}\n`);
  if (values.json) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.json);
    const figures = rows.map((r) => ({
      workload: r.workload,
      runsMs: r.runs,
      medianMs: median(r.runs),
      minMs: Math.min(...r.runs),
      maxMs: Math.max(...r.runs),
      baseline: r.baseline
        ? { label: r.baseline.label, ms: baselineMs(r) ?? null, runsMs: r.baseline.runs ?? null }
        : null,
      ratio: !r.skipped && baselineMs(r) ? median(r.runs) / baselineMs(r)! : null,
      skipped: r.skipped ?? null,
      memory: r.memory ?? null,
    }));
    writeAtomically(
      file,
      `${JSON.stringify({ schema: "dlc-bench/1", generatedAt: new Date().toISOString(), machine: about, runs, iterations, rows: figures }, null, 2)}\n`,
    );
    process.stdout.write(`figures written to ${file}\n`);
  }
  return 0;
}

await runCommand("bench", () => main(process.argv.slice(2)));
