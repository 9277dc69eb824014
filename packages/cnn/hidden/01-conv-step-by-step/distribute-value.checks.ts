import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import { distributeValue } from "../../solutions/01-conv-step-by-step/distribute-value.ts";

export default defineChecks("distributeValue", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "dz / (n_H · n_W) everywhere, on random dz (negative too) and non-square windows",
    async run({ call, rng, input }) {
      for (let i = 0; i < 4; i++) {
        const dz = normal(rng, [1], 3).dataSync()[0]!;
        const shape: [number, number] = [between(rng, 1, 4), between(rng, 1, 5)];
        input("dz", dz);
        input("shape", shape);
        expectClose(
          `distributeValue(${dz}, [${shape}])`,
          await call(dz, shape),
          distributeValue(dz, shape),
        );
      }
    },
  },
]);
