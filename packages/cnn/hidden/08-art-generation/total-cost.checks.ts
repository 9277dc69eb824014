import { defineChecks, expectNumber, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { totalCost } from "../../solutions/08-art-generation/total-cost.ts";

const value = (what: string, J: unknown): number => {
  const v = (J as tf.Tensor | undefined)?.arraySync?.() ?? J;
  expectNumber(what, v);
  return v;
};

export default defineChecks("totalCost", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "α · J_content + β · J_style, with the defaults α = 10, β = 40 and with others",
    async run({ call, rng }) {
      for (let i = 0; i < 4; i++) {
        const [Jc, Js] = Array.from(normal(rng, [2]).abs().dataSync(), (v) => tf.scalar(v * 5));
        const weights = i < 2 ? [] : Array.from(rng.rand(2), (v) => Math.round(v * 50));
        const what = `totalCost(${Jc!.arraySync()}, ${Js!.arraySync()}${weights.map((w) => `, ${w}`).join("")})`;
        expectClose(
          what,
          value(what, await call(Jc, Js, ...weights)),
          totalCost(Jc!, Js!, ...(weights as [number, number])).arraySync() as number,
        );
      }
    },
  },
]);
