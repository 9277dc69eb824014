import * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useWasmBackend } from "./tf.ts";

/**
 * The kernels of wasm-kernels.ts against tfjs's cpu backend (plain JS, the oracle) on
 * random shapes, strides and paddings: the same gradients within float32 rounding.
 */

/** Runs `f` on the cpu backend and on wasm with the same inputs; returns both results. */
async function onBoth(
  f: () => tf.Tensor[],
): Promise<{ cpu: Float32Array[]; wasm: Float32Array[] }> {
  const read = () =>
    tf.tidy(f).map((t) => {
      const v = t.dataSync() as Float32Array;
      t.dispose();
      return Float32Array.from(v);
    });
  await tf.setBackend("cpu");
  const cpu = read();
  await tf.setBackend("wasm");
  const wasm = read();
  return { cpu, wasm };
}

/** Largest |a − b| relative to the largest |b| (1 when both are 0). */
function relDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let diff = 0;
  let scale = 1e-6;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return diff / scale;
}

const values = (n: number, seed: number) =>
  Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 997 + i * 12.9898) * 2);

const convCase = fc.record({
  n: fc.integer({ min: 1, max: 3 }),
  h: fc.integer({ min: 1, max: 9 }),
  w: fc.integer({ min: 1, max: 9 }),
  ci: fc.integer({ min: 1, max: 4 }),
  co: fc.integer({ min: 1, max: 4 }),
  fh: fc.integer({ min: 1, max: 4 }),
  fw: fc.integer({ min: 1, max: 4 }),
  stride: fc.integer({ min: 1, max: 3 }),
  pad: fc.constantFrom("valid" as const, "same" as const),
  seed: fc.integer({ min: 0, max: 1000 }),
});

