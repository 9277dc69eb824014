/**
 * The stand-in for GloVe (6B, 50 dimensions): a designed embedding of about 600 English
 * words, generated from a seed (nothing downloaded, nothing shipped). Every vector is a sum
 * of semantic factors plus seeded noise, scaled to a length near 1 (0.75 to 1.35):
 *
 * - gender: man/woman, king/queen, father/mother… differ by the same direction; first names
 *   and some occupations lean one way (receptionist, nurse towards "woman", engineer, warrior
 *   towards "man"), as GloVe learnt from its corpus;
 * - royalty, family, person; country ↔ capital ↔ nationality (italy, rome, italian);
 *   comparatives and superlatives (small, smaller, smallest); plurals (cat, cats);
 * - five topics, one per Emojify class: love ❤️, sports ⚾, happiness 😄, sadness 😞, food 🍴;
 *   and the small words sentences are made of (i, you, the, is…), which carry no topic.
 *
 * So `man : woman :: king : queen`, `small : smaller :: large : larger`,
 * `italy : italian :: spain : spanish` and `india : delhi :: japan : tokyo` hold, and
 * g = woman − man is a bias direction.
 */
import { RandomState } from "@dlc/student-kit/check";

/** A word's vector, the notebook's `word_to_vec_map[word]`: 50 numbers. */
export type WordVector = number[];

/** The notebook's `word_to_vec_map`: a plain object from word to its vector (a dict in Python). */
export type WordToVecMap = Record<string, WordVector>;

/** Dimensions of every vector, as GloVe 6B 50d. */
export const EMBEDDING_DIM = 50;

const GENDERED: [string, string, string][] = [
  // [male, female, topic]
  ["man", "woman", "person"],
  ["boy", "girl", "person"],
  ["king", "queen", "royalty"],
  ["prince", "princess", "royalty"],
  ["emperor", "empress", "royalty"],
  ["duke", "duchess", "royalty"],
  ["father", "mother", "family"],
  ["son", "daughter", "family"],
  ["brother", "sister", "family"],
  ["husband", "wife", "family"],
  ["uncle", "aunt", "family"],
  ["nephew", "niece", "family"],
  ["grandfather", "grandmother", "family"],
  ["dad", "mom", "family"],
  ["he", "she", "function"],
  ["him", "her", "function"],
  ["his", "hers", "function"],
  ["actor", "actress", "work"],
  ["waiter", "waitress", "work"],
  ["gentleman", "lady", "person"],
  ["male", "female", "person"],
  ["boyfriend", "girlfriend", "love"],
  ["groom", "bride", "love"],
  ["mr", "mrs", "person"],
];

const COUNTRIES: [string, string, string][] = [
  // [country, capital, nationality]
  ["italy", "rome", "italian"],
  ["spain", "madrid", "spanish"],
  ["france", "paris", "french"],
  ["germany", "berlin", "german"],
  ["india", "delhi", "indian"],
  ["japan", "tokyo", "japanese"],
  ["china", "beijing", "chinese"],
  ["russia", "moscow", "russian"],
  ["egypt", "cairo", "egyptian"],
  ["greece", "athens", "greek"],
  ["portugal", "lisbon", "portuguese"],
  ["england", "london", "english"],
  ["canada", "ottawa", "canadian"],
  ["iran", "tehran", "iranian"],
  ["kenya", "nairobi", "kenyan"],
  ["peru", "lima", "peruvian"],
  ["turkey", "ankara", "turkish"],
  ["poland", "warsaw", "polish"],
  ["sweden", "stockholm", "swedish"],
  ["norway", "oslo", "norwegian"],
  ["mexico", "mexicocity", "mexican"],
  ["brazil", "brasilia", "brazilian"],
  ["argentina", "buenosaires", "argentinian"],
  ["austria", "vienna", "austrian"],
];

const COMPARATIVES: [string, string, string][] = [
  ["small", "smaller", "smallest"],
  ["large", "larger", "largest"],
  ["big", "bigger", "biggest"],
  ["tall", "taller", "tallest"],
  ["short", "shorter", "shortest"],
  ["fast", "faster", "fastest"],
  ["slow", "slower", "slowest"],
  ["strong", "stronger", "strongest"],
  ["weak", "weaker", "weakest"],
  ["old", "older", "oldest"],
  ["young", "younger", "youngest"],
  ["good", "better", "best"],
  ["bad", "worse", "worst"],
  ["cold", "colder", "coldest"],
  ["warm", "warmer", "warmest"],
  ["long", "longer", "longest"],
  ["cheap", "cheaper", "cheapest"],
  ["high", "higher", "highest"],
];

