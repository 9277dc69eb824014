import { defineChecks } from "@dlc/grader/checks";
import { expectPlain } from "@dlc/student-kit/check";
import { fc } from "@fast-check/vitest";
import { isOverlapping } from "../../solutions/07-trigger-word-detection/is-overlapping.ts";
import type { Segment } from "../../src/trigger-audio.ts";
import { segments } from "../shared/trigger-cases.ts";

const what = (t: Segment, previous: Segment[]) =>
  `isOverlapping([${t}], ${JSON.stringify(previous)})`;

export default defineChecks("isOverlapping", [
  {
    id: "notebook-and-endpoints",
    kind: "reference",
    points: 2,
    description:
      "the notebook's two cases, and segments that share exactly one endpoint (they overlap)",
    async run({ call }) {
      const cases: [Segment, Segment[], boolean][] = [
        [
          [950, 1430],
          [
            [2000, 2550],
            [260, 949],
          ],
          false,
        ],
        [
          [2305, 2950],
          [
            [824, 1532],
            [1900, 2305],
            [3424, 3656],
          ],
          true,
        ],
        [[100, 200], [[200, 300]], true],
        [[300, 400], [[200, 300]], true],
        [[100, 199], [[200, 300]], false],
        [[301, 400], [[200, 300]], false],
        [[0, 9999], [], false],
      ];
      for (const [t, previous, expected] of cases)
        expectPlain(what(t, previous), await call(t, previous), expected);
    },
  },
  {
    id: "matches-reference",
    kind: "property",
    points: 2,
    description:
      "random segments against random lists of previous segments, touching ones included",
    async run({ call, property, rng }) {
      const segment = fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 1500 }))
        .map(([s, len]): Segment => [s, Math.min(9999, s + len)]);
      await property(
        fc.tuple(segment, fc.integer({ min: 0, max: 5 })),
        async ([t, n]) => {
          const previous = segments(rng, n);
          // put one previous segment right against t now and then
          if (n > 0 && rng.nextDouble() < 0.4) previous[0] = [t[1], t[1] + 10];
          expectPlain(what(t, previous), await call(t, previous), isOverlapping(t, previous));
        },
        { numRuns: 40 },
      );
    },
  },
]);
