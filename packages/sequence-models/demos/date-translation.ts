/**
 * Assignment 06: trains your modelf (or, with --solutions, the reference) to translate human
 * dates into ISO dates, prints its character accuracy on dates it never saw and its
 * translations of the notebook's examples, and writes docs/attention-map.svg: where each output
 * character looked in "Saturday May 9 2018".
 *
 *   pnpm demo:date-translation [-- --solutions] [-- --examples 4000 --epochs 12 --na 16 --ns 32]
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs } from "@dlc/student-kit/demo";
import { heatmapSvg, writeSvg } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { attentionMaps, reseed, translate } from "../src/attention.harness.ts";
import {
  encodeHuman,
  HUMAN_VOCAB,
  INV_MACHINE_VOCAB,
  intToString,
  loadDataset,
  MACHINE_VOCAB,
  preprocessData,
  stringToInt,
  TX,
  TY,
} from "../src/dates.ts";

const EXAMPLES = [
  "3 May 1979",
  "5 April 09",
  "21th of August 2016",
  "Tue 10 Jul 2007",
  "Saturday May 9 2018",
  "March 3 2001",
  "March 3rd 2001",
  "1 March 2001",
];

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        examples: { type: "string", default: "4000" },
        epochs: { type: "string", default: "12" },
        na: { type: "string", default: "16" },
        ns: { type: "string", default: "32" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:date-translation: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const [m, epochs, nA, nS] = [values.examples, values.epochs, values.na, values.ns].map(Number) as [
  number,
  number,
  number,
  number,
];
if (![m, epochs, nA, nS].every((v) => Number.isInteger(v) && v > 0)) {
  console.error(
    "demo:date-translation: --examples, --epochs, --na and --ns must be positive integers",
  );
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { modelf } = await importTarget<{ modelf: (...a: number[]) => tf.LayersModel }>(
  root,
  "06-neural-machine-translation/modelf.ts",
);
const train = preprocessData(loadDataset(m, 1));
const testPairs = loadDataset(500, 2);
const test = preprocessData(testPairs);
const model = modelf(TX, TY, nA, nS, HUMAN_VOCAB.size, MACHINE_VOCAB.size);
reseed(model, 1);
model.compile({ optimizer: tf.train.adam(0.01), loss: "categoricalCrossentropy" });
const targets = tf.unstack(train.Yoh, 1);
const zeros = tf.zeros([m, nS]);
const t0 = performance.now();
await model.fit([train.Xoh, zeros, zeros], targets, {
  epochs,
  batchSize: 100,
  verbose: 0,
  callbacks: {
    onEpochEnd: (epoch, logs) =>
      console.log(`  epoch ${epoch + 1}/${epochs}: loss ${logs?.loss?.toFixed(3)}`),
  },
});
const seconds = (performance.now() - t0) / 1000;

const decode = (probs: tf.Tensor3D) =>
  (probs.argMax(-1).arraySync() as number[][]).map((ids) => intToString(ids, INV_MACHINE_VOCAB));
const predicted = decode(translate(model, test.Xoh, nS));
let chars = 0;
let whole = 0;
for (const [i, p] of predicted.entries()) {
  const truth = testPairs[i]!.machine;
  chars += [...p].filter((c, t) => c === truth[t]).length;
  if (p === truth) whole++;
}
console.log(
  `modelf (${scriptTarget()}), n_a ${nA}, n_s ${nS}, ${epochs} epochs on ${m} dates in ${seconds.toFixed(0)} s: ` +
    `${((100 * chars) / (10 * predicted.length)).toFixed(1)} % of the characters and ` +
    `${((100 * whole) / predicted.length).toFixed(1)} % of the dates of 500 unseen dates right`,
);
const translations = decode(translate(model, encodeHuman(EXAMPLES), nS));
for (const [i, source] of EXAMPLES.entries())
  console.log(`  ${source.padEnd(22)} → ${translations[i]}`);

const shown = "Saturday May 9 2018";
const map = attentionMaps(model, encodeHuman([shown]), nS);
const length = stringToInt(shown, TX, HUMAN_VOCAB).filter(
  (id) => id !== HUMAN_VOCAB.get("<pad>"),
).length;
const rows = (map.arraySync() as number[][][])[0]!.map((row) => row.slice(0, length + 2));
const input = [...shown.toLowerCase()].concat(["<pad>", "<pad>"]);
const output = [...translations[EXAMPLES.indexOf(shown)]!];
const path = `${root}docs/attention-map.svg`;
const title = `Attention of the date translator: "${shown}" → ${output.join("")}`;
const svg = heatmapSvg(rows, {
  title,
  xLabel: "input characters",
  yLabel: "output characters",
  columns: input.map((c) => (c === " " ? "␣" : c)),
  rows: output,
});
// an accessible name for the picture (the heatmap has none of its own): its title, first
const escaped = title.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
writeSvg(path, svg.replace(/(<svg[^>]*>)/, `$1\n<title>${escaped}</title>`));
console.log(`attention map written to ${path}`);
