/**
 * Assignment 02: trains the character-level language model on the course's 1536 dinosaur names
 * for the notebook's 35,000 steps (your model, or the reference with --solutions), printing the
 * smoothed loss and 7 sampled names every 2000 steps as the notebook does, then the per-character
 * loss on 500 names it never saw.
 *
 *   pnpm demo:dinosaurs                          # your code
 *   pnpm demo:dinosaurs -- --solutions           # the reference
 *   pnpm demo:dinosaurs -- --iterations 10000
 */
import { parseArgs } from "node:util";
import { demoArgs, skipUnfinished } from "@dlc/student-kit/demo";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import { type CharRnnParameters, rnnForward } from "../src/char-rnn.ts";
import { charToIndex, dinosaurNames, indexToChar } from "../src/dinosaur-names.ts";
import { zeros } from "../src/matrix.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        iterations: { type: "string", default: "35000" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:dinosaurs: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const iterations = Number(values.iterations);
if (!Number.isInteger(iterations) || iterations < 1) {
  console.error("demo:dinosaurs: --iterations must be a positive integer");
  process.exit(2);
}

const root = new URL("..", import.meta.url).pathname;
const names = dinosaurNames();
const charToIx = charToIndex();
console.log(
  `code: ${scriptTarget()}; ${names.length} names, e.g. ${names.slice(0, 4).join(", ")}; ${iterations} steps\n`,
);

/** Mean cross-entropy per character on names the model never saw (computed here). */
function perCharacterLoss(parameters: CharRnnParameters, unseen: string[]): number {
  let loss = 0;
  let chars = 0;
  for (const name of unseen) {
    const X = [null, ...[...name].map((ch) => charToIx[ch]!)];
    const Y = [...(X.slice(1) as number[]), 0];
    loss += rnnForward(X, Y, zeros(parameters.b.length, 1), parameters).loss;
    chars += Y.length;
  }
  return loss / chars;
}

try {
  const { model } = await importTarget<{
    model: (
      dataX: string[],
      ixToChar: Record<number, string>,
      charToIx: Record<string, number>,
      numIterations?: number,
      nA?: number,
      dinoNames?: number,
      vocabSize?: number,
      verbose?: boolean,
    ) => { parameters: CharRnnParameters; lastDinoName: string };
  }>(root, "02-dinosaur-island/model.ts");
  const t0 = performance.now();
  const { parameters, lastDinoName } = model(
    names,
    indexToChar(),
    charToIx,
    iterations,
    50,
    7,
    27,
    true,
  );
  const seen = new Set(names);
  const unseen = dinosaurNames(2, 2000)
    .filter((n) => !seen.has(n))
    .slice(0, 500);
  console.log(
    `trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; last name sampled: ${lastDinoName.trim()}`,
  );
  console.log(
    `loss on ${unseen.length} unseen names: ${perCharacterLoss(parameters, unseen).toFixed(3)} nats a character (a uniform guess: ${Math.log(27).toFixed(3)})`,
  );
} catch (error) {
  skipUnfinished(error, "the dinosaur model");
}
