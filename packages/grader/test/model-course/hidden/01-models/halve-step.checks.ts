import { defineChecks, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";

export default defineChecks("halveStep", [
  {
    id: "halves-in-place",
    kind: "training",
    points: 2,
    description:
      "three steps leave the variable at x / 8 (checked on the variable, not on what the steps report)",
    async run({ harness, rng }) {
      const x = normal(rng, [3, 4]);
      const { final } = await harness("step.harness.ts", "runSteps", x, 3);
      expectClose("the variable after three halveStep calls", final, x.div(8));
    },
  },
]);
