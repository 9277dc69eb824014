/**
 * The stand-in for the notebook's `train_emoji.csv` / `tests.csv` and `emo_utils`: short
 * sentences labelled with one of five emoji, generated from templates over the words of the
 * course's embedding (`src/word-vectors.ts`), reproducibly from a seed. 132 training and 56
 * test sentences, at most MAX_LEN words each, as the notebook's.
 */
import { RandomState } from "@dlc/student-kit/check";
import { FUNCTION_WORDS, TOPIC_WORDS, type WordToVecMap } from "./word-vectors.ts";

/** The five classes: 0 ❤️ love, 1 ⚾ sports, 2 😄 happy, 3 😞 sad, 4 🍴 food. */
export const EMOJIS = ["❤️", "⚾", "😄", "😞", "🍴"] as const;

/** Number of classes, the notebook's C. */
export const N_CLASSES = 5;

/** The longest sentence has this many words (the notebook's maxLen is 10). */
export const MAX_LEN = 10;

/** The emoji of a label (the notebook's `label_to_emoji`). */
export function labelToEmoji(label: number): string {
  return EMOJIS[label] ?? "?";
}

/** Sentences and their labels, the notebook's X (m,) and Y (m,). */
export interface EmojiSet {
  /** m sentences, lower-case words separated by single spaces */
  X: string[];
  /** m labels in 0…4 */
  Y: number[];
}

const PEOPLE =
  "my friend|my mother|my father|my sister|my brother|my wife|my husband|my family|she|he|you|we|they|john|marie|sophie|rahul|katy|paul|anna".split(
    "|",
  );
const TIMES = "today|tonight|tomorrow|now|this week|again|yesterday".split("|");

/**
 * Templates per class: {t} is a word of the class's topic, {p} a person, {w} a time; other words
 * are literal. Written so that the topic word decides the class, as in the notebook's data.
 */
const TEMPLATES: readonly (readonly string[])[] = [
  [
    "i {t} you",
    "{p} {t} me so much",
    "i really {t} {p}",
    "you are my {t}",
    "{p} is so {t}",
    "i {t} you {w}",
    "you are the {t} of my life",
    "{p} and i are in {t}",
  ],
  [
    "lets play {t} {w}",
    "{p} wants to play {t}",
    "the {t} is {w}",
    "we {t} the game {w}",
    "{p} is a great {t}",
    "i want to go to the {t}",
    "did you see the {t}",
    "{p} will {t} with the team",
  ],
  [
    "i am so {t}",
    "{p} is {t} {w}",
    "that was so {t}",
    "you make me {t}",
    "what a {t} day",
    "{p} made me {t}",
    "i feel {t} {w}",
    "this is {t}",
  ],
  [
    "i am so {t}",
    "{p} is {t} {w}",
    "i feel {t} {w}",
    "this is {t}",
    "{p} made me {t}",
    "i was {t} all week",
    "that is {t} news",
    "why am i so {t}",
  ],
  [
    "lets {t} {w}",
    "i want {t} for dinner",
    "{p} wants {t}",
    "when is {t}",
    "the {t} was {t}",
    "we had {t} {w}",
    "i am {t}",
    "lets go to the {t}",
  ],
];

/**
 * Generates the training and test sets, every sentence's words in the embedding's vocabulary.
 * @param seed the generator's seed (the course uses 1)
 * @param sizes sentences in the train and test sets (the notebook's 132 and 56)
 * @returns { train, test }, each an EmojiSet, classes shuffled
 */
export function emojiSets(
  seed = 1,
  sizes: { train: number; test: number } = { train: 132, test: 56 },
): { train: EmojiSet; test: EmojiSet } {
  const rng = new RandomState(seed);
  const pick = <T>(list: readonly T[]): T => list[rng.randint(0, list.length)]!;
  const sentence = (label: number): string =>
    pick(TEMPLATES[label]!)
      .replace(/\{t\}/g, () => pick(TOPIC_WORDS[label]!))
      .replace(/\{p\}/g, () => pick(PEOPLE))
      .replace(/\{w\}/g, () => pick(TIMES));
  const set = (m: number): EmojiSet => {
    const Y = Array.from({ length: m }, (_, i) => i % N_CLASSES);
    const order = rng.permutation(m);
    const shuffled = order.map((i) => Y[i]!);
    return { X: shuffled.map(sentence), Y: shuffled };
  };
  return { train: set(sizes.train), test: set(sizes.test) };
}

/**
 * The notebook's `word_to_index`: every word of the map, sorted alphabetically, numbered from
 * 1 (index 0 is the padding of `sentencesToIndices`).
 * @returns word → index in 1…N
 */
export function wordToIndex(wordToVecMap: WordToVecMap): Record<string, number> {
  const out: Record<string, number> = {};
  Object.keys(wordToVecMap)
    .sort()
    .forEach((word, i) => {
      out[word] = i + 1;
    });
  return out;
}

/** Words every sentence may use beyond the topics (checked by the course's tests). */
export const SENTENCE_WORDS: readonly string[] = [
  ...FUNCTION_WORDS,
  ...PEOPLE.flatMap((p) => p.split(" ")),
  ...TIMES.flatMap((t) => t.split(" ")),
];

/**
 * The notebook's `softmax` of `emo_utils`, for one vector of logits.
 * @param z logits, n numbers
 * @returns probabilities, n numbers summing to 1 (stable: the maximum is subtracted first)
 */
export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/**
 * The class the softmax model W·avg + b gives each averaged sentence (the notebook's
 * `predict`, taking the averages rather than the sentences).
 * @param averages m sentence averages, n_h numbers each
 * @param W [n_y][n_h] weights
 * @param b n_y biases
 * @returns m labels in 0…n_y − 1
 */
export function predict(averages: number[][], W: number[][], b: number[]): number[] {
  return averages.map((avg) => {
    const z = W.map((row, k) => row.reduce((s, w, j) => s + w * avg[j]!, b[k]!));
    return z.indexOf(Math.max(...z));
  });
}
