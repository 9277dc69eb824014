import { between, defineChecks, expectAllClose, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { getAngles } from "../../solutions/08-transformer/get-angles.ts";

export default defineChecks("getAngles", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "the angles equal the reference for varied N and d (odd d, positions not from 0, int32 indices as np.arange gives)",
    async run({ call, rng, input }) {
      for (const dtype of ["float32", "int32", "float32"] as const) {
        const n = between(rng, 1, 9);
        const d = between(rng, 1, 24);
        const start = between(rng, 0, 50);
        const pos = tf.range(start, start + n, 1, dtype).expandDims(1);
        const k = tf.range(0, d, 1, dtype).expandDims(0);
        input("pos", pos);
        input("d", d);
        const expected = getAngles(pos, k, d);
        const actual = await call(pos, k, d);
        expectAllClose(
          `getAngles (N ${n} from ${start}, d ${d}, ${dtype})`,
          { angles: actual },
          {
            angles: expected,
          },
        );
      }
    },
  },
  {
    id: "any-indices",
    kind: "reference",
    points: 1,
    description: "real-valued positions and a row of shuffled indices k (only ⌊k/2⌋ matters)",
    async run({ call, rng }) {
      const n = between(rng, 2, 6);
      const d = 2 * between(rng, 2, 8);
      const pos = normal(rng, [n, 1], 10);
      const k = tf.tensor(Array.from(rng.permutation(d)), [1, d], "float32");
      expectAllClose(
        `getAngles (N ${n}, d ${d}, shuffled k)`,
        { angles: await call(pos, k, d) },
        {
          angles: getAngles(pos, k, d),
        },
      );
    },
  },
  {
    id: "pairs-share-a-frequency",
    kind: "property",
    points: 1,
    description: "row 0 is zeros, columns 2i and 2i + 1 are equal, and column 0 is the position",
    async run({ call, rng }) {
      const n = between(rng, 2, 8);
      const d = 2 * between(rng, 1, 8);
      const a = await call(tf.range(0, n).expandDims(1), tf.range(0, d).expandDims(0), d);
      if (!(a instanceof tf.Tensor) || a.shape.join() !== `${n},${d}`)
        throw new CheckError(`getAngles (N ${n}, d ${d}) should return a [${n}, ${d}] tensor`);
      const rows = a.arraySync() as number[][];
      for (let p = 0; p < n; p++) {
        if (Math.abs(rows[p]![0]! - p) > 1e-4)
          throw new CheckError(`getAngles: angles[${p}, 0] should be ${p}, got ${rows[p]![0]}`);
        for (let j = 0; j < d; j += 2)
          if (Math.abs(rows[p]![j]! - rows[p]![j + 1]!) > 1e-6 * Math.max(1, p))
            throw new CheckError(
              `getAngles: angles[${p}, ${j}] and angles[${p}, ${j + 1}] should be equal (one frequency per pair), got ${rows[p]![j]} and ${rows[p]![j + 1]}`,
            );
      }
    },
  },
]);
