import {
  defineChecks,
  expectNumber,
  expectNumbers,
  expectTensors,
  normal,
} from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import { optimize } from "../../solutions/02-logistic-regression/optimize.ts";
import { propagate } from "../../solutions/02-logistic-regression/propagate.ts";
import { separableData } from "../shared/data.ts";

export default defineChecks("optimize", [
  {
    id: "structure",
    kind: "contract",
    points: 1,
    description: "returns { params: { w, b }, grads: { dw, db }, costs } with w's shape",
    async run({ call, rng }) {
      const { X, Y } = separableData(rng, 3, 8);
      const w = normal(rng, [3, 1], 0.1);
      const result = await call(w, 0, X, Y, 3, 0.1);
      expectTensors("optimize(…).params", { w: result?.params?.w }, { w: [3, 1] });
      expectTensors("optimize(…).grads", { dw: result?.grads?.dw }, { dw: [3, 1] });
      expectNumber("optimize(…).params.b", result.params.b);
      expectNumber("optimize(…).grads.db", result.grads.db);
      const expected = optimize(w, 0, X, Y, 3, 0.1);
      expectClose("optimize(…).params.w", result.params.w, expected.params.w, { rtol: 1e-4 });
      expectClose("optimize(…).grads.dw", result.grads.dw, expected.grads.dw, { rtol: 1e-4 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "250 steps of gradient descent give the reference w, b, last grads and costs (every 100)",
    timeoutMs: 20_000,
    async run({ call, rng, input }) {
      const { X, Y } = separableData(rng, 4, 20);
      const w = normal(rng, [4, 1], 0.1);
      const b = 0.2;
      input("X", X);
      const actual = await call(w, b, X, Y, 250, 0.3);
      const expected = optimize(w, b, X, Y, 250, 0.3);
      const close = { rtol: 1e-3, atol: 1e-5 };
      expectNumbers("optimize(…).costs", actual?.costs, expected.costs, close);
      expectClose("optimize(…).params.w", actual.params?.w, expected.params.w, close);
      expectClose("optimize(…).params.b", actual.params?.b, expected.params.b, close);
      expectClose("optimize(…).grads.dw", actual.grads?.dw, expected.grads.dw, close);
      expectClose("optimize(…).grads.db", actual.grads?.db, expected.grads.db, close);
    },
  },
  {
    id: "cost-falls",
    kind: "training",
    points: 1,
    description:
      "on separable data the parameters it returns cost at least 5 % less than those it was given",
    timeoutMs: 20_000,
    async run({ call, rng }) {
      const { X, Y } = separableData(rng, 3, 30, 0.1);
      const w = normal(rng, [3, 1], 0.01);
      const { params, costs } = await call(w, 0, X, Y, 301, 0.5);
      // the costs it reports are its own word: the cost of what it returns is recomputed
      const before = propagate(w, 0, X, Y).cost;
      expectClose("optimize(…).costs[0], the cost at the w and b it was given", costs?.[0], before);
      expectTensors("optimize(…).params", { w: params?.w }, { w: [3, 1] });
      expectNumber("optimize(…).params.b", params.b);
      const after = propagate(params.w, params.b, X, Y).cost;
      if (!(after <= before * 0.95))
        throw new CheckError(
          `optimize: the parameters it returns cost ${after}, the ones it was given ${before} (expected a drop of at least 5 %)`,
        );
    },
  },
]);
