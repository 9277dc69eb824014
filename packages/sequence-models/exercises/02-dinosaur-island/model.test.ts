import { describe, expect, it } from "vitest";
import { type CharRnnParameters, rnnForward } from "../../src/char-rnn.ts";
import { charToIndex, dinosaurNames, indexToChar } from "../../src/dinosaur-names.ts";
import { zeros } from "../../src/matrix.ts";
import { model } from "./model.ts";

const charToIx = charToIndex();

/** Mean cross-entropy per character of names the model never saw. */
function heldOutLoss(parameters: CharRnnParameters, names: string[]): number {
  let loss = 0;
  let chars = 0;
  for (const name of names) {
    const X = [null, ...[...name].map((ch) => charToIx[ch]!)];
    const Y = [...(X.slice(1) as number[]), charToIx["\n"]!];
    loss += rnnForward(X, Y, zeros(parameters.b.length, 1), parameters).loss;
    chars += Y.length;
  }
  return loss / chars;
}

describe("model", () => {
  it("after 500 steps on 300 names (n_a = 16) samples numpy's 'Xwtdmfqoeyhsqwasjkjvu' at step 0 and has learned", () => {
    const { parameters, lastDinoName } = model(
      dinosaurNames().slice(0, 300),
      indexToChar(),
      charToIx,
      500,
      16,
    );
    expect(lastDinoName).toBe("Xwtdmfqoeyhsqwasjkjvu\n");
    expect(parameters.Wax).toHaveLength(16);
    expect(parameters.Wax[0]).toHaveLength(27);
    expect(parameters.Wya).toHaveLength(27);
    expect(parameters.Wya[3]![7]).toBeCloseTo(-0.11984909176572513, 9);
    // a uniform guess costs ln 27 = 3.30 per character; numpy's model reaches 2.73 here
    expect(heldOutLoss(parameters, dinosaurNames(2, 100))).toBeLessThan(2.9);
  });
});
