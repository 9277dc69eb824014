import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "forward-difference",
    bug: "a one-sided difference (J(θ + ε) − J(θ)) / ε instead of the centered one",
    edits: [
      [
        "const JMinus = forwardPropagation(x, thetaMinus);",
        "const JMinus = forwardPropagation(x, theta);",
      ],
      ["(JPlus - JMinus) / (2 * epsilon)", "(JPlus - JMinus) / epsilon"],
    ],
  },
  {
    id: "one-epsilon",
    bug: "divides by ε instead of 2ε",
    edits: [["(JPlus - JMinus) / (2 * epsilon)", "(JPlus - JMinus) / epsilon"]],
  },
  {
    id: "precedence",
    bug: "(J⁺ − J⁻) / 2 * ε: the ε multiplies instead of dividing",
    edits: [["(JPlus - JMinus) / (2 * epsilon)", "(JPlus - JMinus) / 2 * epsilon"]],
  },
  {
    id: "no-denominator",
    bug: "returns |grad − gradapprox| without dividing by |grad| + |gradapprox|",
    edits: [["const difference = numerator / denominator;", "const difference = numerator;"]],
  },
  {
    id: "max-denominator",
    bug: "divides by max(|grad|, |gradapprox|) instead of the sum",
    edits: [
      ["Math.abs(grad) + Math.abs(gradapprox)", "Math.max(Math.abs(grad), Math.abs(gradapprox))"],
    ],
  },
]);
