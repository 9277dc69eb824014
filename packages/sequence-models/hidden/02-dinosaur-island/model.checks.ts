import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { model } from "../../solutions/02-dinosaur-island/model.ts";
import { type CharRnnParameters, rnnForward } from "../../src/char-rnn.ts";
import { charToIndex, dinosaurNames, indexToChar } from "../../src/dinosaur-names.ts";
import { zeros } from "../../src/matrix.ts";
import { expectParameterShapes, expectParameters } from "../shared/char-rnn-checks.ts";

const charToIx = charToIndex();
const ixToChar = indexToChar();

/** The reference's training, once per case: impostor and mutant runs grade the same cases again. */
const trained = new Map<string, ReturnType<typeof model>>();
function reference(seed: number, count: number, iterations: number, nA: number, dinoNames: number) {
  const key = [seed, count, iterations, nA, dinoNames].join(",");
  let result = trained.get(key);
  if (!result) {
    result = model(dinosaurNames(seed, count), ixToChar, charToIx, iterations, nA, dinoNames);
    trained.set(key, result);
  }
  return result;
}

/** Mean cross-entropy per character on names, computed here from the returned weights. */
function perCharacterLoss(parameters: CharRnnParameters, names: string[]): number {
  let loss = 0;
  let chars = 0;
  for (const name of names) {
    const X = [null, ...[...name].map((ch) => charToIx[ch]!)];
    const Y = [...(X.slice(1) as number[]), 0];
    loss += rnnForward(X, Y, zeros(parameters.b.length, 1), parameters).loss;
    chars += Y.length;
  }
  return loss / chars;
}

export default defineChecks("model", [
  {
    id: "matches-reference",
    kind: "training",
    points: 2,
    timeoutMs: 60_000,
    description:
      "2001 steps on 120 names: the trained weights and the last name sampled (at step 2000) equal the reference's",
    async run({ call, rng, input }) {
      const seed = between(rng, 2, 10_000);
      const names = dinosaurNames(seed, 120);
      const nA = between(rng, 6, 12);
      const dinoNames = between(rng, 2, 5);
      input("names", names);
      const got = await call(names, ixToChar, charToIx, 2001, nA, dinoNames);
      const what = `model(120 names, ixToChar, charToIx, 2001, ${nA}, ${dinoNames})`;
      if (typeof got !== "object" || got === null)
        throw new CheckError(`${what} should return { parameters, lastDinoName }`);
      expectParameterShapes(`${what}.parameters`, got.parameters, nA);
      const expected = reference(seed, 120, 2001, nA, dinoNames);
      expectParameters(`${what}.parameters`, got.parameters, expected.parameters, {
        rtol: 1e-6,
        atol: 1e-9,
      });
      if (got.lastDinoName !== expected.lastDinoName)
        throw new CheckError(
          `${what}.lastDinoName is ${JSON.stringify(got.lastDinoName)}, expected ${JSON.stringify(expected.lastDinoName)} (the name sampled with seed ${dinoNames - 1} at step 2000)`,
        );
    },
  },
  {
    id: "learns",
    kind: "training",
    points: 1,
    timeoutMs: 60_000,
    description:
      "after 1000 steps on 300 names, the returned weights predict names it never saw at under 2.9 nats a character (a uniform guess: ln 27 = 3.30)",
    async run({ call, rng }) {
      const seed = between(rng, 2, 10_000);
      const got = await call(dinosaurNames(seed, 300), ixToChar, charToIx, 1000, 16, 7);
      const what = "model(300 names, ixToChar, charToIx, 1000, 16)";
      if (typeof got !== "object" || got === null)
        throw new CheckError(`${what} should return { parameters, lastDinoName }`);
      expectParameterShapes(`${what}.parameters`, got.parameters, 16);
      const seen = new Set(dinosaurNames(seed, 300));
      const unseen = dinosaurNames(seed + 1, 150).filter((n) => !seen.has(n));
      const loss = perCharacterLoss(got.parameters, unseen);
      if (!(loss < 2.9))
        throw new CheckError(
          `${what}: its weights cost ${loss.toFixed(3)} nats a character on ${unseen.length} unseen names; after 1000 steps the reference's cost ${perCharacterLoss(reference(seed, 300, 1000, 16, 7).parameters, unseen).toFixed(3)} (a uniform guess: 3.296)`,
        );
    },
  },
]);
