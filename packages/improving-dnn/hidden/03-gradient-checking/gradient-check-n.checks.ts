import { type CheckContext, defineChecks, expectNumber } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { gradientCheckN } from "../../solutions/03-gradient-checking/gradient-check-n.ts";
import {
  backwardPropagationN,
  backwardPropagationNFixed,
  forwardPropagationN,
  gradientCheckNTestCase,
} from "../../src/gradient-check-net.ts";
import { BUGS, checkableNetwork, expectScalar, type Network } from "./data.ts";

const HOW =
  "For each i: θ⁺ = a fresh copy of θ with ε added to entry i only (θ⁻ likewise), " +
  "gradapprox[i] = (J(θ⁺) − J(θ⁻)) / (2ε), then ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂)";

function notebookCase(fixed: boolean) {
  const { X, Y, parameters } = gradientCheckNTestCase();
  const { cache } = forwardPropagationN(X, Y, parameters);
  const gradients = (fixed ? backwardPropagationNFixed : backwardPropagationN)(X, Y, cache);
  return { X, Y, parameters, gradients };
}

function describeNet({ dims, X }: Network): string {
  return `a [${dims.join(", ")}] network with m = ${X[0]!.length}`;
}

function record(input: CheckContext["input"], net: Network, k: number) {
  input(`X (${k})`, net.X);
  input(`Y (${k})`, net.Y);
  input(`parameters (${k})`, net.parameters);
}

export default defineChecks("gradientCheckN", [
  {
    id: "returns-number",
    kind: "contract",
    points: 1,
    description: "returns the difference as a plain number, the reference's",
    async run({ call }) {
      const { X, Y, parameters, gradients } = notebookCase(false);
      const actual = await call(parameters, gradients, X, Y);
      expectNumber("gradientCheckN(parameters, gradients, X, Y)", actual);
      // any number is a number: the value too
      expectScalar(
        "gradientCheckN(parameters, gradients, X, Y)",
        actual,
        gradientCheckN(parameters, gradients, X, Y),
        { rtol: 1e-6 },
      );
    },
  },
  {
    id: "notebook-buggy",
    kind: "reference",
    points: 2,
    description: "gives the notebook's 0.2850931567761623 with the provided (buggy) backward pass",
    async run({ call }) {
      const { X, Y, parameters, gradients } = notebookCase(false);
      expectScalar(
        "gradientCheckN on the notebook's test case with backwardPropagationN",
        await call(parameters, gradients, X, Y),
        0.2850931567761623,
        { rtol: 1e-6, hint: HOW },
      );
    },
  },
  {
    id: "notebook-fixed",
    kind: "reference",
    points: 1,
    description: "gives about 1.189e-7 (below 2e-7) once the two bugs are fixed, as the notebook",
    async run({ call }) {
      const { X, Y, parameters, gradients } = notebookCase(true);
      const expected = gradientCheckN(parameters, gradients, X, Y);
      const got = expectScalar(
        "gradientCheckN on the notebook's test case with the corrected backward pass",
        await call(parameters, gradients, X, Y),
        expected,
        { rtol: 1e-3, hint: `The notebook gives 1.1890913024229996e-07. ${HOW}` },
      );
      if (!(got < 2e-7))
        throw new CheckError(`a correct backward pass must give below 2e-7, got ${got}`);
    },
  },
  {
    id: "flags-bugs-passes-correct",
    kind: "property",
    points: 3,
    description:
      "on networks of other sizes, flags buggy backward passes (above 2e-7) and passes a correct one (below)",
    async run({ call, rng, input }) {
      for (let k = 0; k < 2; k++) {
        const net = checkableNetwork(rng);
        record(input, net, k);
        const { X, Y, parameters, cache } = net;
        const correct = await call(parameters, backwardPropagationNFixed(X, Y, cache), X, Y);
        expectNumber("gradientCheckN", correct);
        if (!(correct < 2e-7))
          throw new CheckError(
            `gradientCheckN should pass a correct backward pass on ${describeNet(net)} (below 2e-7; ` +
              `the reference gives ${gradientCheckN(parameters, backwardPropagationNFixed(X, Y, cache), X, Y)}), ` +
              `got ${correct}. Do you rebuild the parameters with this network's sizes ` +
              `(vectorToDictionary(θ, layerDimsOf(parameters)))? ${HOW}`,
          );
        for (const bug of BUGS) {
          const gradients = bug.backward(X, Y, cache);
          const got = await call(parameters, gradients, X, Y);
          expectNumber("gradientCheckN", got);
          if (!(got > 2e-7))
            throw new CheckError(
              `gradientCheckN should flag ${bug.name} on ${describeNet(net)} (above 2e-7; ` +
                `the reference gives ${gradientCheckN(parameters, gradients, X, Y).toPrecision(4)}), got ${got}. ${HOW}`,
            );
        }
      }
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "gives the reference's difference for the provided backward pass on networks of other sizes",
    async run({ call, rng, input }) {
      for (let k = 0; k < 2; k++) {
        const net = checkableNetwork(rng);
        record(input, net, k);
        const { X, Y, parameters, cache } = net;
        const gradients = backwardPropagationN(X, Y, cache);
        expectScalar(
          `gradientCheckN with the provided backwardPropagationN on ${describeNet(net)}`,
          await call(parameters, gradients, X, Y),
          gradientCheckN(parameters, gradients, X, Y),
          { rtol: 1e-6, hint: HOW },
        );
      }
    },
  },
  {
    id: "centered-difference",
    kind: "reference",
    points: 2,
    description:
      "with ε = 1e-3 gives the reference's difference: a centered difference errs by O(ε²), a one-sided one by O(ε)",
    async run({ call, rng, input }) {
      for (let k = 0; k < 2; k++) {
        const net = checkableNetwork(rng);
        record(input, net, k);
        const { X, Y, parameters, cache } = net;
        const gradients = backwardPropagationNFixed(X, Y, cache);
        expectScalar(
          `gradientCheckN(parameters, gradients, X, Y, 1e-3) with a correct backward pass on ${describeNet(net)}`,
          await call(parameters, gradients, X, Y, 1e-3),
          gradientCheckN(parameters, gradients, X, Y, 1e-3),
          {
            rtol: 1e-3,
            hint: `Use the ε you are given, and (J(θ⁺) − J(θ⁻)) / (2ε), not (J(θ⁺) − J(θ)) / ε. ${HOW}`,
          },
        );
      }
    },
  },
]);
