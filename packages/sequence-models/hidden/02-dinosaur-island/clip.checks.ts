import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { clip } from "../../solutions/02-dinosaur-island/clip.ts";
import type { CharRnnGradients } from "../../src/char-rnn.ts";
import { clipTestCase } from "../../src/char-rnn-cases.ts";
import { expectGradients, GRADIENT_KEYS, randomGradients } from "../shared/char-rnn-checks.ts";

export default defineChecks("clip", [
  {
    id: "notebook",
    kind: "reference",
    points: 1,
    description: "the notebook's gradients (seed 3, × 10) clipped to 10 and to 5",
    async run({ call }) {
      for (const maxValue of [10, 5])
        expectGradients(
          `clip(notebook gradients, ${maxValue})`,
          await call(clipTestCase(), maxValue),
          clip(clipTestCase(), maxValue),
          { rtol: 0, atol: 0 },
        );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "every element of all five gradients clipped to [−maxValue, maxValue], for random gradients of varied shapes and bounds from 0.5 to 20",
    async run({ call, rng, input }) {
      for (const maxValue of [0.5, 1 + rng.rand(1)[0]! * 4, 20]) {
        const grads = randomGradients(rng, between(rng, 2, 12), between(rng, 3, 27), 8);
        input("gradients", grads);
        expectGradients(
          `clip(gradients, ${maxValue})`,
          await call(grads, maxValue),
          clip(grads, maxValue),
          {
            rtol: 0,
            atol: 0,
          },
        );
      }
    },
  },
  {
    id: "each-gradient",
    kind: "property",
    points: 1,
    description:
      "each of dWax, dWaa, dWya, db and dby is clipped, on both sides, when it alone is out of range",
    async run({ call, rng }) {
      for (const key of GRADIENT_KEYS) {
        for (const sign of [1, -1]) {
          const grads: CharRnnGradients = randomGradients(rng, 3, 4, 0.1);
          grads[key][0]![0] = sign * 7;
          const got = await call(grads, 2);
          const value = got?.[key]?.[0]?.[0];
          if (value !== sign * 2)
            throw new CheckError(
              `clip(gradients, 2) with ${key}[0][0] = ${sign * 7}: ${key}[0][0] should be ${sign * 2}, got ${value}`,
            );
          expectGradients("clip(gradients, 2)", got, clip(grads, 2), { rtol: 0, atol: 0 });
        }
      }
    },
  },
]);
