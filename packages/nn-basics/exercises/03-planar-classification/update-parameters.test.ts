import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, it } from "vitest";
import { updateParameters } from "./update-parameters.ts";

function draw(seed: number) {
  const [W1, b1, W2, b2, dW1, db1, dW2, db2] = randnSequence(seed, [
    [2, 3],
    [2, 1],
    [1, 2],
    [1, 1],
    [2, 3],
    [2, 1],
    [1, 2],
    [1, 1],
  ]);
  return {
    parameters: { W1: W1!, b1: b1!, W2: W2!, b2: b2! },
    grads: { dW1: dW1!, db1: db1!, dW2: dW2!, db2: db2! },
  };
}

describe("updateParameters", () => {
  it("matches numpy: one step at the default learning rate 1.2 (seed 3 draws)", () => {
    const { parameters, grads } = draw(3);
    const p = updateParameters(parameters, grads);
    expectClose("W1", p.W1!, [
      [0.7270816168, -0.6210718001, -1.9549902083],
      [-1.923533074, 0.208224695, 0.2996729579],
    ]);
    expectClose("b1", p.b1!, [[1.7730312972], [-1.8058415979]]);
    expectClose("W2", p.W2!, [[1.2774629872, 0.9448378021]]);
    expectClose("b2", p.b2!, [[-1.0670848741]]);
  });

  test.prop([fc.nat(1000), fc.double({ min: 0.001, max: 2, noNaN: true })])(
    "moves each parameter against its gradient and leaves the input untouched",
    (seed, learningRate) => {
      const { parameters, grads } = draw(seed);
      const before = parameters.W1.clone();
      const p = updateParameters(parameters, grads, learningRate);
      expectClose("W1 given to updateParameters", parameters.W1, before, { atol: 0, rtol: 0 });
      for (const k of ["W1", "b1", "W2", "b2"] as const) {
        expectClose(k, p[k]!, parameters[k].sub(grads[`d${k}`].mul(learningRate)), { atol: 1e-5 });
      }
    },
  );
});
