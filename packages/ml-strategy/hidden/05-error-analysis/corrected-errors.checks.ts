import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, expectPlain } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { correctedErrors } from "../../solutions/05-error-analysis/corrected-errors.ts";
import type { ReviewedSet } from "../../src/error-analysis.ts";
import { lectureSet, reviewedSet } from "./data.ts";

export default defineChecks("correctedErrors", [
  {
    id: "returns-effects",
    kind: "contract",
    points: 1,
    description: "returns { dev, test }, each { errorBefore, errorAfter, labelErrors, labelShare }",
    async run({ call }) {
      const set = lectureSet(10, 2, 1);
      expectPlain("correctedErrors(dev, test)", await call(set, set), {
        dev: { errorBefore: 0.2, errorAfter: 0.1, labelErrors: 0.1, labelShare: 0.5 },
        test: { errorBefore: 0.2, errorAfter: 0.1, labelErrors: 0.1, labelShare: 0.5 },
      });
      // a second, different call: an answer remembered from the first one does not fit it
      const [dev, test] = [lectureSet(20, 5, 2), lectureSet(20, 4, 1)];
      expectPlain(
        'correctedErrors(dev, test, "mistakes")',
        await call(dev, test, "mistakes"),
        correctedErrors(dev, test, "mistakes"),
      );
    },
  },
  {
    id: "lecture-numbers",
    kind: "reference",
    points: 2,
    description:
      "the lecture's cases: 10 % error with 0.6 % from labels → 9.4 % and a 6 % share; 2 % error → 1.4 % and 30 %",
    async run({ call }) {
      for (const [errors, n] of [
        [100, 1000],
        [20, 1000],
      ] as const) {
        const set = lectureSet(n, errors, 6);
        expectPlain(
          `correctedErrors(${errors / 10} % error, 0.6 % mislabelled, "mistakes")`,
          await call(set, set, "mistakes"),
          correctedErrors(set, set, "mistakes"),
        );
      }
    },
  },
  {
    id: "dev-and-test-alike",
    kind: "reference",
    points: 3,
    description:
      "random dev and test sets of different sizes and 2 to 4 classes: the same review corrects both, for either scope",
    async run({ call, rng, input }) {
      for (const scope of ["mistakes", "all"] as const) {
        const classes = between(rng, 2, 4);
        const dev = reviewedSet(rng, between(rng, 20, 80), classes);
        const test = reviewedSet(rng, between(rng, 20, 80), classes, 0.3, 0.2);
        input("dev", dev);
        input("test", test);
        expectPlain(
          `correctedErrors(dev of ${dev.labels.length}, test of ${test.labels.length}, "${scope}")`,
          await call(dev, test, scope),
          correctedErrors(dev, test, scope),
        );
      }
    },
  },
  {
    id: "reviews-all-by-default",
    kind: "reference",
    points: 1,
    description:
      "without a scope the review covers all examples: the error after it also counts those right only against a wrong label",
    async run({ call, rng, input }) {
      const dev = reviewedSet(rng, between(rng, 30, 60), 2, 0.2, 0.3);
      const test = lectureSet(200, 20, 5, 7);
      input("dev", dev);
      expectPlain("correctedErrors(dev, test)", await call(dev, test), correctedErrors(dev, test));
    },
  },
  {
    id: "error-accounting",
    kind: "property",
    points: 1,
    description:
      "reviewing only the mistakes, errorAfter = errorBefore − labelErrors and labelShare = labelErrors / errorBefore ≤ 1, on both sets",
    async run({ call, property }) {
      const set = fc
        .array(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2)), { minLength: 1, maxLength: 40 })
        .map(
          (rows): ReviewedSet => ({
            predictions: rows.map((r) => r[0]),
            labels: rows.map((r) => r[1]),
            reviewedLabels: rows.map((r) => r[2]),
          }),
        );
      await property(fc.tuple(set, set), async ([dev, test]) => {
        const result = await call(dev, test, "mistakes");
        for (const name of ["dev", "test"] as const) {
          const r = result?.[name];
          const s = name === "dev" ? dev : test;
          const wrong = s.predictions.filter((p, i) => p !== s.labels[i]).length;
          const what = `correctedErrors(…, "mistakes").${name}`;
          if (
            typeof r?.errorBefore !== "number" ||
            Math.abs(r.errorBefore - wrong / s.labels.length) > 1e-9
          )
            throw new CheckError(
              `${what}.errorBefore is ${r?.errorBefore}, expected ${wrong / s.labels.length}`,
            );
          if (Math.abs(r.errorAfter - (r.errorBefore - r.labelErrors)) > 1e-9)
            throw new CheckError(
              `${what}: errorAfter ${r.errorAfter} ≠ errorBefore ${r.errorBefore} − labelErrors ${r.labelErrors}: when only mistakes are reviewed, the only errors that go away are the label's fault`,
            );
          const share = wrong === 0 ? 0 : r.labelErrors / r.errorBefore;
          if (Math.abs(r.labelShare - share) > 1e-9 || r.labelShare > 1)
            throw new CheckError(
              `${what}.labelShare is ${r.labelShare}, expected labelErrors / errorBefore = ${share}`,
            );
        }
        expectPlain(
          'correctedErrors(dev, test, "mistakes")',
          result,
          correctedErrors(dev, test, "mistakes"),
        );
      });
    },
  },
  {
    id: "no-error-to-share",
    kind: "reference",
    points: 1,
    description:
      "a model right on every example: labelShare is 0, not 0/0, yet the review of all examples can still add errors",
    async run({ call }) {
      const perfect: ReviewedSet = {
        predictions: [1, 0, 1, 1, 0],
        labels: [1, 0, 1, 1, 0],
        reviewedLabels: [1, 0, 0, 1, 0],
      };
      for (const scope of ["all", "mistakes"] as const)
        expectPlain(
          `correctedErrors(perfect, perfect, "${scope}")`,
          await call(perfect, perfect, scope),
          correctedErrors(perfect, perfect, scope),
        );
    },
  },
]);
