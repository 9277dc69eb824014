import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { oneStepAttention } from "../../solutions/06-neural-machine-translation/one-step-attention.ts";
import { attentionStepModel } from "../../src/attention.harness.ts";

const via = { file: "attention.harness.ts", fn: "attentionStepModel" };

export default defineChecks("oneStepAttention", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "layer by layer, then with the reference's weights the same context AND attention weights, on random sizes",
    async run({ model, rng }) {
      for (let i = 0; i < 2; i++) {
        const [Tx, nA2, nS] = [between(rng, 2, 7), 2 * between(rng, 1, 4), between(rng, 1, 6)];
        const reference = attentionStepModel(oneStepAttention, Tx, nA2, nS);
        const probe = modelProbe(reference, [normal(rng, [3, Tx, nA2]), normal(rng, [3, nS])]);
        expectModel(
          `oneStepAttention(a of [3, ${Tx}, ${nA2}], sPrev of [3, ${nS}]) → [context, alphas]`,
          await model([Tx, nA2, nS], probe, via),
          reference,
          probe,
          { atol: 1e-5 },
        );
      }
    },
  },
  {
    id: "weights-sum-to-one",
    kind: "model",
    points: 1,
    description:
      "its attention weights are positive and sum to 1 over the Tx steps, and its context is their weighted sum of a (recomputed)",
    async run({ model, rng }) {
      const [Tx, nA2, nS] = [between(rng, 3, 8), 4, 3];
      const reference = attentionStepModel(oneStepAttention, Tx, nA2, nS);
      const a = normal(rng, [4, Tx, nA2], 3);
      const probe = modelProbe(reference, [a, normal(rng, [4, nS], 3)]);
      const answer = (await model([Tx, nA2, nS], probe, via)) as { outputs?: unknown };
      const [context, alphas] = Array.isArray(answer?.outputs)
        ? ((answer.outputs[0] as unknown[]) ?? [])
        : [];
      if (!(alphas instanceof tf.Tensor) || alphas.shape.join() !== `4,${Tx},1`)
        throw new CheckError(
          `oneStepAttention: no attention weights of shape [4, ${Tx}, 1] came from the activator`,
        );
      const values = alphas.arraySync() as number[][][];
      for (const [i, example] of values.entries()) {
        const sum = example.reduce((s, [v]) => s + v!, 0);
        if (example.some(([v]) => !(v! >= 0)) || Math.abs(sum - 1) > 1e-5)
          throw new CheckError(
            `oneStepAttention: the attention weights of example ${i + 1} sum to ${sum} over time, expected 1 (softmax over axis 1, the Tx axis)`,
          );
      }
      expectClose(
        "oneStepAttention: the context, expected Σ_t alphas⟨t⟩ · a⟨t⟩ of its own alphas",
        context,
        alphas.mul(a).sum(1, true),
        { atol: 1e-4 },
      );
    },
  },
]);
