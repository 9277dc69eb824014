import { expectClose, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { loadMoonsDataset } from "./moons-data.ts";
import {
  type ModelOptions,
  model,
  modelStart,
  type Optimizer,
  type OptimizerFunctions,
} from "./optimization-model.ts";
import type { MiniBatch, Velocity } from "./optimizer-state.ts";
import { trainThreeLayerNet } from "./three-layer-net.ts";
import type { Parameters } from "./types.ts";

// Test doubles of the assignment's functions (src/ does not import the solutions).
const zerosLikeGrads = (p: Parameters): Velocity =>
  Object.fromEntries(Object.entries(p).map(([k, x]) => [`d${k}`, tf.zerosLike(x)]));
const functions: OptimizerFunctions = {
  randomMiniBatches(X, Y, size = 64, seed = 0): MiniBatch[] {
    const m = X.shape[1]!;
    const order = new RandomState(seed).permutation(m);
    const batches: MiniBatch[] = [];
    for (let start = 0; start < m; start += size) {
      const cols = order.slice(start, start + size);
      batches.push(tf.tidy(() => [tf.gather(X, cols, 1), tf.gather(Y, cols, 1)] as MiniBatch));
    }
    return batches;
  },
  updateParametersWithGd: (p, g, lr) =>
    tf.tidy(() =>
      Object.fromEntries(Object.entries(p).map(([k, x]) => [k, x.sub(g[`d${k}`]!.mul(lr))])),
    ),
  initializeVelocity: zerosLikeGrads,
  updateParametersWithMomentum: (p, g, v, beta, lr) =>
    tf.tidy(() => {
      const vNew = Object.fromEntries(
        Object.keys(v).map((k) => [k, v[k]!.mul(beta).add(g[k]!.mul(1 - beta))]),
      );
      const pNew = Object.fromEntries(
        Object.entries(p).map(([k, x]) => [k, x.sub(vNew[`d${k}`]!.mul(lr))]),
      );
      return { parameters: pNew, v: vNew };
    }),
  initializeAdam: (p) => ({ v: zerosLikeGrads(p), s: zerosLikeGrads(p) }),
  updateParametersWithAdam: (p, g, v, s, t, lr = 0.01, b1 = 0.9, b2 = 0.999, eps = 1e-8) =>
    tf.tidy(() => {
      const out = { parameters: {}, v: {}, s: {}, vCorrected: {}, sCorrected: {} } as Record<
        string,
        Record<string, tf.Tensor>
      >;
      for (const [k, x] of Object.entries(p)) {
        const d = `d${k}`;
        out.v![d] = v[d]!.mul(b1).add(g[d]!.mul(1 - b1));
        out.s![d] = s[d]!.mul(b2).add(g[d]!.square().mul(1 - b2));
        out.vCorrected![d] = out.v![d]!.div(1 - b1 ** t);
        out.sCorrected![d] = out.s![d]!.div(1 - b2 ** t);
        out.parameters![k] = x.sub(
          out.vCorrected![d]!.div(out.sCorrected![d]!.sqrt().add(eps)).mul(lr),
        );
      }
      return out as ReturnType<NonNullable<OptimizerFunctions["updateParametersWithAdam"]>>;
    }),
};

describe("modelStart (opt_utils' initialize_parameters)", () => {
  it("draws He-scaled weights from np.random.seed(3) and zero biases", () => {
    let p: Parameters = {};
    trainThreeLayerNet(tf.zeros([2, 1]), tf.zeros([1, 1]), modelStart([2, 5, 2, 1]), {
      numEpochs: 1,
      learningRate: 0,
      recordEvery: 1,
      update: (first) => {
        p = Object.fromEntries(Object.entries(first).map(([k, t]) => [k, t.clone()]));
        return first;
      },
    });
    expectClose("W1[0:2]", p.W1!.slice([0, 0], [2, 2]), [
      [1.78862847, 0.43650985],
      [0.09649747, -1.8634927],
    ]);
    expectClose("W2[0]", p.W2!.slice([0, 0], [1, 5]), [
      [-0.83096103, 0.55948432, 0.55739447, 1.08122894, 0.03164405],
    ]);
    expectClose("W3", p.W3!, [[-1.18504653, -0.2056499]]);
    expectClose("b2", p.b2!, [[0], [0]]);
  });
});

describe("model (the notebook's given training loop)", () => {
  const { X, Y } = loadMoonsDataset();
  // numpy port of the notebook's model on load_dataset(), 20 epochs: the cost of epoch 0, W1[0], W3, b3
  const cases: [string, Optimizer, ModelOptions, number, number[], number[], number][] = [
    [
      "gd",
      "gd",
      {},
      0.7024046849828726,
      [1.7895980998, 0.4355037782],
      [-1.1843392001, -0.2056498994],
      0.0007934557,
    ],
    [
      "momentum, β = 0.5, α = 0.01",
      "momentum",
      { beta: 0.5, learningRate: 0.01 },
      0.7023335379750526,
      [1.8018533888, 0.4205698167],
      [-1.1793579067, -0.2056498994],
      0.0118923017,
    ],
    [
      "adam",
      "adam",
      {},
      0.7021655222604548,
      [1.8368606928, 0.3813480125],
      [-1.1717660106, -0.2056498994],
      0.0139564322,
    ],
    [
      "gd, α0 = 0.1, decay α0 / (1 + 0.01·epoch)",
      "gd",
      { learningRate: 0.1, decay: (lr0, epoch, rate) => lr0 / (1 + rate * epoch), decayRate: 0.01 },
      0.7010914685043044,
      [1.8607561083, 0.2611557596],
      [-1.3338052654, -0.2056498994],
      0.1994259328,
    ],
  ];
  for (const [name, optimizer, options, cost0, W1row, W3, b3] of cases) {
    it(`reproduces numpy's cost and parameters with ${name}, leaking no tensor`, () => {
      const before = tf.memory().numTensors;
      const result = model(X, Y, [2, 5, 2, 1], optimizer, functions, {
        ...options,
        numEpochs: 20,
        printCost: false,
      });
      // only the six returned parameters are left
      expect(tf.memory().numTensors - before).toBe(6);
      expect(result.costs).toHaveLength(1);
      expect(result.costs[0]).toBeCloseTo(cost0, 5);
      expectClose("W1[0]", result.parameters.W1!.slice([0, 0], [1, 2]), [W1row], { rtol: 1e-3 });
      expectClose("W3", result.parameters.W3!, [W3], { rtol: 1e-3 });
      expectClose("b3", result.parameters.b3!, [[b3]], { rtol: 1e-3, atol: 1e-5 });
      tf.dispose(Object.values(result.parameters));
    });
  }

  it("records the cost every 100 epochs, the total over the epoch divided by m", () => {
    // one batch of all 300 examples per epoch, 101 epochs of gd at α = 0.05 (numpy)
    const { costs, parameters } = model(X, Y, [2, 5, 2, 1], "gd", functions, {
      learningRate: 0.05,
      miniBatchSize: 512,
      numEpochs: 101,
      printCost: false,
    });
    expectClose("costs", tf.tensor1d(costs), [0.7024140504990621, 0.6544501926761227], {
      rtol: 1e-4,
    });
    expectClose("W3", parameters.W3!, [[-1.22542167, -0.2056499]], { rtol: 1e-3 });
  });

  it("counts Adam's steps across epochs and keeps the last smaller batch", () => {
    // 300 examples in batches of 128: 128, 128, 44 → t = 1 … 9 over 3 epochs
    const seen: number[] = [];
    const counting: OptimizerFunctions = {
      ...functions,
      updateParametersWithAdam: (p, g, v, s, t, ...rest) => {
        seen.push(t);
        return functions.updateParametersWithAdam!(p, g, v, s, t, ...rest);
      },
    };
    const { costs, parameters } = model(X, Y, [2, 5, 2, 1], "adam", counting, {
      numEpochs: 3,
      miniBatchSize: 128,
      printCost: false,
    });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expectClose("costs", tf.tensor1d(costs), [0.7023358639120286], { rtol: 1e-4 });
    expectClose("W3", parameters.W3!, [[-1.180508363, -0.2056498994]], { rtol: 1e-3 });
  });

  it("says which function is missing for the chosen optimizer", () => {
    expect(() =>
      model(X, Y, [2, 5, 2, 1], "momentum", { randomMiniBatches: functions.randomMiniBatches }),
    ).toThrow(/initializeVelocity/);
  });
});