const PLURALS: [string, string][] = [
  ["cat", "cats"],
  ["dog", "dogs"],
  ["car", "cars"],
  ["book", "books"],
  ["tree", "trees"],
  ["house", "houses"],
  ["city", "cities"],
  ["friend", "friends"],
  ["game", "games"],
  ["ball", "balls"],
  ["apple", "apples"],
  ["cookie", "cookies"],
  ["flower", "flowers"],
  ["day", "days"],
  ["child", "children"],
  ["team", "teams"],
  ["song", "songs"],
  ["bird", "birds"],
];

/** Words of each Emojify topic (class 0 ❤️, 1 ⚾, 2 😄, 3 😞, 4 🍴), strongest first. */
export const TOPIC_WORDS: readonly (readonly string[])[] = [
  "love adore heart hug cherish darling sweetheart romance kiss valentine dear beloved affection loving lovely caring miss sweet".split(
    " ",
  ),
  "baseball sports play played playing soccer tennis football golf match coach stadium score pitch bat homerun win won league player".split(
    " ",
  ),
  "happy smile laugh joy glad fun funny great awesome wonderful delighted excited cheerful amazing yay proud congratulations hilarious".split(
    " ",
  ),
  "sad disappointed cry upset lonely unhappy sorry miserable depressed tears hurt awful terrible horrible lost broke worried gloomy".split(
    " ",
  ),
  "food eat eating dinner lunch breakfast pizza pasta burger hungry meal restaurant cook delicious sushi salad bread cheese sandwich".split(
    " ",
  ),
];

/** Words with no topic, the glue of sentences. */
export const FUNCTION_WORDS: readonly string[] = (
  "i you we they it me us them my your our their the a an is am are was were be been being " +
  "to of and or but so very really too this that these those for with at in on by from " +
  "about not no yes do does did have has had will would can could should want wants like " +
  "likes go going went get got make made let lets what when where who why how all some any " +
  "much more most just still again always never today tonight tomorrow yesterday now here there " +
  "feel feeling felt think know see saw look time year week way thing things everyone someone " +
  "something nothing out up down over after before because then than"
).split(" ");

/** Occupations and objects whose vectors lean on the gender direction, with the lean. */
const LEANING: [string, number][] = [
  ["receptionist", 0.42],
  ["nurse", 0.45],
  ["homemaker", 0.5],
  ["secretary", 0.32],
  ["teacher", 0.22],
  ["singer", 0.24],
  ["dancer", 0.3],
  ["librarian", 0.26],
  ["doctor", 0.14],
  ["lipstick", 0.38],
  ["fashion", 0.06],
  ["arts", 0.02],
  ["literature", 0.08],
  ["pilot", 0.01],
  ["science", -0.08],
  ["engineer", -0.14],
  ["computer", -0.16],
  ["technology", -0.17],
  ["programmer", -0.2],
  ["architect", -0.12],
  ["scientist", -0.1],
  ["captain", -0.26],
  ["boss", -0.18],
  ["guns", -0.24],
  ["warrior", -0.3],
  ["soldier", -0.28],
];

/** First names and their lean on the gender direction. */
const NAMES: [string, number][] = [
  ["john", -0.28],
  ["mark", -0.22],
  ["paul", -0.25],
  ["david", -0.27],
  ["rahul", -0.2],
  ["reza", -0.1],
  ["ronaldo", -0.35],
  ["james", -0.26],
  ["marie", 0.36],
  ["sophie", 0.38],
  ["priya", 0.22],
  ["danielle", 0.3],
  ["katy", 0.33],
  ["yasmin", 0.28],
  ["anna", 0.35],
  ["emma", 0.37],
];

/** Other common words: objects, animals, colours, places, numbers (no designed factor). */
const OTHER_WORDS: readonly string[] = (
  "water fire earth sky sun moon star rain snow wind river sea mountain forest island road " +
  "street school work office job money phone computer music movie film picture color red blue " +
  "green yellow black white one two three four five six seven eight nine ten hundred thousand " +
  "house door window table chair bed room kitchen garden park beach shop market bank hospital " +
  "church train bus plane ship bike horse cow pig sheep fish chicken mouse lion tiger bear " +
  "wolf monkey elephant snake paper pen letter word language story news idea question answer " +
  "problem reason number part place world country state government people person family " +
  "history art science law war peace power energy nature health body head hand eye face " +
  "heart voice mind life death morning evening night week month summer winter spring autumn crocodile"
).split(" ");

