/**
 * Course 5's recurrent and attention workloads on wasm, each against a baseline in the same run.
 *
 * - The LSTM of assignment 01 over a batch, 32 examples × 30 steps × 64 units (n_x = n_y = 64):
 *   the reference `lstmForward` (tf ops, one step at a time), and forward + backward (`tf.grad`
 *   of Σ a through every step, for the four gates' weights and biases), against numpy float32: the notebook's lstm_forward, and
 *   lstm_forward then lstm_backward by hand.
 * - One training step of a Transformer encoder (assignment 08's reference `Encoder`: 2 layers,
 *   d 64, 4 heads, feed-forward 128, vocabulary 200) on a batch of 32 sequences of 20 tokens:
 *   forward with dropout, mean squared error against a target, gradients of every weight, Adam;
 *   against the same step on the tfjs cpu backend.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { lstmForward } from "../../packages/sequence-models/solutions/01-rnn-step-by-step/lstm-forward.ts";
import { Encoder } from "../../packages/sequence-models/solutions/08-transformer/encoder.ts";
import type { LstmParameters } from "../../packages/sequence-models/src/types.ts";
import { numpyRuns, numpyVersion } from "../numpy.ts";
import { on } from "../on-backend.ts";
import type { Row, Runs } from "../stats.ts";

const [nX, nA, nY, m, T] = [64, 64, 64, 32, 30];

function normal(rng: RandomState, shape: number[], scale = 1): tf.Tensor {
  return tf.tensor(
    Float32Array.from(rng.randn(...shape), (v) => v * scale),
    shape,
  );
}

function lstmInputs() {
  const rng = new RandomState(5);
  const x = normal(rng, [nX, m, T]) as tf.Tensor3D;
  const a0 = normal(rng, [nA, m]) as tf.Tensor2D;
  const gate = () => normal(rng, [nA, nA + nX], 0.1) as tf.Tensor2D;
  const bias = () => tf.zeros([nA, 1]) as tf.Tensor2D;
  const parameters: LstmParameters = {
    Wf: gate(),
    Wi: gate(),
    Wc: gate(),
    Wo: gate(),
    bf: bias(),
    bi: bias(),
    bc: bias(),
    bo: bias(),
    Wy: normal(rng, [nY, nA], 0.1) as tf.Tensor2D,
    by: tf.zeros([nY, 1]) as tf.Tensor2D,
  };
  return { x, a0, parameters };
}

type LstmInputs = ReturnType<typeof lstmInputs>;

const freeLstm = ({ x, a0, parameters }: LstmInputs) =>
  tf.dispose([x, a0, ...Object.values(parameters)]);

function forward({ x, a0, parameters }: LstmInputs): void {
  tf.tidy(() => {
    const { a } = lstmForward(x, a0, parameters);
    a.dataSync();
  });
}

const GATES = ["Wf", "bf", "Wi", "bi", "Wc", "bc", "Wo", "bo"] as const;

/** Gradients of Σ a with respect to the gates' weights (Wy and by do not reach a). */
function forwardBackward({ x, a0, parameters }: LstmInputs): void {
  tf.tidy(() => {
    const grads = tf.grads((...w: tf.Tensor[]) => {
      const gates = Object.fromEntries(GATES.map((k, i) => [k, w[i]]));
      return lstmForward(x, a0, { ...parameters, ...gates }).a.sum();
    })(GATES.map((k) => parameters[k]));
    for (const g of grads) g.dataSync();
  });
}

function encoderInputs() {
  const rng = new RandomState(6);
  const before = new Set(Object.keys(tf.engine().registeredVariables));
  const encoder = new Encoder(2, 64, 4, 128, 200, 64);
  const tokens = tf.tensor2d(
    Int32Array.from({ length: 32 * 20 }, () => rng.randint(1, 200)),
    [32, 20],
    "int32",
  );
  const target = normal(rng, [32, 20, 64]);
  encoder.apply(tokens, { training: false });
  // the sub-layers' weights: a custom layer does not list them, the engine registers each
  const variables = Object.entries(tf.engine().registeredVariables)
    .filter(([name, v]) => !before.has(name) && v.trainable)
    .map(([, v]) => v);
  const optimizer = tf.train.adam(1e-3);
  return { encoder, tokens, target, optimizer, variables };
}

type EncoderInputs = ReturnType<typeof encoderInputs>;

function trainStep({ encoder, tokens, target, optimizer, variables }: EncoderInputs): void {
  const loss = optimizer.minimize(
    () =>
      tf.losses.meanSquaredError(
        target,
        encoder.apply(tokens, { training: true }) as tf.Tensor,
      ) as tf.Scalar,
    true,
    variables,
  );
  loss?.dataSync();
  loss?.dispose();
}

const freeEncoder = ({ encoder, tokens, target, optimizer }: EncoderInputs) => {
  tf.dispose([tokens, target]);
  optimizer.dispose();
  encoder.dispose();
};

export async function sequences(runs: number): Promise<Row[]> {
  const lstmForwardWasm = await on("wasm", runs, lstmInputs, forward, freeLstm);
  const lstmBackwardWasm = await on("wasm", runs, lstmInputs, forwardBackward, freeLstm);
  const stepWasm = await on("wasm", runs, encoderInputs, trainStep, freeEncoder);
  const stepCpu = await on("cpu", runs, encoderInputs, trainStep, freeEncoder);
  const numpy = numpyVersion()
    ? numpyRuns<{ forward: Runs; forwardBackward: Runs }>("lstm", "float32", runs)
    : undefined;
  const baseline = (label: string, runs?: Runs) =>
    runs ? { baseline: { label, runs } } : { baseline: { label }, skipped: "skipped (no numpy)" };
  return [
    {
      workload: `lstmForward ${m} × ${T} steps × ${nA} units (tfjs wasm)`,
      runs: lstmForwardWasm,
      ...baseline("numpy float32", numpy?.forward),
    },
    {
      workload: "lstmForward + tf.grad of the gates' weights, same sizes (tfjs wasm)",
      runs: lstmBackwardWasm,
      ...baseline("numpy float32, lstm_backward by hand", numpy?.forwardBackward),
    },
    {
      workload:
        "Transformer Encoder train step: 2 layers, d 64, 4 heads, batch 32 × 20 (tfjs wasm)",
      runs: stepWasm,
      baseline: { label: "tfjs cpu backend", runs: stepCpu },
    },
  ];
}
