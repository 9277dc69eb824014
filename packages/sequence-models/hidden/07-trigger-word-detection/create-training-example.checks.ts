import { between, defineChecks, expectAllClose } from "@dlc/grader/checks";
import { createTrainingExample } from "../../solutions/07-trigger-word-detection/create-training-example.ts";
import { smallClips } from "../shared/trigger-cases.ts";

export default defineChecks("createTrainingExample", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "numpy's draws for varied seeds and clip sets: the spectrogram x and the labels y (ones 50 steps after each activate the grader placed)",
    async run({ call, rng }) {
      for (let i = 0; i < 3; i++) {
        const { backgrounds, activates, negatives, tx } = smallClips(rng);
        const ty = between(rng, 30, Math.floor(tx / 2));
        const seed = between(rng, 0, 100_000);
        const what = `createTrainingExample(background [${backgrounds[0]!.spec.shape}], ${activates.length} activates, ${negatives.length} negatives, ${ty}, ${seed})`;
        const expected = createTrainingExample(backgrounds[0]!, activates, negatives, ty, seed);
        const actual = await call(backgrounds[0]!, activates, negatives, ty, seed);
        expectAllClose(what, actual, { y: expected.y, x: expected.x }, { rtol: 1e-4, atol: 1e-6 });
      }
    },
  },
  {
    id: "notebook-seed",
    kind: "reference",
    points: 1,
    description: "the notebook's seed 18 and Ty 1375 on a generated clip set",
    async run({ call, rng }) {
      const { backgrounds, activates, negatives } = smallClips(rng);
      const expected = createTrainingExample(backgrounds[0]!, activates, negatives);
      const actual = await call(backgrounds[0]!, activates, negatives);
      expectAllClose("createTrainingExample(background, activates, negatives)", actual, expected, {
        rtol: 1e-4,
        atol: 1e-6,
      });
    },
  },
]);
