import { between, defineChecks, expectNumber } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { scheduleLrDecay } from "../../solutions/04-optimization/schedule-lr-decay.ts";

function expectRate(what: string, actual: unknown, expected: number) {
  expectNumber(what, actual);
  if (Math.abs(actual - expected) > 1e-12 * Math.max(1, Math.abs(expected)))
    throw new CheckError(
      `${what} is ${actual}, expected ${expected} = α0 / (1 + decayRate · ⌊epochNum / timeInterval⌋)`,
    );
}

export default defineChecks("scheduleLrDecay", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "α0 / (1 + decayRate · ⌊epochNum / timeInterval⌋) for random rates, epochs and intervals",
    async run({ call, rng }) {
      for (let i = 0; i < 8; i++) {
        const interval = [10, 100, 250, 1000][between(rng, 0, 3)]!;
        // epochs inside an interval, where the floor matters
        const epoch = between(rng, 0, 5) * interval + between(rng, 1, interval - 1);
        const [lr0, rate] = [between(rng, 1, 1000) / 1000, between(rng, 1, 300) / 100];
        expectRate(
          `scheduleLrDecay(${lr0}, ${epoch}, ${rate}, ${interval})`,
          await call(lr0, epoch, rate, interval),
          scheduleLrDecay(lr0, epoch, rate, interval),
        );
      }
    },
  },
  {
    id: "steps-at-intervals",
    kind: "property",
    points: 1,
    description: "constant within an interval, one step down at each multiple of timeInterval",
    async run({ call, rng }) {
      const interval = between(rng, 5, 50);
      const [lr0, rate] = [0.1, 0.5];
      for (let k = 0; k < 4; k++) {
        const level = lr0 / (1 + rate * k);
        // the first, a middle and the last epoch of interval k
        for (const epoch of [
          k * interval,
          k * interval + Math.floor(interval / 2),
          (k + 1) * interval - 1,
        ]) {
          const what = `scheduleLrDecay(${lr0}, ${epoch}, ${rate}, ${interval})`;
          const lr = await call(lr0, epoch, rate, interval);
          expectNumber(what, lr);
          if (Math.abs(lr - level) > 1e-12)
            throw new CheckError(
              `${what} is ${lr}, expected ${level}: every epoch of interval ${k} (epochs ${k * interval} to ${(k + 1) * interval - 1}) gets α0 / (1 + decayRate · ${k})`,
            );
        }
      }
    },
  },
  {
    id: "default-interval",
    kind: "contract",
    points: 1,
    description: "timeInterval defaults to the notebook's 1000",
    async run({ call }) {
      for (const [epoch, expected] of [
        [999, 0.01],
        [1000, 0.005],
        [2500, 0.01 / 3],
      ] as const)
        expectRate(
          `scheduleLrDecay(0.01, ${epoch}, 1) (default timeInterval)`,
          await call(0.01, epoch, 1),
          expected,
        );
    },
  },
]);
