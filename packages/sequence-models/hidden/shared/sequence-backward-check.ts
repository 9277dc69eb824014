/**
 * The gradient check that rnnBackward and lstmBackward share: the student's gradients of
 * J = Σ da ⊙ a over a whole sequence, from the reference's caches, against tf.grad of the
 * reference forward pass or against central differences.
 */
import { type CheckContext, expectGradients, normal, oracleGradients } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { type Sizes, sequenceInputs, sizes } from "./rnn-cases.ts";

type ScalarOf = ReturnType<typeof import("./rnn-cases.ts").rnnObjective>;

/** One recurrent network as the check sees it. */
export interface SequenceNetwork<P extends object> {
  /** the graded function's name, for messages */
  name: string;
  /** random weights for the sizes, entries × scale */
  parameters(rng: RandomState, dims: Sizes, scale: number): P;
  /** the reference forward pass (its caches go to the student's backward pass) */
  forward(x: tf.Tensor3D, a0: tf.Tensor2D, parameters: P): { caches: unknown };
  /** J = Σ da ⊙ a of the reference, as a function of { x, a0, …weights } */
  objective(da: tf.Tensor, parameters: P): ScalarOf;
  /** the weights with gradients (the answer's `d${name}`) */
  weights: readonly string[];
}

/** Checks the student's `(da, caches) → { dx, da0, dW… }` at sizes drawn around `fixed`. */
export async function sequenceBackwardCheck<P extends object>(
  { call, rng, input }: CheckContext,
  network: SequenceNetwork<P>,
  against: "autodiff" | "numeric",
  fixed: Partial<Sizes>,
): Promise<void> {
  const dims = sizes(rng, fixed);
  const { x, a0 } = sequenceInputs(rng, dims);
  const parameters = network.parameters(rng, dims, against === "numeric" ? 0.5 : 1);
  const da = normal(rng, [dims.nA, dims.m, dims.Tx]) as tf.Tensor3D;
  const { caches } = network.forward(x, a0, parameters);
  input("da", da);
  input("x", x);
  const actual = await call(da, caches);
  const oracle = oracleGradients(
    against,
    network.objective(da, parameters),
    { x, a0, ...parameters } as Record<string, tf.Tensor>,
    ["x", "a0", ...network.weights],
  );
  const { nX, nA, m, Tx } = dims;
  expectGradients(
    `${network.name} (n_x ${nX}, n_a ${nA}, m ${m}, T_x ${Tx})`,
    {
      dx: { actual: actual?.dx, oracle: oracle.x! },
      da0: { actual: actual?.da0, oracle: oracle.a0! },
      ...Object.fromEntries(
        network.weights.map((k) => [`d${k}`, { actual: actual?.[`d${k}`], oracle: oracle[k]! }]),
      ),
    },
    against,
  );
}
