import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { sample } from "../../solutions/02-dinosaur-island/sample.ts";
import type { CharRnnParameters } from "../../src/char-rnn.ts";
import { sampleTestCase } from "../../src/char-rnn-cases.ts";
import { charToIndex } from "../../src/dinosaur-names.ts";
import { zeros } from "../../src/matrix.ts";
import { expectIndices, randomParameters, spell } from "../shared/char-rnn-checks.ts";

const charToIx = charToIndex();

/** 1 − CDF of χ² with 5 degrees of freedom at 25.74 is 1e-4: a correct sampler stays below. */
const CHI2_5_AT_1E4 = 25.74;

/**
 * A model whose every step draws from the same distribution, whatever came before: no input or
 * recurrent weights, so y = softmax(by). '\n' 0.3, a 0.2, e 0.15, o 0.15, s 0.1, r 0.1.
 */
function memorylessModel(): { parameters: CharRnnParameters; p: Map<number, number> } {
  const p = new Map([
    [0, 0.3],
    [charToIx.a!, 0.2],
    [charToIx.e!, 0.15],
    [charToIx.o!, 0.15],
    [charToIx.s!, 0.1],
    [charToIx.r!, 0.1],
  ]);
  const by = zeros(27, 1).map((_, i) => [Math.log(p.get(i) ?? 1e-30)]);
  return {
    parameters: { Wax: zeros(4, 27), Waa: zeros(4, 4), Wya: zeros(27, 4), b: zeros(4, 1), by },
    p,
  };
}

export default defineChecks("sample", [
  {
    id: "notebook",
    kind: "reference",
    points: 1,
    description:
      "the notebook's model (seed 24, n_a = 100) samples 'wpzzxcuagxocytfmjhtlb' from seed 0",
    async run({ call }) {
      expectIndices(
        "sample(notebook parameters, charToIx, 0)",
        await call(sampleTestCase(), charToIx, 0),
        sample(sampleTestCase(), charToIx, 0),
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "the same indices as the reference, draw for draw, for random models (n_a from 5 to 40, weights of varied scale) and seeds",
    async run({ call, rng, input }) {
      for (const scale of [0.3, 1, 2]) {
        const parameters = randomParameters(rng, between(rng, 5, 40), 27, scale);
        const seed = between(rng, 0, 10_000);
        input("parameters", parameters);
        expectIndices(
          `sample(parameters, charToIx, ${seed}) for a random model (weights × ${scale})`,
          await call(parameters, charToIx, seed),
          sample(parameters, charToIx, seed),
        );
      }
    },
  },
  {
    id: "distribution",
    kind: "property",
    points: 1,
    description:
      "over 200 names from a model whose every step draws '\\n' 0.3, a 0.2, e 0.15, o 0.15, s 0.1, r 0.1, the character counts pass a χ² test",
    async run({ call }) {
      const { parameters, p } = memorylessModel();
      const counts = new Map<number, number>();
      let draws = 0;
      for (let k = 0; k < 200; k++) {
        // seeds 100·k, 100·k + 2, …: no two names share a draw
        const indices = await call(parameters, charToIx, 100 * k);
        if (!Array.isArray(indices))
          throw new CheckError(`sample(…, ${100 * k}) should return an array of indices`);
        const drawn = indices.length <= 50 ? indices : indices.slice(0, 50);
        for (const ix of drawn) {
          if (!p.has(ix))
            throw new CheckError(
              `sample drew index ${ix} ("${spell([ix])}"), which the model gives probability 1e-30`,
            );
          counts.set(ix, (counts.get(ix) ?? 0) + 1);
          draws++;
        }
      }
      let chi2 = 0;
      const table: string[] = [];
      for (const [ix, pi] of p) {
        const expected = pi * draws;
        const got = counts.get(ix) ?? 0;
        chi2 += (got - expected) ** 2 / expected;
        table.push(`${spell([ix])} ${got} (expected ${expected.toFixed(0)})`);
      }
      if (!(chi2 < CHI2_5_AT_1E4))
        throw new CheckError(
          `sample's characters do not follow the model's probabilities: χ² = ${chi2.toFixed(1)} over ${draws} draws (a correct sampler stays below ${CHI2_5_AT_1E4} but once in 10,000): ${table.join(", ")}`,
        );
    },
  },
  {
    id: "ends-with-newline",
    kind: "property",
    points: 1,
    description:
      "stops at the first '\\n'; after 50 draws without one it appends '\\n' itself (51 indices)",
    async run({ call, rng }) {
      const never = randomParameters(rng, 6, 27, 0.5);
      never.by[0]![0] = -1000;
      const capped = await call(never, charToIx, between(rng, 0, 1000));
      if (!Array.isArray(capped) || capped.length !== 51 || capped[50] !== 0)
        throw new CheckError(
          `sample of a model that never draws '\\n' should return 50 draws then the '\\n' it appends (51 indices), got ${Array.isArray(capped) ? `${capped.length} indices ending with ${capped.at(-1)}` : typeof capped}`,
        );
      const always = randomParameters(rng, 6, 27, 0.5);
      always.by[0]![0] = 1000;
      expectIndices(
        "sample of a model that always draws '\\n'",
        await call(always, charToIx, 0),
        [0],
      );
    },
  },
]);
