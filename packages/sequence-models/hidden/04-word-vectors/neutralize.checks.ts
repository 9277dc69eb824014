import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { neutralize } from "../../solutions/04-word-vectors/neutralize.ts";
import {
  dot,
  embedding,
  expectVector,
  expectWordVector,
  randomVector,
  someWord,
} from "../shared/word-vector-cases.ts";

export default defineChecks("neutralize", [
  {
    id: "orthogonal-to-g",
    kind: "property",
    points: 1,
    description:
      "the result is orthogonal to g and differs from e only along g, for axes of lengths 0.1 to 10 (g need not have length 1)",
    async run({ call, rng, input }) {
      const map = embedding();
      for (let i = 0; i < 3; i++) {
        const word = someWord(rng, map);
        const g = randomVector(rng, 50, 10 ** (2 * rng.rand(1)[0]! - 1) / Math.sqrt(50));
        input("g", g);
        const e = map[word]!;
        const actual = await call(word, g, map);
        expectWordVector(`neutralize("${word}", g, map)`, actual, 50);
        const gg = dot(g, g);
        const along = dot(actual, g) / Math.sqrt(gg);
        if (Math.abs(along) > 1e-6)
          throw new CheckError(
            `neutralize("${word}", g, map) keeps a component ${along.toExponential(3)} along g (‖g‖ = ${Math.sqrt(gg).toFixed(3)}): it should be 0`,
          );
        const removed = e.map((x, i) => x - actual[i]!);
        const k = dot(removed, g) / gg;
        const off = Math.max(...removed.map((r, i) => Math.abs(r - k * g[i]!)));
        if (off > 1e-6)
          throw new CheckError(
            `neutralize("${word}", g, map) changed e off the axis g (by up to ${off.toExponential(3)}): subtract only the projection on g`,
          );
      }
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "e − (e·g / ‖g‖²) g for words of the course's embedding, g = woman − man and random axes",
    async run({ call, rng, input }) {
      const map = embedding();
      const axes = [
        map.woman!.map((x, i) => x - map.man![i]!),
        randomVector(rng, 50, 3),
        randomVector(rng, 50, 0.05),
      ];
      for (const g of axes) {
        const word = ["receptionist", someWord(rng, map), someWord(rng, map)][between(rng, 0, 2)]!;
        input("g", g);
        expectVector(
          `neutralize("${word}", g, map)`,
          await call(word, g, map),
          neutralize(word, g, map),
        );
      }
    },
  },
]);
