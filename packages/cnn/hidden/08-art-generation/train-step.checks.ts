import { defineChecks, expectNumbers } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { computeContentCost } from "../../solutions/08-art-generation/compute-content-cost.ts";
import { computeStyleCost } from "../../solutions/08-art-generation/compute-style-cost.ts";
import { totalCost } from "../../solutions/08-art-generation/total-cost.ts";
import { trainStep } from "../../solutions/08-art-generation/train-step.ts";
import { miniVgg } from "../../src/mini-vgg.ts";
import { contentImage, styleImage } from "../../src/style-images.ts";
import { runTrainSteps } from "../../src/style-transfer.harness.ts";
import { layerOutputs } from "../../src/style-transfer.ts";

const SIZE = 16;
const STEPS = 3;

export default defineChecks("trainStep", [
  {
    id: "steps-like-the-reference",
    kind: "training",
    points: 2,
    description:
      "three steps from a noisy content image end where the reference's end (checked on the image)",
    timeoutMs: 20_000,
    async run({ harness, seed }) {
      const [content, style] = [contentImage(SIZE, seed), styleImage(SIZE, seed + 1)];
      const got = await harness(
        "style-transfer.harness.ts",
        "runTrainSteps",
        content,
        style,
        STEPS,
        seed,
      );
      const expected = runTrainSteps(trainStep, content, style, STEPS, seed);
      expectClose(`the image after ${STEPS} trainStep calls`, got?.image, expected.image, {
        atol: 2e-3,
        rtol: 0,
      });
      // what trainStep returns is part of its contract: the cost before each step, as the reference's
      expectNumbers(`the costs ${STEPS} trainStep calls returned`, got?.costs, expected.costs, {
        rtol: 1e-3,
        atol: 1e-7,
      });
    },
  },
  {
    id: "cost-falls",
    kind: "training",
    points: 1,
    description:
      "the cost of the image it leaves, recomputed by the grader, is below the starting image's; pixels stay in [0, 1]",
    timeoutMs: 20_000,
    async run({ harness, seed }) {
      const [content, style] = [contentImage(SIZE, seed + 7), styleImage(SIZE, seed + 8)];
      const got = await harness(
        "style-transfer.harness.ts",
        "runTrainSteps",
        content,
        style,
        6,
        seed,
      );
      const image = got?.image;
      expectShape("the image after 6 trainStep calls", image, [1, SIZE, SIZE, 3]);
      const [lo, hi] = [image.min().arraySync() as number, image.max().arraySync() as number];
      if (!(lo >= 0 && hi <= 1))
        throw new CheckError(
          `trainStep: the image's pixels run from ${lo} to ${hi}; clip them to [0, 1] after each step`,
        );
      // the grader's own cost of an image, with the harness's encoder and targets
      const encoder = layerOutputs(miniVgg(SIZE, seed));
      const [aS, aC] = [encoder(style), encoder(content)];
      const cost = (x: tf.Tensor) =>
        tf.tidy(() => {
          const aG = encoder(x);
          return totalCost(
            computeContentCost(aC, aG),
            computeStyleCost(aS, aG),
          ).arraySync() as number;
        });
      const start = runTrainSteps(trainStep, content, style, 0, seed).start;
      const [before, after] = [cost(start), cost(image)];
      expectNumbers(
        "the cost the first trainStep call returned",
        got?.costs?.slice(0, 1),
        [before],
        {
          rtol: 1e-3,
          atol: 1e-7,
        },
      );
      if (!(after < before))
        throw new CheckError(
          `trainStep: the cost went from ${before} to ${after} over 6 steps (it must fall)`,
        );
    },
  },
]);
