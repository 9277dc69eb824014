/**
 * The date-translation data of assignment 06, offline: a seeded generator of human-readable
 * dates in a dozen formats (the notebook drew them with Faker and Babel) paired with their
 * machine-readable ISO form `YYYY-MM-DD`, the two vocabularies, and the notebook's
 * `string_to_int` / `preprocess_data`.
 *
 * Humans write dates lowercased and without commas, as the notebook's `load_date` leaves them:
 * `"3 may 1979"`, `"thursday may 3 1979"`, `"03.05.79"`, `"5/3/79"`. Two-digit years 70–99 are
 * 19xx and 00–29 are 20xx; dates run from 1970-01-01 to 2029-12-31.
 */
import * as tf from "@tensorflow/tfjs";

/** Length of a human date, padded with `<pad>` (the notebook's Tx). */
export const TX = 30;
/** Length of a machine date, `YYYY-MM-DD` (the notebook's Ty). */
export const TY = 10;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * The human vocabulary, 37 entries: space, `.`, `/`, the digits, the 22 letters of the month
 * and weekday names (sorted), then `<unk>` and `<pad>`, as the notebook builds it.
 */
export const HUMAN_VOCAB: ReadonlyMap<string, number> = (() => {
  const letters = new Set([...MONTHS, ...DAYS].join(""));
  const chars = [" ", ".", "/", ..."0123456789", ...[...letters].sort()];
  return new Map([...chars, "<unk>", "<pad>"].map((c, i) => [c, i]));
})();

/** The machine vocabulary, 11 entries: `-` then the digits. */
export const MACHINE_VOCAB: ReadonlyMap<string, number> = new Map(
  [..."-0123456789"].map((c, i) => [c, i]),
);

/** The machine vocabulary read backwards (the notebook's `inv_machine_vocab`): index → char. */
export const INV_MACHINE_VOCAB: readonly string[] = [...MACHINE_VOCAB.keys()];

/** A small seeded generator (mulberry32): uniform numbers in [0, 1). */
function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The human formats (Babel's short, medium, long, full and the notebook's own patterns). */
const FORMATS: ((y: number, m: number, d: number, weekday: number) => string)[] = [
  (y, m, d) => `${m}/${d}/${pad2(y % 100)}`, // short: 5/3/79
  (y, m, d) => `${MONTHS[m - 1]!.slice(0, 3)} ${d} ${y}`, // medium: may 3 1979
  (y, m, d) => `${MONTHS[m - 1]} ${d} ${y}`, // long: may 3 1979
  (y, m, d, w) => `${DAYS[w]} ${MONTHS[m - 1]} ${d} ${y}`, // full: thursday may 3 1979
  (y, m, d) => `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`, // d MMM YYY
  (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`, // d MMMM YYY
  (y, m, d) => `${pad2(d)} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`, // dd MMM YYY
  (y, m, d) => `${d} ${pad2(m)} ${pad2(y % 100)}`, // d MM YY
  (y, m, d) => `${pad2(d)}.${pad2(m)}.${pad2(y % 100)}`, // dd.MM.YY
  (y, m, d, w) => `${DAYS[w]!.slice(0, 3)} ${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`, // EEE d MMM y
];

/** Every format, by index into the list above. */
export const ALL_FORMATS: readonly number[] = FORMATS.map((_, i) => i);
/** The numeric formats only (`5/3/79`, `3 05 79`, `03.05.79`): at most 8 characters. */
export const NUMERIC_FORMATS: readonly number[] = [0, 7, 8];

/** One date pair: the human form and the ISO form. */
export interface DatePair {
  human: string;
  machine: string;
}

/**
 * `m` random date pairs drawn from `seed` (the notebook's `load_dataset(m)`): a uniform day in
 * 1970–2029 written in a format drawn uniformly from `formats` (indices into the list above).
 */
export function loadDataset(m: number, seed = 0, formats = ALL_FORMATS): DatePair[] {
  const rand = uniform(seed);
  const start = Date.UTC(1970, 0, 1);
  const days = (Date.UTC(2030, 0, 1) - start) / 86_400_000;
  return Array.from({ length: m }, () => {
    const date = new Date(start + Math.floor(rand() * days) * 86_400_000);
    const [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const format = FORMATS[formats[Math.floor(rand() * formats.length)]!]!;
    return {
      human: format(y, mo, d, date.getUTCDay()),
      machine: `${y}-${pad2(mo)}-${pad2(d)}`,
    };
  });
}

/**
 * The notebook's `string_to_int`: lowercases, drops commas, cuts to `length`, maps each char to
 * its index (`<unk>` when unknown) and pads with `<pad>` to `length`.
 */
export function stringToInt(
  text: string,
  length: number,
  vocab: ReadonlyMap<string, number>,
): number[] {
  const chars = [...text.toLowerCase().replaceAll(",", "")].slice(0, length);
  const ids = chars.map((c) => vocab.get(c) ?? vocab.get("<unk>")!);
  while (ids.length < length) ids.push(vocab.get("<pad>")!);
  return ids;
}

/** Indices → chars (the notebook's `int_to_string`). */
export function intToString(ids: number[], inv: readonly string[]): string {
  return ids.map((i) => inv[i] ?? "?").join("");
}

/** The notebook's `preprocess_data`: index and one-hot arrays of a dataset. */
export interface DateData {
  /** human dates as indices, [m, Tx] int32 */
  X: tf.Tensor2D;
  /** machine dates as indices, [m, Ty] int32 */
  Y: tf.Tensor2D;
  /** one-hot human dates, [m, Tx, 37] */
  Xoh: tf.Tensor3D;
  /** one-hot machine dates, [m, Ty, 11] */
  Yoh: tf.Tensor3D;
}

/** One-hot of indices (int32 oneHot, then a cast: a float32 oneHot is wrong on wasm). */
function oneHot(ids: tf.Tensor2D, depth: number): tf.Tensor3D {
  return tf.tidy(() => tf.oneHot(ids, depth).cast("float32") as tf.Tensor3D);
}

/** Indexes and one-hot encodes `pairs` (the notebook's `preprocess_data(dataset, …, Tx, Ty)`). */
export function preprocessData(pairs: DatePair[], Tx = TX, Ty = TY): DateData {
  const X = tf.tensor2d(
    pairs.map((p) => stringToInt(p.human, Tx, HUMAN_VOCAB)),
    [pairs.length, Tx],
    "int32",
  );
  const Y = tf.tensor2d(
    pairs.map((p) => stringToInt(p.machine, Ty, MACHINE_VOCAB)),
    [pairs.length, Ty],
    "int32",
  );
  return { X, Y, Xoh: oneHot(X, HUMAN_VOCAB.size), Yoh: oneHot(Y, MACHINE_VOCAB.size) };
}

/** One-hot human dates [m, Tx, 37] of plain strings (to translate new dates). */
export function encodeHuman(dates: string[], Tx = TX): tf.Tensor3D {
  const X = tf.tensor2d(
    dates.map((d) => stringToInt(d, Tx, HUMAN_VOCAB)),
    [dates.length, Tx],
    "int32",
  );
  const oh = oneHot(X, HUMAN_VOCAB.size);
  X.dispose();
  return oh;
}
