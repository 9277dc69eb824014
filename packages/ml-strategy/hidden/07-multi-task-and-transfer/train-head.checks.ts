import {
  agreement,
  between,
  defineChecks,
  expectAllClose,
  expectNumbers,
  expectTensors,
  labels,
  normal,
} from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import { trainHead } from "../../solutions/07-multi-task-and-transfer/train-head.ts";
import { type NetworkParameters, networkForward } from "../../src/transfer-network.ts";
import { featureWorld, randomBody } from "./data.ts";

function expectedShapes(body: NetworkParameters): Record<string, number[]> {
  const L = Object.keys(body).length / 2;
  const shapes: Record<string, number[]> = {};
  for (let l = 1; l < L; l++) {
    shapes[`W${l}`] = body[`W${l}`]!.shape;
    shapes[`b${l}`] = body[`b${l}`]!.shape;
  }
  shapes[`W${L}`] = [1, body[`W${L - 1}`]!.shape[0]!];
  shapes[`b${L}`] = [1, 1];
  return shapes;
}

/** Asserts the new output layer (and the costs, when expected has any) are the reference's. */
function expectHead(
  what: string,
  actual: { parameters?: NetworkParameters; costs?: unknown },
  expected: { parameters: NetworkParameters; costs: number[] },
  body: NetworkParameters,
): void {
  const L = Object.keys(body).length / 2;
  const close = { rtol: 2e-3, atol: 1e-4 };
  if ("costs" in actual) expectNumbers(`${what}.costs`, actual.costs, expected.costs, close);
  expectAllClose(
    `${what}.parameters`,
    actual.parameters,
    { [`W${L}`]: expected.parameters[`W${L}`]!, [`b${L}`]: expected.parameters[`b${L}`]! },
    close,
  );
}

export default defineChecks("trainHead", [
  {
    id: "structure",
    kind: "contract",
    points: 1,
    description:
      "returns { parameters, costs }: the body's layers, a new 1-unit output layer in place of the source's 3-unit one, a cost every 100 steps",
    timeoutMs: 20_000,
    async run({ call, rng }) {
      const body = randomBody(rng, 4);
      const X = normal(rng, [4, 10]);
      const Y = labels(rng, 10);
      const result = await call(body, X, Y, 0.1, 201);
      expectTensors("trainHead(…).parameters", result?.parameters, expectedShapes(body));
      if (!Array.isArray(result.costs) || result.costs.length !== 3)
        throw new CheckError(
          `trainHead(…, 201 steps).costs should hold 3 costs (steps 0, 100, 200), got ${Array.isArray(result.costs) ? result.costs.length : typeof result.costs}`,
        );
      expectHead("trainHead(…, 201 steps)", result, trainHead(body, X, Y, 0.1, 201), body);
      // a second, different call: an answer remembered from the first one does not fit it
      const [X2, Y2] = [normal(rng, [4, 6]), labels(rng, 6)];
      expectHead(
        "trainHead(…, 1 step)",
        await call(body, X2, Y2, 0.1, 1),
        trainHead(body, X2, Y2, 0.1, 1),
        body,
      );
    },
  },
  {
    id: "body-frozen",
    kind: "property",
    points: 2,
    description:
      "returns the body's weights and biases exactly as given: only the new output layer is trained",
    timeoutMs: 20_000,
    async run({ call, rng, input }) {
      const n0 = between(rng, 3, 6);
      const body = randomBody(rng, n0);
      input("pretrained", body);
      const [X, Y] = [normal(rng, [n0, 12]), labels(rng, 12)];
      const { parameters } = await call(body, X, Y, 0.1, 101);
      const L = Object.keys(body).length / 2;
      for (let l = 1; l < L; l++)
        for (const name of [`W${l}`, `b${l}`])
          expectClose(
            `trainHead(…).parameters.${name} (a frozen body layer)`,
            parameters?.[name],
            body[name]!,
            {
              rtol: 0,
              atol: 0,
            },
          );
      // returning the body untouched and any head would pass the above: the head is trained too
      expectHead("trainHead(…, 101 steps)", { parameters }, trainHead(body, X, Y, 0.1, 101), body);
    },
  },
  {
    id: "matches-reference",
    kind: "training",
    points: 3,
    description:
      "301 steps on random bodies and data give the reference costs and new output layer",
    timeoutMs: 30_000,
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const n0 = between(rng, 3, 6);
        const m = between(rng, 10, 30);
        const body = randomBody(rng, n0);
        const X = normal(rng, [n0, m]);
        const Y = labels(rng, m);
        const seed = between(rng, 0, 1000);
        input("pretrained", body);
        input("X", X);
        input("Y", Y);
        const actual = await call(body, X, Y, 0.1, 301, seed);
        expectHead("trainHead(…, 301 steps)", actual, trainHead(body, X, Y, 0.1, 301, seed), body);
      }
    },
  },
  {
    id: "learns-from-features",
    kind: "training",
    points: 1,
    description:
      "on a body that computes the target's features, 60 examples give a head with at least 75 % accuracy on 400 held-out ones",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      // tuned on 40 worlds with the reference: 86 % to 97 %
      const world = featureWorld(rng, 60, 400);
      const { parameters } = await call(world.body, world.X, world.Y, 0.1, 401);
      // scored on examples whose labels trainHead never saw, through the body the check gave
      // (not the one returned) and the returned head: no number the function reports counts
      const L = Object.keys(world.body).length / 2;
      expectTensors("trainHead(…).parameters", parameters, expectedShapes(world.body));
      const network: NetworkParameters = {
        ...Object.fromEntries(
          Object.entries(world.body).filter(([k]) => k !== `W${L}` && k !== `b${L}`),
        ),
        [`W${L}`]: parameters[`W${L}`]!,
        [`b${L}`]: parameters[`b${L}`]!,
      };
      const accuracy = agreement(
        networkForward(network, world.XTest).greater(0.5).cast("float32"),
        world.YTest,
      );
      if (accuracy < 0.75)
        throw new CheckError(
          `trainHead: ${(accuracy * 100).toFixed(1)} % accuracy on held-out target examples, expected at least 75 %: are the features the ReLU outputs of layers 1 … L − 1?`,
        );
    },
  },
]);
