/**
 * Assignment 08: neural style transfer on the procedural content and style pictures, with
 * mini-VGG's seeded random features. Prints the cost as it falls and writes
 * out/art-generation.png: content | style | generated. Runs your trainStep (exercises/) or,
 * with --solutions, the reference.
 *
 *   pnpm demo:art-generation                      # your code
 *   pnpm demo:art-generation -- --solutions       # the reference
 *   pnpm demo:art-generation -- --steps 400 --size 96
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs } from "@dlc/student-kit/demo";
import { writeImagesPng } from "@dlc/student-kit/image";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import { contentImage, styleImage } from "../src/style-images.ts";
import type { TrainStep } from "../src/style-transfer.harness.ts";
import { runTrainSteps } from "../src/style-transfer.harness.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        steps: { type: "string", default: "200" },
        size: { type: "string", default: "64" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:art-generation: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const steps = Number(values.steps);
const size = Number(values.size);
if (!Number.isInteger(steps) || steps < 1 || !Number.isInteger(size) || size < 8 || size % 4) {
  console.error(
    "demo:art-generation: --steps must be a positive integer and --size a multiple of 4, at least 8",
  );
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { trainStep } = await importTarget<{ trainStep: TrainStep }>(
  root,
  "08-art-generation/train-step.ts",
);
const [content, style] = [contentImage(size), styleImage(size)];
const t0 = performance.now();
const result = runTrainSteps(trainStep, content, style, steps);
const seconds = (performance.now() - t0) / 1000;
const { image, costs } = result;
for (const i of [0, Math.floor(steps / 4), Math.floor(steps / 2), steps - 1])
  console.log(`step ${String(i + 1).padStart(4)}: J = ${costs[i]!.toPrecision(5)}`);
const path = `${root}out/art-generation.png`;
writeImagesPng(path, [content, style, image]);
console.log(
  `style transfer (${scriptTarget()}), ${size}×${size}, ${steps} steps in ${seconds.toFixed(1)} s: ` +
    `J ${costs[0]!.toPrecision(4)} → ${costs.at(-1)!.toPrecision(4)}; content | style | generated written to ${path}`,
);
