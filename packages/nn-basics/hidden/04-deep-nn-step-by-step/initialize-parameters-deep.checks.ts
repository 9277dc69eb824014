import { between, defineChecks, expectAllClose, expectTensors } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import { initializeParametersDeep } from "../../solutions/04-deep-nn-step-by-step/initialize-parameters-deep.ts";

export default defineChecks("initializeParametersDeep", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns W1 … WL (n_l, n_{l−1}) and b1 … bL (n_l, 1) for any depth, drawn from the default seed",
    async run({ call, rng }) {
      const dims = Array.from({ length: between(rng, 3, 5) }, () => between(rng, 1, 6));
      const shapes: Record<string, number[]> = {};
      for (let l = 1; l < dims.length; l++) {
        shapes[`W${l}`] = [dims[l]!, dims[l - 1]!];
        shapes[`b${l}`] = [dims[l]!, 1];
      }
      const what = `initializeParametersDeep([${dims}])`;
      const actual = await call(dims);
      expectTensors(what, actual, shapes);
      expectAllClose(what, actual, initializeParametersDeep(dims), { rtol: 1e-6 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "draws 0.01·randn layer by layer from the seed it is given; zero biases",
    async run({ call, rng }) {
      const dims = Array.from({ length: between(rng, 3, 4) }, () => between(rng, 2, 5));
      const seed = between(rng, 0, 1000);
      const expected = initializeParametersDeep(dims, seed);
      const actual = await call(dims, seed);
      for (const [key, value] of Object.entries(expected))
        expectClose(`initializeParametersDeep([${dims}], ${seed}).${key}`, actual?.[key], value, {
          rtol: 1e-6,
        });
    },
  },
]);
