/**
 * Assignment 01 on the notebook's circles: trains the three-layer model [2, 10, 5, 1]
 * (learning rate 0.01, 15000 iterations, as the notebook) from each initialization, zeros,
 * large random and He, prints the train and test accuracy and the time of each, and
 * writes the three cost curves (one chart) and the three decision boundaries to out/.
 * Runs your code (exercises/) or, with --solutions, the reference.
 * `--iterations N` shortens the runs; `--print-cost` prints the cost every 1000 iterations.
 */

import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { skipUnfinished } from "@dlc/student-kit/demo";
import { writeCostCurves, writeDecisionBoundary } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import { loadCirclesDataset } from "../src/circles-data.ts";
import { type Initializer, model } from "../src/initialization-model.ts";
import { predict } from "../src/three-layer-net.ts";

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const dir = "01-initialization";
const at = process.argv.indexOf("--iterations");
const iterations = at > 0 ? Number(process.argv[at + 1]) : 15000;
const printCost = process.argv.includes("--print-cost");

const { initializeParametersZeros } = await importTarget<{
  initializeParametersZeros: Initializer;
}>(root, `${dir}/initialize-parameters-zeros.ts`);
const { initializeParametersRandom } = await importTarget<{
  initializeParametersRandom: Initializer;
}>(root, `${dir}/initialize-parameters-random.ts`);
const { initializeParametersHe } = await importTarget<{ initializeParametersHe: Initializer }>(
  root,
  `${dir}/initialize-parameters-he.ts`,
);

const { trainX, trainY, testX, testY } = loadCirclesDataset();
console.log(
  `circles: ${trainX.shape[1]} training and ${testX.shape[1]} test points; model [2, 10, 5, 1], learning rate 0.01, ${iterations} iterations (${scriptTarget()})`,
);

const series: { label: string; costs: number[] }[] = [];
for (const [name, initialize] of [
  ["zeros", initializeParametersZeros],
  ["random", initializeParametersRandom],
  ["he", initializeParametersHe],
] as const) {
  const t0 = performance.now();
  let trained: ReturnType<typeof model>;
  try {
    trained = model(trainX, trainY, (dims) => initialize(dims), {
      learningRate: 0.01,
      numIterations: iterations,
      printCost,
    });
  } catch (error) {
    skipUnfinished(error, name);
    continue;
  }
  const seconds = (performance.now() - t0) / 1000;
  const { parameters, costs } = trained;
  const train = accuracy(predict(trainX, parameters), trainY);
  const test = accuracy(predict(testX, parameters), testY);
  console.log(
    `${name.padEnd(6)}: train accuracy ${train.toFixed(3)}, test accuracy ${test.toFixed(3)}, first cost ${costs[0]?.toFixed(4)}, last recorded ${costs.at(-1)?.toFixed(4)}, ${seconds.toFixed(1)} s`,
  );
  series.push({ label: `${name} initialization`, costs });
  writeDecisionBoundary(
    `${root}out/initialization-boundary-${name}.svg`,
    (P) => predict(P, parameters),
    trainX,
    trainY,
    {
      title: `The [2, 10, 5, 1] model, ${name} initialization: train accuracy ${(100 * train).toFixed(1)} %`,
    },
  );
}
if (series.length > 0) {
  writeCostCurves(`${root}out/initialization-costs.svg`, series, {
    title: "The [2, 10, 5, 1] model on the circles, by initialization",
    every: 1000,
    iterations,
  });
  console.log(
    `cost curves in ${root}out/initialization-costs.svg, decision boundaries in ${root}out/initialization-boundary-*.svg`,
  );
}