/** Scales of the factors (in units of a factor direction of length 1), before normalising. */
const SCALE = {
  /** each word's own noise: its length, spread over the 50 dimensions */
  noise: 0.35,
  /** a concept shared by the words of a pair or triple (king and queen share "king-ness") */
  concept: 0.75,
  topic: 0.7,
  /** the gender direction: male words at −0.22, female at +0.48 (GloVe's "man" is less marked) */
  male: -0.22,
  female: 0.48,
  /** comparative (−er) and superlative (−est) */
  degree: 0.6,
  plural: 0.55,
  /** country, capital and nationality factors */
  place: 0.6,
  /** the spread of the vectors' lengths around 1 (log-normal, as GloVe's vary with frequency) */
  length: 0.15,
};

/**
 * Generates the word → vector map, reproducibly from `seed`.
 * @param seed the generator's seed (the course always uses 1)
 * @returns about 600 words, each a vector of EMBEDDING_DIM numbers of length near 1
 */
export function wordVectors(seed = 1): WordToVecMap {
  const rng = new RandomState(seed);
  // Factor directions are orthonormal (Gram–Schmidt), so no factor leaks into another.
  const directions: number[][] = [];
  const direction = (): number[] => {
    let d = Array.from(rng.randn(EMBEDDING_DIM));
    for (const other of directions) d = add(d, scale(other, -dot(d, other)));
    directions.push(unit(d));
    return directions.at(-1)!;
  };
  const noise = (scale: number): number[] =>
    Array.from(rng.randn(EMBEDDING_DIM), (v) => (v * scale) / Math.sqrt(EMBEDDING_DIM));
  const factor = {
    gender: direction(),
    person: direction(),
    royalty: direction(),
    family: direction(),
    work: direction(),
    function: direction(),
    comparative: direction(),
    superlative: direction(),
    plural: direction(),
    country: direction(),
    capital: direction(),
    nationality: direction(),
    name: direction(),
    topics: TOPIC_WORDS.map(() => direction()),
  };
  const topicOf: Record<string, number[]> = {
    person: factor.person,
    royalty: add(factor.royalty, factor.person),
    family: add(factor.family, factor.person),
    work: add(factor.work, factor.person),
    function: factor.function,
    love: add(factor.topics[0]!, factor.person),
  };
  const raw: WordToVecMap = {};
  const put = (word: string, ...parts: number[][]) => {
    raw[word] ??= add(noise(SCALE.noise), ...parts);
  };
  for (const [male, female, topic] of GENDERED) {
    const concept = noise(SCALE.concept);
    const base = add(concept, scale(topicOf[topic]!, SCALE.topic));
    put(male, base, scale(factor.gender, SCALE.male));
    put(female, base, scale(factor.gender, SCALE.female));
  }
  for (const [country, capital, nationality] of COUNTRIES) {
    const concept = noise(SCALE.concept);
    put(country, concept, scale(factor.country, SCALE.place));
    put(capital, concept, scale(factor.capital, SCALE.place));
    put(nationality, concept, scale(factor.nationality, SCALE.place));
  }
  for (const [plain, comparative, superlative] of COMPARATIVES) {
    const concept = noise(SCALE.concept);
    put(plain, concept);
    put(comparative, concept, scale(factor.comparative, SCALE.degree));
    put(superlative, concept, scale(factor.superlative, SCALE.degree));
  }
  for (const [one, many] of PLURALS) {
    const concept = noise(SCALE.concept);
    put(one, concept);
    put(many, concept, scale(factor.plural, SCALE.plural));
  }
  TOPIC_WORDS.forEach((words, k) => {
    words.forEach((word, i) => {
      put(word, scale(factor.topics[k]!, SCALE.topic * (1.3 - (0.5 * i) / words.length)));
    });
  });
  for (const word of FUNCTION_WORDS) put(word, scale(factor.function, 0.3));
  for (const [word, lean] of LEANING)
    put(word, scale(factor.work, 0.5), scale(factor.gender, lean));
  for (const [word, lean] of NAMES) put(word, scale(factor.name, 0.6), scale(factor.gender, lean));
  for (const word of OTHER_WORDS) put(word);
  const out: WordToVecMap = {};
  for (const [word, vector] of Object.entries(raw)) {
    const length = Math.exp(SCALE.length * rng.randn(1)[0]!);
    out[word] = scale(unit(vector), length);
  }
  return out;
}

function add(...vectors: number[][]): number[] {
  return vectors[0]!.map((_, i) => vectors.reduce((s, v) => s + v[i]!, 0));
}

function dot(u: number[], v: number[]): number {
  return u.reduce((s, x, i) => s + x * v[i]!, 0);
}

function scale(v: number[], s: number): number[] {
  return v.map((x) => x * s);
}

function unit(v: number[]): number[] {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}
