import { defineChecks } from "@dlc/grader/checks";
import { lstmForward } from "../../solutions/01-rnn-step-by-step/lstm-forward.ts";
import { LSTM_WEIGHTS, lstmObjective, lstmParameters } from "../shared/rnn-cases.ts";
import { type SequenceNetwork, sequenceBackwardCheck } from "../shared/sequence-backward-check.ts";

const lstm: SequenceNetwork<ReturnType<typeof lstmParameters>> = {
  name: "lstmBackward",
  parameters: lstmParameters,
  forward: lstmForward,
  objective: lstmObjective,
  weights: LSTM_WEIGHTS,
};

export default defineChecks("lstmBackward", [
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description:
      "dx, da0 and every gate's dW and db equal tf.grad of Σ da ⊙ a through time, sizes varied",
    async run(ctx) {
      for (const fixed of [{}, { Tx: 4 }, { nA: 1 }])
        await sequenceBackwardCheck(ctx, lstm, "autodiff", fixed);
    },
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dx, da0 and every gate's dW and db agree with central differences",
    async run(ctx) {
      for (const fixed of [
        { nX: 1, nA: 2, m: 2, Tx: 2 },
        { nX: 1, nA: 1, m: 1, Tx: 3 },
      ])
        await sequenceBackwardCheck(ctx, lstm, "numeric", fixed);
    },
  },
  {
    id: "single-step",
    kind: "gradient",
    points: 1,
    description: "a sequence of one step (T_x = 1) and a batch of one example (m = 1)",
    async run(ctx) {
      for (const fixed of [{ Tx: 1 }, { m: 1, Tx: 3 }])
        await sequenceBackwardCheck(ctx, lstm, "autodiff", fixed);
    },
  },
]);
