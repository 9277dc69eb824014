/**
 * Assignment 07's transfer learning, measured: a network trained on a big five-label source
 * task (2000 examples) lends its body to a small one-label target task. For a few target
 * sizes it compares, on 2000 held-out target examples:
 * - trainHead: your function, the body frozen and a new output layer trained (the lecture's
 *   advice for little data);
 * - from scratch: the same architecture trained on the target examples alone;
 * - fine-tuning every layer, starting from the source network (the advice for more data).
 * Runs your trainHead (exercises/) or, with --solutions, the reference.
 */
import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { transferTasks } from "../src/transfer-data.ts";
import {
  initializeNetwork,
  type NetworkParameters,
  predictNetwork,
  trainNetwork,
} from "../src/transfer-network.ts";

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { trainHead } = await importTarget<{
  trainHead: (
    pretrained: NetworkParameters,
    X: tf.Tensor,
    Y: tf.Tensor,
    learningRate?: number,
    numIterations?: number,
    seed?: number,
  ) => { parameters: NetworkParameters; costs: number[] };
}>(root, "07-multi-task-and-transfer/train-head.ts");

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const targetSizes = sizes.length ? sizes : [40, 400, 2000];
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

// fail fast, before training the source network, while trainHead is still a stub (the demo runner names it)
{
  const tiny = {
    W1: tf.ones([2, 2]),
    b1: tf.zeros([2, 1]),
    W2: tf.ones([1, 2]),
    b2: tf.zeros([1, 1]),
  };
  trainHead(tiny, tf.ones([2, 1]), tf.ones([1, 1]), 0.1, 1);
}

let t0 = performance.now();
const { source, targetTest } = transferTasks({ mTarget: 1 });
const sourceDims = [12, 32, 8, 5];
const pretrained = trainNetwork(source.X, source.Y, sourceDims, {
  learningRate: 0.01,
  numIterations: 600,
}).parameters;
const sourceAccuracy = tf.tidy(
  () => predictNetwork(pretrained, source.X).equal(source.Y).cast("float32").mean().dataSync()[0]!,
);
console.log(
  `source network ${sourceDims.join("-")} trained on 2000 examples × 5 labels: ` +
    `${percent(sourceAccuracy)} of the labels right (5 % are flipped), ${seconds(t0)} s`,
);

const rows: string[][] = [];
for (const mTarget of targetSizes) {
  const { target } = transferTasks({ mTarget });
  const score = (p: NetworkParameters) => accuracy(predictNetwork(p, targetTest.X), targetTest.Y);
  t0 = performance.now();
  const head = trainHead(pretrained, target.X, target.Y).parameters;
  rows.push([`${mTarget}`, "trainHead (body frozen)", percent(score(head)), seconds(t0)]);
  t0 = performance.now();
  const scratch = trainNetwork(target.X, target.Y, [12, 32, 8, 1], { numIterations: 500, seed: 3 });
  rows.push(["", "from scratch", percent(score(scratch.parameters)), seconds(t0)]);
  t0 = performance.now();
  const fresh = initializeNetwork([8, 1], 2);
  const init = { ...pretrained, W3: fresh.W1!, b3: fresh.b1! };
  const fineTuned = trainNetwork(target.X, target.Y, [12, 32, 8, 1], {
    learningRate: 0.003,
    numIterations: 300,
    init,
  });
  rows.push(["", "fine-tune every layer", percent(score(fineTuned.parameters)), seconds(t0)]);
}
const header = ["target examples", "model", "test accuracy", "seconds"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(`\ntarget task, 2000 held-out examples (${scriptTarget()}):`);
console.log(line(header));
for (const r of rows) console.log(line(r));
