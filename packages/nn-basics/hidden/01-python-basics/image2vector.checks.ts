import { between, defineChecks, normal } from "@dlc/grader/checks";
import { expectClose, expectShape } from "@dlc/student-kit/check";
import { image2vector } from "../../solutions/01-python-basics/image2vector.ts";

export default defineChecks("image2vector", [
  {
    id: "column-shape",
    kind: "contract",
    points: 1,
    description: "turns a (length, height, depth) image into a (length·height·depth, 1) column",
    async run({ call, rng }) {
      const image = normal(rng, [3, 3, 2]);
      const v = await call(image);
      expectShape("image2vector(image)", v, [18, 1]);
      expectClose("image2vector(image)", v, image2vector(image), { rtol: 0, atol: 0 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "keeps the values in row-major order on random images of varied sizes",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const image = normal(rng, [between(rng, 1, 5), between(rng, 2, 5), between(rng, 2, 3)]);
        input("image", image);
        expectClose("image2vector(image)", await call(image), image2vector(image), {
          rtol: 0,
          atol: 0,
        });
      }
    },
  },
]);
