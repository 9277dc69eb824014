import { defineChecks } from "@dlc/grader/checks";
import { rnnForward } from "../../solutions/01-rnn-step-by-step/rnn-forward.ts";
import { RNN_WEIGHTS, rnnObjective, rnnParameters } from "../shared/rnn-cases.ts";
import { type SequenceNetwork, sequenceBackwardCheck } from "../shared/sequence-backward-check.ts";

const rnn: SequenceNetwork<ReturnType<typeof rnnParameters>> = {
  name: "rnnBackward",
  parameters: rnnParameters,
  forward: rnnForward,
  objective: rnnObjective,
  weights: RNN_WEIGHTS,
};

export default defineChecks("rnnBackward", [
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description: "dx, da0, dWax, dWaa and dba equal tf.grad of Σ da ⊙ a through time, sizes varied",
    async run(ctx) {
      for (const fixed of [{}, { Tx: 4 }, { nA: 1 }])
        await sequenceBackwardCheck(ctx, rnn, "autodiff", fixed);
    },
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dx, da0, dWax, dWaa and dba agree with central differences",
    async run(ctx) {
      for (const fixed of [
        { nX: 2, nA: 2, m: 2, Tx: 3 },
        { nX: 1, nA: 2, m: 1, Tx: 2 },
      ])
        await sequenceBackwardCheck(ctx, rnn, "numeric", fixed);
    },
  },
  {
    id: "single-step",
    kind: "gradient",
    points: 1,
    description: "a sequence of one step (T_x = 1) and a batch of one example (m = 1)",
    async run(ctx) {
      for (const fixed of [{ Tx: 1 }, { m: 1, Tx: 3 }])
        await sequenceBackwardCheck(ctx, rnn, "autodiff", fixed);
    },
  },
]);
