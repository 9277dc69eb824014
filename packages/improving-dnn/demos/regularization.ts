/**
 * Assignment 02 on the goalkeeper stand-in: the notebook's three models of the
 * [2, 20, 3, 1] network, 30000 iterations at learning rate 0.3 each: without
 * regularization, with L2 (λ = 0.7) and with dropout (keepProb = 0.86). Prints each one's
 * train and test accuracy and time, writes the three cost curves to one chart and a
 * decision boundary per model to out/. A model whose graded functions are not written
 * yet is skipped.
 * Runs your code (exercises/) or, with --solutions, the reference. `--iterations N`
 * shortens the runs.
 */

import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { skipUnfinished } from "@dlc/student-kit/demo";
import { writeCostCurves, writeDecisionBoundary } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import { load2DDataset } from "../src/goalkeeper-data.ts";
import { model, type RegularizationFunctions } from "../src/regularization-model.ts";
import { predict } from "../src/three-layer-net.ts";

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const dir = "02-regularization";
const at = process.argv.indexOf("--iterations");
const numIterations = at > 0 ? Number(process.argv[at + 1]) : 30000;

const load = async <T>(module: string) => importTarget<T>(root, `${dir}/${module}`);
const functions: RegularizationFunctions = {
  ...(await load<Pick<RegularizationFunctions, "computeCostWithRegularization">>(
    "compute-cost-with-regularization.ts",
  )),
  ...(await load<Pick<RegularizationFunctions, "backwardPropagationWithRegularization">>(
    "backward-propagation-with-regularization.ts",
  )),
  ...(await load<Pick<RegularizationFunctions, "forwardPropagationWithDropout">>(
    "forward-propagation-with-dropout.ts",
  )),
  ...(await load<Pick<RegularizationFunctions, "backwardPropagationWithDropout">>(
    "backward-propagation-with-dropout.ts",
  )),
};

const { trainX, trainY, testX, testY } = load2DDataset();
console.log(
  `goalkeeper stand-in: ${trainX.shape[1]} training and ${testX.shape[1]} test points, ${numIterations} iterations per model (${scriptTarget()})`,
);

const runs = [
  { id: "none", label: "no regularization", lambd: 0, keepProb: 1 },
  { id: "l2", label: "L2, λ = 0.7", lambd: 0.7, keepProb: 1 },
  { id: "dropout", label: "dropout, keepProb = 0.86", lambd: 0, keepProb: 0.86 },
];
const curves: { label: string; costs: number[] }[] = [];
for (const { id, label, lambd, keepProb } of runs) {
  console.log(`\n${label}`);
  const t0 = performance.now();
  let result: ReturnType<typeof model>;
  try {
    result = model(trainX, trainY, functions, 0.3, numIterations, true, lambd, keepProb);
  } catch (error) {
    skipUnfinished(error);
    continue;
  }
  const seconds = (performance.now() - t0) / 1000;
  const { parameters, costs } = result;
  const train = accuracy(predict(trainX, parameters), trainY);
  const test = accuracy(predict(testX, parameters), testY);
  console.log(
    `  train accuracy ${(100 * train).toFixed(1)} %, test accuracy ${(100 * test).toFixed(1)} %, ${seconds.toFixed(1)} s`,
  );
  curves.push({ label, costs });
  const file = `${root}out/regularization-${id}-boundary.svg`;
  // the field is about 1 wide: a margin of 0.25 around the points, not the notebook's 1
  writeDecisionBoundary(file, (P) => predict(P, parameters), trainX, trainY, {
    margin: 0.25,
    title: `The goalkeeper model with ${label}: train ${(100 * train).toFixed(1)} %, test ${(100 * test).toFixed(1)} %`,
  });
  console.log(`  decision boundary written to ${file}`);
}
if (curves.length > 0) {
  const file = `${root}out/regularization-costs.svg`;
  writeCostCurves(file, curves, {
    title: "The goalkeeper model, learning rate 0.3, by regularization",
    every: 1000,
    iterations: numIterations,
  });
  console.log(`\ncost curves written to ${file}`);
}
