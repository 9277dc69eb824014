import { between, defineChecks, expectAllClose } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { positionalEncoding } from "../../solutions/08-transformer/positional-encoding.ts";

export default defineChecks("positionalEncoding", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "the encoding [1, positions, d] equals the reference for varied sizes (one position, odd d, 50 positions)",
    async run({ call, rng }) {
      for (const [positions, d] of [
        [between(rng, 2, 12), 2 * between(rng, 1, 12)],
        [1, 2 * between(rng, 1, 4)],
        [between(rng, 2, 8), 2 * between(rng, 1, 5) + 1],
        [50, 2 * between(rng, 8, 16)],
      ] as const) {
        expectAllClose(
          `positionalEncoding(${positions}, ${d})`,
          { pe: await call(positions, d) },
          { pe: positionalEncoding(positions, d) },
          { atol: 1e-5 },
        );
      }
    },
  },
  {
    id: "starts-at-zero-one",
    kind: "property",
    points: 1,
    description:
      "position 0 is [0, 1, 0, 1, …], every value lies in [−1, 1], and sin² + cos² = 1 for every pair",
    async run({ call, rng }) {
      const positions = between(rng, 2, 20);
      const d = 2 * between(rng, 1, 10);
      const pe = await call(positions, d);
      if (!(pe instanceof tf.Tensor) || pe.shape.join() !== `1,${positions},${d}`)
        throw new CheckError(
          `positionalEncoding(${positions}, ${d}) should return a [1, ${positions}, ${d}] tensor`,
        );
      const rows = (pe.arraySync() as number[][][])[0]!;
      rows[0]!.forEach((x, k) => {
        if (Math.abs(x - (k % 2 === 0 ? 0 : 1)) > 1e-6)
          throw new CheckError(
            `positionalEncoding: position 0 should be [0, 1, 0, 1, …] (sin 0, cos 0), got ${x} at column ${k}`,
          );
      });
      for (const [p, r] of rows.entries())
        for (let j = 0; j < d; j += 2) {
          const [s, c] = [r[j]!, r[j + 1]!];
          if (
            Math.abs(s) > 1 + 1e-6 ||
            Math.abs(c) > 1 + 1e-6 ||
            Math.abs(s * s + c * c - 1) > 1e-4
          )
            throw new CheckError(
              `positionalEncoding: at position ${p}, columns ${j} and ${j + 1} should be sin and cos of one angle, got ${s} and ${c}`,
            );
        }
    },
  },
]);
