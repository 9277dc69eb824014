import { defineChecks } from "@dlc/grader/checks";
import { CheckError, expectPlain } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { verify } from "../../solutions/07-face-recognition/verify.ts";
import { imgToEncoding } from "../../src/face-encoder.ts";
import { direction, encoder, people, stranger } from "./face-cases.ts";

const HARNESS = "face-recognition.harness.ts";

/** The student's { dist, doorOpen }, checked for shape, as plain data. */
function answerOf(what: string, answer: unknown): { dist: number; doorOpen: boolean } {
  const a = answer as { dist?: unknown; doorOpen?: unknown } | null;
  if (typeof a?.dist !== "number" || typeof a?.doorOpen !== "boolean")
    throw new CheckError(
      `${what} should return { dist: number, doorOpen: boolean }, got ${JSON.stringify(answer)?.slice(0, 200)}`,
    );
  return { dist: a.dist, doorOpen: a.doorOpen };
}

export default defineChecks("verify", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "with the shipped encoder: the distance and the door for people who are who they say, people who are not, and a stranger",
    timeoutMs: 20_000,
    async run({ harness, rng }) {
      const { weights, model } = encoder();
      const { names, encodings, database, atTheDoor } = people(rng);
      const cases: [string, tf.Tensor3D, string][] = [
        ["younes at the door as younes", atTheDoor(1), "younes"],
        ["kian at the door as kian", atTheDoor(4), "kian"],
        ["kian at the door as younes", atTheDoor(4), "younes"],
        ["a stranger at the door as arnaud", stranger(rng), "arnaud"],
      ];
      for (const [who, image, identity] of cases) {
        const what = `verify(picture of ${who})`;
        const answer = answerOf(
          what,
          await harness(HARNESS, "verifyWith", weights, image, identity, names, encodings),
        );
        expectPlain(what, answer, verify(image, identity, database, model), {
          rtol: 1e-4,
          atol: 1e-5,
        });
      }
    },
  },
  {
    id: "threshold",
    kind: "reference",
    points: 2,
    description:
      "the door opens at distance 0.65 and 0.695, stays shut at 0.705 and 0.8 (database encodings placed at those distances)",
    timeoutMs: 20_000,
    async run({ harness, rng }) {
      const { weights, model } = encoder();
      const { atTheDoor } = people(rng);
      const image = atTheDoor(rng.randint(0, 12));
      const e = imgToEncoding(image, model);
      for (const distance of [0.65, 0.695, 0.705, 0.8]) {
        const placed = tf.tidy(() =>
          e.add(direction(rng, e.shape[0]).mul(distance)).expandDims(0),
        ) as tf.Tensor2D;
        const answer = answerOf(
          `verify at distance ${distance}`,
          await harness(HARNESS, "verifyWith", weights, image, "felix", ["felix"], placed),
        );
        if (Math.abs(answer.dist - distance) > 1e-3)
          throw new CheckError(
            `verify: the L2 distance of the encodings is ${distance.toFixed(3)}, your dist is ${answer.dist}`,
          );
        if (answer.doorOpen !== distance < 0.7)
          throw new CheckError(
            `verify: at distance ${distance} the door should ${distance < 0.7 ? "open" : "stay shut"} (it opens below 0.7), doorOpen was ${answer.doorOpen}`,
          );
      }
    },
  },
]);
