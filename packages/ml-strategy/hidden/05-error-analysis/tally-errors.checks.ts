import { defineChecks } from "@dlc/grader/checks";
import { CheckError, expectKeys, expectPlain } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { tallyErrors } from "../../solutions/05-error-analysis/tally-errors.ts";
import { CATEGORIES, taggedMistakes } from "./data.ts";

const times = (n: number, tags: string[]) => Array.from({ length: n }, () => [...tags]);

export default defineChecks("tallyErrors", [
  {
    id: "returns-tally",
    kind: "contract",
    points: 1,
    description:
      "returns { devSize, mistakes, devError, categories } with count and both shares per category",
    async run({ call }) {
      const tally = await call([["foggy"], ["foggy", "occluded"]], 10);
      expectPlain("tallyErrors([[foggy], [foggy, occluded]], 10)", tally, {
        devSize: 10,
        mistakes: 2,
        devError: 0.2,
        categories: {
          foggy: { count: 2, shareOfMistakes: 1, shareOfDev: 0.2 },
          occluded: { count: 1, shareOfMistakes: 0.5, shareOfDev: 0.1 },
        },
      });
      // a second, different call: an answer remembered from the first one does not fit it
      const mistakes = [["blurry"], ["foggy"], ["blurry", "occluded"]];
      expectPlain(
        "tallyErrors([[blurry], [foggy], [blurry, occluded]], 30)",
        await call(mistakes, 30),
        tallyErrors(mistakes, 30),
      );
    },
  },
  {
    id: "driving-quiz",
    kind: "reference",
    points: 2,
    description:
      "tallies the driving quiz: 15.3 % = mislabelled 4.1 + foggy 2.0 + occluded 8.2 + other 1.0 % of 20,000",
    async run({ call }) {
      const mistakes = [
        ...times(820, ["mislabelled"]),
        ...times(400, ["foggy"]),
        ...times(1640, ["occluded"]),
        ...times(200, ["other"]),
      ];
      const what = "tallyErrors(driving quiz mistakes, 20000)";
      const tally = await call(mistakes, 20_000);
      expectKeys(`${what}.categories`, tally?.categories, [
        "mislabelled",
        "foggy",
        "occluded",
        "other",
      ]);
      expectPlain(what, tally, tallyErrors(mistakes, 20_000));
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "random tags, several per mistake, some ticked twice: each category counts an example once, shares of the mistakes and of the dev set",
    async run({ call, rng, input }) {
      for (let i = 0; i < 4; i++) {
        const { mistakes, devSize } = taggedMistakes(rng);
        input("mistakes", mistakes);
        input("devSize", devSize);
        const expected = tallyErrors(mistakes, devSize);
        const tally = await call(mistakes, devSize);
        const what = `tallyErrors(${mistakes.length} mistakes, ${devSize})`;
        expectKeys(`${what}.categories`, tally?.categories, Object.keys(expected.categories));
        expectPlain(what, tally, expected);
      }
    },
  },
  {
    id: "shares-add-up",
    kind: "property",
    points: 2,
    description:
      "with one tag per mistake, the counts add up to the mistakes, the shares to 100 % of them and to the dev error",
    async run({ call, property }) {
      const arbitrary = fc
        .array(fc.constantFrom(...CATEGORIES), { minLength: 1, maxLength: 30 })
        .chain((tags) => fc.tuple(fc.constant(tags), fc.integer({ min: tags.length, max: 400 })));
      await property(arbitrary, async ([tags, devSize]) => {
        const tally = await call(
          tags.map((t) => [t]),
          devSize,
        );
        const cells = Object.values(tally?.categories ?? {}) as {
          count: number;
          shareOfMistakes: number;
          shareOfDev: number;
        }[];
        const sum = (f: (c: (typeof cells)[number]) => number) =>
          cells.reduce((s, c) => s + f(c), 0);
        const what = `tallyErrors(${tags.length} single-tag mistakes, ${devSize})`;
        if (sum((c) => c.count) !== tags.length)
          throw new CheckError(
            `${what}: the counts add up to ${sum((c) => c.count)}, not to the ${tags.length} mistakes`,
          );
        if (Math.abs(sum((c) => c.shareOfMistakes) - 1) > 1e-9)
          throw new CheckError(
            `${what}: the shares of the mistakes add up to ${sum((c) => c.shareOfMistakes)}, not to 1 (divide each count by the number of mistakes)`,
          );
        if (Math.abs(sum((c) => c.shareOfDev) - tags.length / devSize) > 1e-9)
          throw new CheckError(
            `${what}: the shares of the dev set add up to ${sum((c) => c.shareOfDev)}, not to the dev error ${tags.length / devSize} (divide each count by devSize)`,
          );
        expectPlain(
          what,
          tally,
          tallyErrors(
            tags.map((t) => [t]),
            devSize,
          ),
        );
      });
    },
  },
  {
    id: "empty-and-untagged",
    kind: "reference",
    points: 1,
    description:
      "no mistakes at all gives devError 0 and no category; a mistake nobody tagged still counts as a mistake",
    async run({ call }) {
      expectPlain("tallyErrors([], 500)", await call([], 500), tallyErrors([], 500));
      const mistakes = [["foggy"], [], ["foggy", "blurry"], []];
      expectPlain(
        "tallyErrors([[foggy], [], [foggy, blurry], []], 40)",
        await call(mistakes, 40),
        tallyErrors(mistakes, 40),
      );
    },
  },
]);
