import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { forwardPropagation } from "../../solutions/06-tensorflow-introduction/forward-propagation.ts";

/** X [n0, m] and a network [n0, n1, n2, n3] of standard normal weights and biases. */
function draw(rng: RandomState) {
  const [n0, n1, n2, n3, m] = [
    between(rng, 3, 7),
    between(rng, 4, 8),
    between(rng, 3, 6),
    between(rng, 2, 6),
    between(rng, 2, 6),
  ];
  const X = normal(rng, [n0, m]);
  const parameters = {
    W1: normal(rng, [n1, n0]),
    b1: normal(rng, [n1, 1]),
    W2: normal(rng, [n2, n1]),
    b2: normal(rng, [n2, 1]),
    W3: normal(rng, [n3, n2]),
    b3: normal(rng, [n3, 1]),
  };
  return { X, parameters, n3, m };
}

export default defineChecks("forwardPropagation", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns the logits Z3 of shape (n_y, m), the reference's",
    async run({ call, rng }) {
      const { X, parameters, n3, m } = draw(rng);
      const actual = await call(X, parameters);
      expectShape("forwardPropagation(X, parameters)", actual, [n3, m]);
      // a shape alone is met by zeros: the values too
      expectClose("forwardPropagation(X, parameters)", actual, forwardPropagation(X, parameters));
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals W3·relu(W2·relu(W1·X + b1) + b2) + b3 on networks of varied sizes",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { X, parameters } = draw(rng);
        input("X", X);
        input("parameters", parameters);
        try {
          expectClose(
            "forwardPropagation(X, parameters)",
            await call(X, parameters),
            forwardPropagation(X, parameters),
          );
        } catch (error) {
          if (!(error instanceof CheckError)) throw error;
          throw new CheckError(
            `${error.message}. Check the relu after layers 1 and 2 and that layer 3 stays linear (the loss applies the softmax).`,
          );
        }
      }
    },
  },
  {
    id: "linear-output",
    kind: "property",
    points: 1,
    description: "the output layer is linear: adding c to b3 adds c to every logit",
    async run({ call, rng }) {
      const { X, parameters } = draw(rng);
      const shift = -3 - 2 * rng.nextDouble();
      const base = await call(X, parameters);
      const shifted = await call(X, { ...parameters, b3: tf.add(parameters.b3, shift) });
      expectShape(
        "forwardPropagation(X, parameters)",
        base,
        forwardPropagation(X, parameters).shape,
      );
      try {
        expectClose("forwardPropagation(X, b3 + c) − c", tf.sub(shifted, shift), base, {
          atol: 1e-4,
        });
      } catch (error) {
        if (!(error instanceof CheckError)) throw error;
        throw new CheckError(
          `${error.message}. Z3 = W3·A2 + b3 must be returned as it is: no relu, sigmoid or softmax after the last layer.`,
        );
      }
      // returning b3 spread over the examples is linear in b3 too: the values are the reference's
      expectClose("forwardPropagation(X, parameters)", base, forwardPropagation(X, parameters));
    },
  },
]);
