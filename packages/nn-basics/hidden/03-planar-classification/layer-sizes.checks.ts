import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { layerSizes } from "../../solutions/03-planar-classification/layer-sizes.ts";

export default defineChecks("layerSizes", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "reads nX from X (features, m), nY from Y, and nH = 4, on random shapes",
    async run({ call, rng }) {
      for (let i = 0; i < 3; i++) {
        const [nX, nY, m] = [between(rng, 2, 6), between(rng, 1, 3), between(rng, 7, 12)];
        const [X, Y] = [normal(rng, [nX, m]), normal(rng, [nY, m])];
        const actual = await call(X, Y);
        const expected = layerSizes(X, Y);
        for (const key of ["nX", "nH", "nY"] as const)
          if (actual?.[key] !== expected[key])
            throw new CheckError(
              `layerSizes(X of shape (${nX}, ${m}), Y of shape (${nY}, ${m})).${key} is ${actual?.[key]}, expected ${expected[key]}`,
            );
      }
    },
  },
]);
