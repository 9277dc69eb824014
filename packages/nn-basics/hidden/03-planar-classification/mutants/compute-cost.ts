import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "no-one-over-m", bug: "the sum without 1/m", edits: [[".div(-m)", ".neg()"]] },
  { id: "cost-sign", bug: "the cost without the minus sign", edits: [[".div(-m)", ".div(m)"]] },
]);
