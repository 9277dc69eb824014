import { between, defineChecks, expectNumber } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { updateLr } from "../../solutions/04-optimization/update-lr.ts";

function expectRate(what: string, actual: unknown, expected: number) {
  expectNumber(what, actual);
  if (Math.abs(actual - expected) > 1e-12 * Math.max(1, Math.abs(expected)))
    throw new CheckError(
      `${what} is ${actual}, expected ${expected} = α0 / (1 + decayRate · epochNum)`,
    );
}

export default defineChecks("updateLr", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "α0 / (1 + decayRate · epochNum) for random rates and epochs, epoch 0 included",
    async run({ call, rng }) {
      const cases: [number, number, number][] = [[0.5, 0, 1]];
      for (let i = 0; i < 6; i++)
        cases.push([
          between(rng, 1, 1000) / 1000,
          between(rng, 0, 5000),
          between(rng, 1, 300) / 100,
        ]);
      for (const [lr0, epoch, rate] of cases)
        expectRate(
          `updateLr(${lr0}, ${epoch}, ${rate})`,
          await call(lr0, epoch, rate),
          updateLr(lr0, epoch, rate),
        );
    },
  },
  {
    id: "falls-from-lr0",
    kind: "property",
    points: 1,
    description:
      "starts at α0 and falls as 1 / epoch: halved when decayRate · epoch = 1, a tenth at 9",
    async run({ call, rng }) {
      const lr0 = between(rng, 1, 100) / 100;
      const every = [1, 2, 4, 8][between(rng, 0, 3)]!; // epochs for decayRate · epoch to grow by 1
      const rate = 1 / every;
      const at = async (epoch: number) => {
        const lr = await call(lr0, epoch, rate);
        expectNumber(`updateLr(${lr0}, ${epoch}, ${rate})`, lr);
        return lr;
      };
      for (const [epoch, share] of [
        [0, 1],
        [every, 1 / 2],
        [9 * every, 1 / 10],
      ] as const) {
        const lr = await at(epoch);
        if (Math.abs(lr - lr0 * share) > 1e-12)
          throw new CheckError(
            `updateLr(${lr0}, ${epoch}, ${rate}) is ${lr}, expected ${lr0 * share}: the rate falls as α0 / (1 + decayRate · epochNum)`,
          );
      }
    },
  },
]);
