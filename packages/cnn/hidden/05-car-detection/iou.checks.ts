import { defineChecks } from "@dlc/grader/checks";
import { expectPlain } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { type Corners, iou } from "../../solutions/05-car-detection/iou.ts";

const show = (b: Corners) => `(${b.join(", ")})`;

export default defineChecks("iou", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "overlapping, nested, apart (along one axis and along both) and distant boxes of random sizes",
    async run({ call, rng, input }) {
      const r = (lo: number, hi: number) => lo + (hi - lo) * rng.nextDouble();
      const pairs: [Corners, Corners][] = [];
      for (let i = 0; i < 6; i++) {
        const [x, y, w, h] = [r(-5, 5), r(-5, 5), r(0.5, 6), r(0.5, 6)];
        const a: Corners = [x, y, x + w, y + h];
        const shift = [
          [r(-0.6, 0.6) * w, r(-0.6, 0.6) * h], // overlapping
          [w + r(0.5, 3), h + r(0.5, 3)], // apart along both axes
          [-w - r(0.5, 3), r(-0.5, 0.5) * h], // apart along x only
        ][i % 3]!;
        const [bw, bh] = [r(0.5, 6), r(0.5, 6)];
        pairs.push([a, [x + shift[0]!, y + shift[1]!, x + shift[0]! + bw, y + shift[1]! + bh]]);
      }
      const [x, y] = [r(0, 3), r(0, 3)];
      pairs.push([
        [x, y, x + 8, y + 6],
        [x + 1, y + 2, x + 4, y + 5],
      ]);
      for (const [a, b] of pairs) {
        input("boxes", [a, b]);
        expectPlain(`iou(${show(a)}, ${show(b)})`, await call(a, b), iou(a, b), {
          rtol: 1e-9,
          atol: 1e-12,
        });
      }
    },
  },
  {
    id: "edges",
    kind: "reference",
    points: 1,
    description:
      "boxes touching at an edge or a corner, a box with itself, a zero-area box, boxes far apart",
    async run({ call }) {
      const cases: [Corners, Corners, number][] = [
        [[1, 1, 3, 3], [2, 3, 3, 4], 0],
        [[1, 1, 2, 2], [2, 2, 3, 3], 0],
        [[0, 0, 1, 1], [5, 5, 9, 9], 0],
        [[0.5, 1.5, 4, 7], [0.5, 1.5, 4, 7], 1],
        [[2, 2, 2, 5], [0, 0, 4, 4], 0],
        [[0, 0, 4, 4], [1, 1, 3, 3], 0.25],
      ];
      for (const [a, b, want] of cases)
        expectPlain(`iou(${show(a)}, ${show(b)})`, await call(a, b), want, {
          rtol: 1e-9,
          atol: 1e-12,
        });
    },
  },
  {
    id: "symmetric-bounded",
    kind: "property",
    points: 1,
    description: "iou(a, b) = iou(b, a), in [0, 1], for random integer boxes",
    async run({ call, property }) {
      const box = fc
        .tuple(
          fc.integer({ min: -10, max: 10 }),
          fc.integer({ min: -10, max: 10 }),
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 1, max: 8 }),
        )
        .map(([x, y, w, h]): Corners => [x, y, x + w, y + h]);
      await property(
        fc.tuple(box, box),
        async ([a, b]) => {
          const ab = await call(a, b);
          const ba = await call(b, a);
          expectPlain(`iou(${show(a)}, ${show(b)})`, ab, iou(a, b), { rtol: 1e-9, atol: 1e-12 });
          expectPlain(`iou(${show(b)}, ${show(a)})`, ba, ab, { rtol: 1e-12, atol: 1e-12 });
        },
        { numRuns: 15 },
      );
    },
  },
]);
