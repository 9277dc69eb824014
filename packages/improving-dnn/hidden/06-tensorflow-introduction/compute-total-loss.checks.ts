import { between, defineChecks, expectNumber, normal } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { computeTotalLoss } from "../../solutions/06-tensorflow-introduction/compute-total-loss.ts";

/** Logits [C, m] (spread 2) and one-hot labels [C, m] with random classes. */
function draw(rng: RandomState, C: number, m: number) {
  const logits = normal(rng, [C, m], 2);
  const classes = Array.from({ length: m }, () => between(rng, 0, C - 1));
  const labels = tf.oneHot(classes, C).cast("float32").transpose();
  return { logits, labels };
}

async function value(
  call: (...a: unknown[]) => Promise<unknown>,
  logits: tf.Tensor,
  labels: tf.Tensor,
) {
  const loss = await call(logits, labels);
  expectShape("computeTotalLoss(logits, labels)", loss, []);
  const v = (loss as tf.Tensor).dataSync()[0]!;
  expectNumber("computeTotalLoss(logits, labels)", v);
  return v;
}

export default defineChecks("computeTotalLoss", [
  {
    id: "scalar",
    kind: "contract",
    points: 1,
    description: "returns a scalar float32 tensor, the reference's",
    async run({ call, rng }) {
      const { logits, labels } = draw(rng, 6, between(rng, 2, 5));
      const loss = await call(logits, labels);
      expectShape("computeTotalLoss(logits, labels)", loss, []);
      if (loss.dtype !== "float32")
        throw new CheckError(`computeTotalLoss has dtype ${loss.dtype}, expected float32`);
      // a shape alone is met by a zero: the value too
      expectClose("computeTotalLoss(logits, labels)", loss, computeTotalLoss(logits, labels), {
        rtol: 1e-4,
        atol: 1e-4,
      });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals Σ over examples of the softmax cross-entropy, for varied C and m",
    async run({ call, rng, input }) {
      for (const [C, m] of [
        [6, between(rng, 3, 9)],
        [between(rng, 2, 5), 1],
        [between(rng, 3, 8), between(rng, 2, 7)],
      ] as const) {
        const { logits, labels } = draw(rng, C, m);
        input("logits", logits);
        input("labels", labels);
        try {
          expectClose(
            "computeTotalLoss(logits, labels)",
            await call(logits, labels),
            computeTotalLoss(logits, labels),
            {
              rtol: 1e-4,
              atol: 1e-4,
            },
          );
        } catch (error) {
          if (!(error instanceof CheckError)) throw error;
          throw new CheckError(
            `${error.message}. The softmax runs over the classes (rows here: transpose both to [m, C] for tf.losses.softmaxCrossEntropy(labels, logits, …)), and the losses of the m examples are summed (tf.Reduction.SUM).`,
          );
        }
      }
    },
  },
  {
    id: "sum-not-mean",
    kind: "property",
    points: 1,
    description: "the batch twice over gives twice the loss (a sum over the examples, not a mean)",
    async run({ call, rng }) {
      const { logits, labels } = draw(rng, between(rng, 3, 6), between(rng, 2, 6));
      const once = await value(call, logits, labels);
      const twice = await value(
        call,
        tf.concat([logits, logits], 1),
        tf.concat([labels, labels], 1),
      );
      if (Math.abs(twice - 2 * once) > 1e-4 * Math.abs(twice) + 1e-4)
        throw new CheckError(
          `computeTotalLoss of a batch is ${once.toPrecision(6)}, of the same batch twice ${twice.toPrecision(6)}, expected ${(2 * once).toPrecision(6)}: the total loss sums the examples' losses (the model divides by m once per epoch).`,
        );
      // 0 is twice 0 too: the value is the reference's
      expectClose(
        "computeTotalLoss(logits, labels)",
        tf.scalar(once),
        computeTotalLoss(logits, labels),
        {
          rtol: 1e-4,
          atol: 1e-4,
        },
      );
    },
  },
  {
    id: "gradient-softmax-minus-labels",
    kind: "gradient",
    points: 2,
    description: "its gradient w.r.t. the logits (central differences) is softmax(logits) − labels",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const C = between(rng, 3, 4);
      const m = 2;
      const { logits, labels } = draw(rng, C, m);
      const base = logits.dataSync();
      const eps = 1e-2;
      const numeric = new Float32Array(base.length);
      for (let i = 0; i < base.length; i++) {
        const at = (d: number) => {
          const x = Float32Array.from(base);
          x[i] = x[i]! + d;
          return tf.tensor(x, logits.shape);
        };
        numeric[i] =
          ((await value(call, at(eps), labels)) - (await value(call, at(-eps), labels))) /
          (2 * eps);
      }
      const expected = Array.from(
        tf.sub(tf.softmax(logits.transpose()).transpose(), labels).dataSync(),
      );
      let diff = 0;
      let worst = 0;
      for (let i = 0; i < base.length; i++) {
        diff += (numeric[i]! - expected[i]!) ** 2;
        if (Math.abs(numeric[i]! - expected[i]!) > Math.abs(numeric[worst]! - expected[worst]!))
          worst = i;
      }
      const norms =
        Math.sqrt(numeric.reduce((a, v) => a + v * v, 0)) +
        Math.sqrt(expected.reduce((a, v) => a + v * v, 0));
      const relError = Math.sqrt(diff) / norms;
      if (!(relError < 2e-3)) {
        const [c, j] = [Math.floor(worst / m), worst % m];
        throw new CheckError(
          `the gradient of computeTotalLoss w.r.t. the logits (central differences of your function, ε = ${eps}) differs from softmax(logits) − labels: relative error ${relError.toExponential(2)}; at [${c}, ${j}] expected ${expected[worst]!.toFixed(5)}, got ${numeric[worst]!.toFixed(5)}. A mean instead of a sum divides it by m; a softmax over the wrong axis changes it everywhere.`,
        );
      }
    },
  },
  {
    id: "large-logits",
    kind: "reference",
    points: 1,
    description:
      "stays finite and equals the reference for logits as large as ±300, where e^z overflows float32 (log-softmax, not log of a softmax)",
    async run({ call, rng, input }) {
      const C = between(rng, 3, 6);
      const m = between(rng, 3, 6);
      const { labels } = draw(rng, C, m);
      // logits of hundreds: a softmax of them holds exact 0s, whose log is −∞
      const logits = normal(rng, [C, m], 150);
      input("logits", logits);
      input("labels", labels);
      try {
        expectClose(
          "computeTotalLoss(logits of about ±300, labels)",
          await call(logits, labels),
          computeTotalLoss(logits, labels),
          { rtol: 1e-4, atol: 1e-3 },
        );
      } catch (error) {
        if (!(error instanceof CheckError)) throw error;
        throw new CheckError(
          `${error.message}. e^z overflows float32 beyond z ≈ 88 and a softmax of such logits holds exact 0s, whose log is −∞: let tf.losses.softmaxCrossEntropy (a log-softmax) take the logits themselves.`,
        );
      }
    },
  },
]);
