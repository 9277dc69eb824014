import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** Random heads for the harness's known model and the indices a correct answer must give. */
function knownModel(rng: Parameters<typeof normal>[0], Ty: number, nA: number, n: number) {
  const kernels = Array.from({ length: Ty }, () => normal(rng, [n + 2 * nA, n]) as tf.Tensor2D);
  const biases = Array.from({ length: Ty }, () => normal(rng, [n]) as tf.Tensor1D);
  const x = tf
    .oneHot([between(rng, 0, n - 1)], n)
    .cast("float32")
    .reshape([1, 1, n]) as tf.Tensor3D;
  const a = normal(rng, [1, nA]) as tf.Tensor2D;
  const c = normal(rng, [1, nA]) as tf.Tensor2D;
  const h = tf.concat([x.reshape([1, n]), a, c], 1);
  const expected = kernels.map(
    (W, t) => tf.add(tf.matMul(h, W), biases[t]!).argMax(-1).dataSync()[0]!,
  );
  return { args: [kernels, biases, x, a, c], expected };
}

function expectChoices(what: string, answer: unknown, expected: number[], n: number): void {
  const { results, indices } = (answer ?? {}) as Record<string, unknown>;
  const Ty = expected.length;
  if (!(indices instanceof tf.Tensor) || indices.shape.join() !== `${Ty},1`)
    throw new CheckError(
      `${what}.indices should be a [${Ty}, 1] tensor, got ${indices instanceof tf.Tensor ? `[${indices.shape.join(", ")}]` : typeof indices}`,
    );
  if (indices.dtype !== "int32")
    throw new CheckError(
      `${what}.indices should be int32 (argmax gives int32), got ${indices.dtype}`,
    );
  const got = Array.from(indices.dataSync());
  const t = got.findIndex((v, i) => v !== expected[i]);
  if (t >= 0)
    throw new CheckError(
      `${what}.indices[${t}] is ${got[t]}, expected ${expected[t]} (the most likely value of output ${t})`,
    );
  if (!(results instanceof tf.Tensor) || results.shape.join() !== `${Ty},${n}`)
    throw new CheckError(
      `${what}.results should be a [${Ty}, ${n}] tensor of one-hot rows, got ${results instanceof tf.Tensor ? `[${results.shape.join(", ")}]` : typeof results}`,
    );
  const rows = results.arraySync() as number[][];
  for (const [i, row] of rows.entries()) {
    const bad = row.findIndex((v, j) => v !== (j === expected[i] ? 1 : 0));
    if (bad >= 0)
      throw new CheckError(
        `${what}.results[${i}][${bad}] is ${row[bad]}, expected ${bad === expected[i] ? 1 : 0}: row ${i} should be the one-hot of ${expected[i]}`,
      );
  }
}

export default defineChecks("predictAndSample", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "on a model whose outputs the grader knows (Ty from 2 to 8, 90 values): each output's argmax as indices [Ty, 1] and one-hot rows [Ty, 90]",
    async run({ harness, rng }) {
      for (let i = 0; i < 2; i++) {
        const Ty = between(rng, 2, 8);
        const { args, expected } = knownModel(rng, Ty, between(rng, 2, 6), 90);
        expectChoices(
          `predictAndSample(a model of ${Ty} outputs, …)`,
          await harness("jazz.harness.ts", "predictWithKnownModel", ...args),
          expected,
          90,
        );
      }
    },
  },
  {
    id: "one-output",
    kind: "reference",
    points: 1,
    description:
      "a model of one output (predict then returns one tensor, not a list) over 7 values",
    async run({ harness, rng }) {
      const { args, expected } = knownModel(rng, 1, 3, 7);
      expectChoices(
        "predictAndSample(a model of 1 output, …)",
        await harness("jazz.harness.ts", "predictWithKnownModel", ...args),
        expected,
        7,
      );
    },
  },
]);