describe("convolutions, their gradients and gather's on wasm equal the cpu backend's", () => {
  beforeAll(async () => {
    await useWasmBackend();
  });
  afterAll(async () => {
    await tf.setBackend("wasm");
  });

  it("conv2d and depthwise conv forward, 'same' with a stride that overshoots the filter included", async () => {
    await fc.assert(
      fc.asyncProperty(
        convCase.filter((c) => c.pad === "same" || (c.h >= c.fh && c.w >= c.fw)),
        fc.boolean(),
        async ({ n, h, w, ci, co, fh, fw, stride, pad, seed }, fused) => {
          const { cpu, wasm } = await onBoth(() => {
            const x = tf.tensor4d(values(n * h * w * ci, seed), [n, h, w, ci]);
            const f = tf.tensor4d(values(fh * fw * ci * co, seed + 1), [fh, fw, ci, co]);
            const s: [number, number] = [stride, stride];
            return fused
              ? [
                  tf.fused.conv2d({ x, filter: f, strides: stride, pad, activation: "relu" }),
                  tf.fused.depthwiseConv2d({ x, filter: f, strides: s, pad, activation: "relu" }),
                ]
              : [tf.conv2d(x, f, stride, pad), tf.depthwiseConv2d(x, f, s, pad)];
          });
          expect(relDiff(wasm[0]!, cpu[0]!)).toBeLessThan(1e-5);
          expect(relDiff(wasm[1]!, cpu[1]!)).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 80, seed: 41 },
    );
  });

  it("conv2d: dW (Conv2DBackpropFilter) and dx (Conv2DBackpropInput)", async () => {
    await fc.assert(
      fc.asyncProperty(
        convCase.filter((c) => c.pad === "same" || (c.h >= c.fh && c.w >= c.fw)),
        async ({ n, h, w, ci, co, fh, fw, stride, pad, seed }) => {
          const { cpu, wasm } = await onBoth(() => {
            const x = tf.tensor4d(values(n * h * w * ci, seed), [n, h, w, ci]);
            const f = tf.tensor4d(values(fh * fw * ci * co, seed + 1), [fh, fw, ci, co]);
            const y = tf.conv2d(x, f, stride, pad);
            const dy = tf.tensor(values(y.size, seed + 2), y.shape);
            const [dx, dW] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
              tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, stride, pad), dy)),
            )([x, f]);
            return [dx!, dW!];
          });
          expect(relDiff(wasm[0]!, cpu[0]!)).toBeLessThan(1e-5);
          expect(relDiff(wasm[1]!, cpu[1]!)).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });

  it("conv2dTranspose (U-Net's upsampling runs Conv2DBackpropInput forward) and its gradients", async () => {
    await fc.assert(
      fc.asyncProperty(
        convCase.filter((c) => c.pad === "same" || (c.h >= c.fh && c.w >= c.fw)),
        async ({ n, h, w, ci, co, fh, fw, stride, pad, seed }) => {
          const { cpu, wasm } = await onBoth(() => {
            // the transpose of a conv from [n, h, w, ci] to its output: shapes taken from that conv
            const probe = tf.conv2d(
              tf.zeros([n, h, w, ci]) as tf.Tensor4D,
              tf.zeros([fh, fw, ci, co]) as tf.Tensor4D,
              stride,
              pad,
            );
            const y = tf.tensor4d(
              values(probe.size, seed),
              probe.shape as [number, number, number, number],
            );
            const f = tf.tensor4d(values(fh * fw * ci * co, seed + 1), [fh, fw, ci, co]);
            const up = (a: tf.Tensor, b: tf.Tensor) =>
              tf.conv2dTranspose(a as tf.Tensor4D, b as tf.Tensor4D, [n, h, w, ci], stride, pad);
            const out = up(y, f);
            const dOut = tf.tensor(values(out.size, seed + 2), out.shape);
            const [dy, dW] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
              tf.sum(tf.mul(up(a, b), dOut)),
            )([y, f]);
            return [out, dy!, dW!];
          });
          for (let i = 0; i < 3; i++) expect(relDiff(wasm[i]!, cpu[i]!)).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 40, seed: 45 },
    );
  });

  it("depthwise conv: dFilter and dx", async () => {
    await fc.assert(
      fc.asyncProperty(
        convCase.filter((c) => c.pad === "same" || (c.h >= c.fh && c.w >= c.fw)),
        async ({ n, h, w, ci, co: mult, fh, fw, stride, pad, seed }) => {
          const { cpu, wasm } = await onBoth(() => {
            const x = tf.tensor4d(values(n * h * w * ci, seed), [n, h, w, ci]);
            const f = tf.tensor4d(values(fh * fw * ci * mult, seed + 1), [fh, fw, ci, mult]);
            const s: [number, number] = [stride, stride];
            const y = tf.depthwiseConv2d(x, f, s, pad);
            const dy = tf.tensor(values(y.size, seed + 2), y.shape);
            const [dx, dW] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
              tf.sum(tf.mul(tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, s, pad), dy)),
            )([x, f]);
            return [dx!, dW!];
          });
          expect(relDiff(wasm[0]!, cpu[0]!)).toBeLessThan(1e-5);
          expect(relDiff(wasm[1]!, cpu[1]!)).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 40, seed: 43 },
    );
  });

  it("max and average pooling: their gradients (MaxPoolGrad, AvgPoolGrad)", async () => {
    await fc.assert(
      fc.asyncProperty(
        convCase.filter((c) => c.pad === "same" || (c.h >= c.fh && c.w >= c.fw)),
        async ({ n, h, w, ci, fh, fw, stride, pad, seed }) => {
          const { cpu, wasm } = await onBoth(() => {
            const x = tf.tensor4d(values(n * h * w * ci, seed), [n, h, w, ci]);
            const size: [number, number] = [fh, fw];
            const grads = [tf.maxPool, tf.avgPool].map((pool) => {
              const y = pool(x, size, stride, pad);
              const dy = tf.tensor(values(y.size, seed + 1), y.shape);
              return tf.grad((a: tf.Tensor) =>
                tf.sum(tf.mul(pool(a as tf.Tensor4D, size, stride, pad), dy)),
              )(x);
            });
            return grads;
          });
          expect(relDiff(wasm[0]!, cpu[0]!)).toBeLessThan(1e-5);
          expect(relDiff(wasm[1]!, cpu[1]!)).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 60, seed: 46 },
    );
  });

  it("gather: its gradient (UnsortedSegmentSum), repeated and out-of-range ids included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 1000 }),
        async (vocab, dim, rawIds, seed) => {
          const ids = rawIds.map((i) => i % vocab);
          const { cpu, wasm } = await onBoth(() => {
            const table = tf.tensor2d(values(vocab * dim, seed), [vocab, dim]);
            const index = tf.tensor1d(ids, "int32");
            const dy = tf.tensor2d(values(ids.length * dim, seed + 1), [ids.length, dim]);
            const grad = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(tf.gather(t, index), dy)))(table);
            const direct = tf.unsortedSegmentSum(
              dy,
              tf.tensor1d(
                rawIds.map((i) => (i % 3 === 0 ? -1 : i % vocab)),
                "int32",
              ),
              vocab,
            );
            return [grad, direct];
          });
          expect(relDiff(wasm[0]!, cpu[0]!)).toBeLessThan(1e-6);
          expect(relDiff(wasm[1]!, cpu[1]!)).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 60, seed: 44 },
    );
  });

  it("a conv model trains with fit on wasm as on cpu, and the kernels leak nothing", async () => {
    const train = async (backend: string) => {
      await tf.setBackend(backend);
      const init = (seed: number) => tf.initializers.glorotUniform({ seed });
      const model = tf.sequential({
        layers: [
          tf.layers.conv2d({
            inputShape: [8, 8, 2],
            filters: 3,
            kernelSize: 3,
            strides: 2,
            padding: "same",
            kernelInitializer: init(1),
          }),
          tf.layers.depthwiseConv2d({
            kernelSize: 2,
            depthMultiplier: 2,
            depthwiseInitializer: init(2),
          }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 1, kernelInitializer: init(3) }),
        ],
      });
      model.compile({ optimizer: tf.train.sgd(0.01), loss: "meanSquaredError" });
      const x = tf.tensor4d(values(16 * 8 * 8 * 2, 7), [16, 8, 8, 2]);
      const y = tf.tensor2d(values(16, 8), [16, 1]);
      const before = tf.memory().numTensors;
      const history = await model.fit(x, y, { epochs: 5, batchSize: 16, verbose: 0 });
      const leaked = tf.memory().numTensors - before;
      tf.dispose([x, y]);
      model.dispose();
      return { losses: history.history.loss as number[], leaked };
    };
    const cpu = await train("cpu");
    const wasm = await train("wasm");
    expect(wasm.losses.at(-1)!).toBeLessThan(wasm.losses[0]! / 2);
    for (const [i, loss] of wasm.losses.entries()) expect(loss).toBeCloseTo(cpu.losses[i]!, 4);
    expect(wasm.leaked).toBe(0);
  });
});
