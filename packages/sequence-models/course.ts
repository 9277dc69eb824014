/**
 * Course 5, Sequence Models: the assignments written so far, their graded functions in
 * notebook order, and the hints `pnpm hint` shows. (See README.md for the assignments still
 * to come.)
 */
import { defineCourse } from "@dlc/student-kit/course";

export default defineCourse({
  slug: "sequence-models",
  title: "Sequence Models",
  assignments: [
    {
      slug: "01-rnn-step-by-step",
      title: "Building your Recurrent Neural Network, Step by Step",
      functions: [
        {
          name: "rnnCellForward",
          notebook: "rnn_cell_forward",
          module: "rnn-cell-forward.ts",
          hints: [
            "a_next = tanh(Waa·a_prev + Wax·xt + ba): two tf.matMul, the bias [n_a, 1] broadcasts over the m columns.",
            "yt_pred = softmax(Wya·a_next + by) with the given softmax of src/rnn-utils.ts (it works on columns). The cache is { aNext, aPrev, xt, parameters }.",
          ],
        },
        {
          name: "rnnForward",
          notebook: "rnn_forward",
          module: "rnn-forward.ts",
          hints: [
            "x[:, :, t] is x.slice([0, 0, t], [n_x, m, 1]).reshape([n_x, m]); start from aNext = a0.",
            "Each step: rnnCellForward(xs[t], aNext, parameters), then aNext = its aNext, so the next step starts where this one ended.",
            "Collect the steps' aNext and ytPred and tf.stack(list, 2) them into [n_a, m, T_x] and [n_y, m, T_x]; caches is [the list of step caches, x].",
          ],
        },
        {
          name: "lstmCellForward",
          notebook: "lstm_cell_forward",
          module: "lstm-cell-forward.ts",
          hints: [
            "concat = tf.concat([aPrev, xt], 0): a_prev on top, [n_a + n_x, m]. Every gate is W·concat + b.",
            "Γf, Γi, Γo use sigmoid; the candidate c̃ uses tanh. c_next = Γf ⊙ c_prev + Γi ⊙ c̃; a_next = Γo ⊙ tanh(c_next).",
            "yt_pred = softmax(Wy·a_next + by); the cache is { aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters }.",
          ],
        },
        {
          name: "lstmForward",
          notebook: "lstm_forward",
          module: "lstm-forward.ts",
          hints: [
            "As rnnForward, carrying two states: aNext starts at a0, cNext at tf.zerosLike(a0).",
            "Stack every step's aNext, cNext and ytPred along axis 2; caches is [the list of step caches, x].",
          ],
        },
        {
          name: "rnnCellBackward",
          notebook: "rnn_cell_backward",
          module: "rnn-cell-backward.ts",
          hints: [
            "tanh′(z) = 1 − tanh(z)², and tanh(z) is a_next, already in the cache: dtanh = (1 − a_next²) ⊙ da_next.",
            "dxt = Waxᵀ·dtanh, daPrev = Waaᵀ·dtanh (tf.matMul(W, dtanh, true)); dWax = dtanh·xtᵀ, dWaa = dtanh·a_prevᵀ (tf.matMul(dtanh, v, false, true)).",
            "dba sums dtanh over the examples: tf.sum(dtanh, 1, true), [n_a, 1]. No 1/m here.",
          ],
        },
        {
          name: "rnnBackward",
          notebook: "rnn_backward",
          module: "rnn-backward.ts",
          hints: [
            "Walk t from T_x − 1 down to 0. Step t's hidden state got two gradients: da[:, :, t] and the daPrev of step t + 1 (zeros for the last step).",
            "rnnCellBackward(da_t + daPrevt, caches[0][t]); keep its daPrev for the next (earlier) step and its dxt as dx[:, :, t].",
            "The weights serve every step: add up dWax, dWaa and dba over t. da0 is the daPrev left after step 0.",
          ],
        },
        {
          name: "lstmCellBackward",
          notebook: "lstm_cell_backward",
          module: "lstm-cell-backward.ts",
          hints: [
            "The memory gets dc = dc_next + Γo ⊙ (1 − tanh(c_next)²) ⊙ da_next: directly, and through a_next.",
            "Pre-activation gradients: dΓo = da_next ⊙ tanh(c_next) ⊙ Γo(1 − Γo); dc̃ = dc ⊙ Γi ⊙ (1 − c̃²); dΓi = dc ⊙ c̃ ⊙ Γi(1 − Γi); dΓf = dc ⊙ c_prev ⊙ Γf(1 − Γf). dc_prev = dc ⊙ Γf.",
            "dW = d(gate)·concatᵀ and db = row sums; Σ Wᵀ·d(gate) over the four gates is the gradient of concat = [a_prev; xt]: its first n_a rows are daPrev, the rest dxt.",
          ],
        },
        {
          name: "lstmBackward",
          notebook: "lstm_backward",
          module: "lstm-backward.ts",
          hints: [
            "T_x is da.shape[2]. Walk t backwards carrying two gradients: daPrevt and dcPrevt, both zeros after the last step.",
            "lstmCellBackward(da_t + daPrevt, dcPrevt, caches[0][t]); keep its daPrev and dcPrev, store dxt as dx[:, :, t].",
            "Add every gate's dW and db over the steps; da0 is the daPrev left after step 0.",
          ],
        },
      ],
    },
  ],
});
