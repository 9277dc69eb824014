import { defineChecks } from "@dlc/grader/checks";
import { CheckError, expectPlain } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { whoIsIt } from "../../solutions/07-face-recognition/who-is-it.ts";
import { imgToEncoding } from "../../src/face-encoder.ts";
import { direction, encoder, people, stranger } from "./face-cases.ts";

const HARNESS = "face-recognition.harness.ts";

function answerOf(what: string, answer: unknown) {
  const a = answer as { minDist?: unknown; identity?: unknown; inDatabase?: unknown } | null;
  if (
    typeof a?.minDist !== "number" ||
    typeof a?.identity !== "string" ||
    typeof a?.inDatabase !== "boolean"
  )
    throw new CheckError(
      `${what} should return { minDist: number, identity: string, inDatabase: boolean }, got ${JSON.stringify(answer)?.slice(0, 200)}`,
    );
  return { minDist: a.minDist, identity: a.identity, inDatabase: a.inDatabase };
}

export default defineChecks("whoIsIt", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "with the shipped encoder and the 12 people's database: the nearest person, the distance and whether they are in the database, for three of them and a stranger",
    timeoutMs: 20_000,
    async run({ harness, rng }) {
      const { weights, model } = encoder();
      const { names, encodings, database, atTheDoor } = people(rng);
      const probes: [string, tf.Tensor3D][] = [
        ...[rng.randint(0, 12), rng.randint(0, 12), rng.randint(0, 12)].map(
          (i) => [names[i]!, atTheDoor(i)] as [string, tf.Tensor3D],
        ),
        ["a stranger", stranger(rng)],
      ];
      for (const [who, image] of probes) {
        const what = `whoIsIt(a picture of ${who})`;
        const answer = answerOf(
          what,
          await harness(HARNESS, "whoIsItWith", weights, image, names, encodings),
        );
        expectPlain(what, answer, whoIsIt(image, database, model), { rtol: 1e-4, atol: 1e-5 });
      }
    },
  },
  {
    id: "nearest-and-unknown",
    kind: "reference",
    points: 2,
    description:
      "among 20 encodings placed at distances 0.3 to 1.4, names the one at 0.3; with every encoding at 0.75 or more, says not in the database",
    timeoutMs: 20_000,
    async run({ harness, rng }) {
      const { weights, model } = encoder();
      const image = stranger(rng);
      const e = imgToEncoding(image, model);
      const names = Array.from({ length: 20 }, (_, i) => `person${i}`);
      for (const nearest of [0.3, 0.75]) {
        const target = rng.randint(0, 20);
        const distances = names.map((_, i) =>
          i === target ? nearest : nearest + 0.05 + 0.6 * rng.nextDouble(),
        );
        const placed = tf.tidy(() =>
          tf.stack(distances.map((d) => e.add(direction(rng, e.shape[0]).mul(d)))),
        ) as tf.Tensor2D;
        const what = `whoIsIt with the nearest encoding at ${nearest}`;
        const answer = answerOf(
          what,
          await harness(HARNESS, "whoIsItWith", weights, image, names, placed),
        );
        if (answer.identity !== names[target] || Math.abs(answer.minDist - nearest) > 1e-3)
          throw new CheckError(
            `${what}: expected ${names[target]} at ${nearest}, got ${answer.identity} at ${answer.minDist}`,
          );
        if (answer.inDatabase !== nearest <= 0.7)
          throw new CheckError(
            `${what}: inDatabase should be ${nearest <= 0.7} (in the database up to 0.7), got ${answer.inDatabase}`,
          );
      }
    },
  },
]);
