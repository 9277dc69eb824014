/**
 * Assignment 04 on the notebook's moons: the given model ([2, 5, 2, 1], mini-batches of 64)
 * trained with gradient descent, momentum and Adam (α = 0.0007), then Adam with α0 = 0.01
 * and scheduleLrDecay (the notebook's second model), 5000 epochs each as the notebook.
 * Prints each one's train accuracy and time, writes one chart with the four cost curves
 * and a decision boundary per optimizer to out/, and averages the year of noisy daily
 * temperatures with exponentiallyWeightedAverages.
 * Runs your code (exercises/) or, with --solutions, the reference. `--epochs N` shortens
 * the runs.
 */

import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { writeCostCurves, writeDecisionBoundary } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import { loadMoonsDataset } from "../src/moons-data.ts";
import { dailyTemperatures, seasonalTemperature } from "../src/noisy-series.ts";
import {
  type ModelOptions,
  model,
  type Optimizer,
  type OptimizerFunctions,
} from "../src/optimization-model.ts";
import { predict } from "../src/three-layer-net.ts";

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const dir = "04-optimization";
const at = process.argv.indexOf("--epochs");
const numEpochs = at > 0 ? Number(process.argv[at + 1]) : 5000;

const load = async <T>(module: string) => importTarget<T>(root, `${dir}/${module}`);
const functions: OptimizerFunctions = {
  ...(await load<Pick<OptimizerFunctions, "randomMiniBatches">>("random-mini-batches.ts")),
  ...(await load<Pick<OptimizerFunctions, "updateParametersWithGd">>(
    "update-parameters-with-gd.ts",
  )),
  ...(await load<Pick<OptimizerFunctions, "initializeVelocity">>("initialize-velocity.ts")),
  ...(await load<Pick<OptimizerFunctions, "updateParametersWithMomentum">>(
    "update-parameters-with-momentum.ts",
  )),
  ...(await load<Pick<OptimizerFunctions, "initializeAdam">>("initialize-adam.ts")),
  ...(await load<Pick<OptimizerFunctions, "updateParametersWithAdam">>(
    "update-parameters-with-adam.ts",
  )),
};
const { scheduleLrDecay } = await load<{ scheduleLrDecay: NonNullable<ModelOptions["decay"]> }>(
  "schedule-lr-decay.ts",
);
const { exponentiallyWeightedAverages } = await load<{
  exponentiallyWeightedAverages: (
    values: number[],
    beta: number,
    biasCorrection?: boolean,
  ) => number[];
}>("exponentially-weighted-averages.ts");

const { X, Y } = loadMoonsDataset();
console.log(`moons: ${X.shape[1]} examples, ${numEpochs} epochs per model (${scriptTarget()})`);
const runs: {
  label: string;
  slug: string;
  optimizer: Optimizer;
  options: ModelOptions;
  notebook: string;
}[] = [
  { label: "gradient descent", slug: "gd", optimizer: "gd", options: {}, notebook: "71.7 %" },
  { label: "momentum", slug: "momentum", optimizer: "momentum", options: {}, notebook: "71.7 %" },
  { label: "Adam", slug: "adam", optimizer: "adam", options: {}, notebook: "94.3 %" },
  {
    label: "Adam, α0 = 0.01, scheduleLrDecay",
    slug: "adam-decay",
    optimizer: "adam",
    options: { learningRate: 0.01, decay: scheduleLrDecay },
    notebook: "94.0 %",
  },
];
const series: { label: string; costs: number[] }[] = [];
for (const run of runs) {
  const t0 = performance.now();
  const { parameters, costs } = model(X, Y, [2, 5, 2, 1], run.optimizer, functions, {
    ...run.options,
    numEpochs,
    printCost: false,
  });
  const seconds = (performance.now() - t0) / 1000;
  const trainAccuracy = accuracy(predict(X, parameters), Y);
  console.log(
    `${run.label}: train accuracy ${(100 * trainAccuracy).toFixed(1)} % (notebook ${run.notebook}), ` +
      `last cost ${costs.at(-1)?.toFixed(4)}, ${seconds.toFixed(1)} s`,
  );
  series.push({ label: run.label, costs });
  writeDecisionBoundary(
    `${root}out/optimization-boundary-${run.slug}.svg`,
    (P) => predict(P, parameters),
    X,
    Y,
    { title: `The [2, 5, 2, 1] model on the moons, trained with ${run.label}` },
  );
}
writeCostCurves(`${root}out/optimization-costs.svg`, series, {
  title: "The [2, 5, 2, 1] model on the moons, by optimizer",
  every: 100,
  iterations: numEpochs,
  xLabel: "epoch",
});
console.log(
  `cost curves written to ${root}out/optimization-costs.svg, decision boundaries to ${root}out/optimization-boundary-*.svg`,
);

const theta = dailyTemperatures();
const truth = theta.map((_, i) => seasonalTemperature(i + 1));
const rms = (a: number[]) =>
  Math.sqrt(a.reduce((sum, x, i) => sum + (x - truth[i]!) ** 2, 0) / a.length);
console.log(
  `\nA year of noisy daily temperatures (°F): θ1 = ${theta[0]!.toFixed(2)}, noise rms ${rms(theta).toFixed(2)}`,
);
for (const beta of [0.5, 0.9, 0.98]) {
  const plain = exponentiallyWeightedAverages(theta, beta);
  const corrected = exponentiallyWeightedAverages(theta, beta, true);
  const peak = corrected.indexOf(Math.max(...corrected)) + 1;
  console.log(
    `β = ${beta} (~${Math.round(1 / (1 - beta))} days): day 10 ${plain[9]!.toFixed(2)} → corrected ${corrected[9]!.toFixed(2)}, ` +
      `rms to the seasonal curve ${rms(plain).toFixed(2)} → ${rms(corrected).toFixed(2)}, warmest on day ${peak} (curve: 197)`,
  );
}
