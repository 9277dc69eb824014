import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { updateParameters } from "./update-parameters.ts";

function draw(seed: number) {
  const [W1, b1, W2, b2, dW1, db1, dW2, db2] = randnSequence(seed, [
    [3, 4],
    [3, 1],
    [1, 3],
    [1, 1],
    [3, 4],
    [3, 1],
    [1, 3],
    [1, 1],
  ]);
  return {
    parameters: { W1: W1!, b1: b1!, W2: W2!, b2: b2! },
    grads: { dW1: dW1!, db1: db1!, dW2: dW2!, db2: db2! },
  };
}

describe("updateParameters", () => {
  it("matches the notebook: learning rate 0.1", () => {
    const { parameters, grads } = draw(2);
    const p = updateParameters(parameters, grads, 0.1);
    expectClose("W1", p.W1!, [
      [-0.417660373, 0.031543962, -2.120552679, 1.614613763],
      [-1.69455768, -0.807865169, 0.52649982, -1.181522585],
      [-0.93919099, -0.766885892, 0.566803564, 2.319113709],
    ]);
    expectClose("b1", p.b1!, [[-0.181597286], [-0.874448687], [0.52778567]]);
    expectClose("W2", p.W2!, [[-0.633204153, -0.155093883, 1.124815499]]);
    expectClose("b2", p.b2!, [[-0.663449579]]);
  });

  test.prop([fc.nat(1000), fc.double({ min: 0.001, max: 1, noNaN: true })])(
    "returns a new object, moves every layer against its gradient, leaves the input as it was",
    (seed, learningRate) => {
      const { parameters, grads } = draw(seed);
      const before = parameters.W2.clone();
      const p = updateParameters(parameters, grads, learningRate);
      expect(p).not.toBe(parameters);
      expectClose("parameters.W2 after the update", parameters.W2, before, { atol: 0, rtol: 0 });
      for (const k of ["W1", "b1", "W2", "b2"] as const) {
        expectClose(k, p[k]!, parameters[k].sub(grads[`d${k}`].mul(learningRate)), { atol: 1e-5 });
      }
    },
  );
});
