/**
 * Dinosaur Island's names: the notebook reads 1536 real dinosaur names from `dinos.txt`, which
 * no package ships. This generator builds names the same way palaeontologists do, from Greek and
 * Latin pieces (a prefix such as "tyranno" or "stego", sometimes a middle root such as "lopho",
 * then an ending such as "saurus", "don" or "raptor"), seeded, so the model has the same kind of
 * structure to learn. Lower case, letters a–z only; the vocabulary is '\n' and a–z, 27 characters.
 */
import { RandomState } from "@dlc/student-kit/check";

const PREFIXES = [
  "acro",
  "aegypto",
  "afro",
  "alberto",
  "allo",
  "alvarez",
  "amargo",
  "ampelo",
  "anchi",
  "ankylo",
  "apato",
  "archaeo",
  "argentino",
  "austro",
  "bactro",
  "bagara",
  "bambi",
  "baro",
  "brachio",
  "brachy",
  "camara",
  "campto",
  "carchar",
  "carno",
  "cerato",
  "chasmo",
  "cheta",
  "coelo",
  "compso",
  "coryth",
  "crypto",
  "dacento",
  "dasple",
  "deino",
  "di",
  "dicraeo",
  "diplo",
  "drac",
  "dromaeo",
  "dryo",
  "edmonto",
  "elaphro",
  "eo",
  "euoplo",
  "gallimi",
  "gargo",
  "gasto",
  "giganto",
  "gorgo",
  "gryposa",
  "hadro",
  "herrera",
  "hetero",
  "hypacro",
  "hypsilo",
  "iguano",
  "kentro",
  "lambeo",
  "lepto",
  "lesotho",
  "lurdu",
  "maia",
  "mamenchi",
  "masso",
  "mega",
  "micro",
  "mono",
  "nano",
  "nigero",
  "nodo",
  "ornitho",
  "orycto",
  "ourano",
  "pachy",
  "panoplo",
  "para",
  "parasauro",
  "pelecani",
  "pento",
  "plateo",
  "poly",
  "proto",
  "psittaco",
  "ptero",
  "quaesito",
  "rajasauro",
  "rhoeto",
  "rugops",
  "salto",
  "sauro",
  "scelido",
  "segno",
  "seismo",
  "shuno",
  "sino",
  "spino",
  "stego",
  "struthio",
  "styraco",
  "suchomi",
  "tarbo",
  "teno",
  "thecodonto",
  "thero",
  "titano",
  "torvo",
  "tricera",
  "troo",
  "tyranno",
  "utah",
  "veloci",
  "vulcano",
  "xeno",
  "yango",
  "zephyro",
  "zuni",
];

const ROOTS = [
  "cephalo",
  "cera",
  "chiro",
  "don",
  "gnatho",
  "lopho",
  "mimo",
  "nycho",
  "pelto",
  "podo",
  "ptero",
  "raptoro",
  "rhino",
  "rhyncho",
  "sauro",
  "tito",
  "tops",
  "venato",
];

/** Endings with their weights: "saurus" ends about one name in six (it is drawn most, and repeats most). */
const SUFFIXES: [string, number][] = [
  ["saurus", 30],
  ["don", 6],
  ["raptor", 5],
  ["ops", 4],
  ["ceratops", 4],
  ["mimus", 3],
  ["venator", 3],
  ["titan", 3],
  ["suchus", 3],
  ["nykus", 2],
  ["pteryx", 2],
  ["gnathus", 2],
  ["lophus", 2],
  ["rhynchus", 2],
  ["dromeus", 2],
  ["lestes", 2],
  ["odon", 2],
  ["pelta", 2],
  ["nychus", 2],
  ["cephale", 2],
  ["ia", 2],
  ["tholus", 1],
  ["rhachis", 1],
  ["coelus", 1],
  ["dactylus", 1],
  ["tyrannus", 1],
  ["ornis", 1],
  ["stomus", 1],
  ["spondylus", 1],
  ["ichnus", 1],
];

const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

/** Joins two pieces, dropping the first's last vowel where two vowels would meet ("tyranno"+"odon"). */
function join(left: string, right: string): string {
  if (VOWELS.has(left.at(-1)!) && VOWELS.has(right[0]!)) return left.slice(0, -1) + right;
  return left + right;
}

/**
 * `count` distinct dinosaur names, lower case, in the order drawn.
 * @param seed every name follows from it
 * @param count how many names (the notebook's `dinos.txt` has 1536)
 */
export function dinosaurNames(seed = 1, count = 1536): string[] {
  const rng = new RandomState(seed);
  const totalWeight = SUFFIXES.reduce((sum, [, w]) => sum + w, 0);
  const suffixP = SUFFIXES.map(([, w]) => w / totalWeight);
  const names = new Set<string>();
  let attempts = 0;
  while (names.size < count) {
    if (++attempts > count * 50)
      throw new RangeError(`dinosaurNames: cannot draw ${count} distinct names`);
    let name = PREFIXES[rng.randint(0, PREFIXES.length)]!;
    if (rng.nextDouble() < 0.25) name = join(name, ROOTS[rng.randint(0, ROOTS.length)]!);
    name = join(name, SUFFIXES[rng.choice(SUFFIXES.length, suffixP)]![0]);
    if (name.length <= 24) names.add(name);
  }
  return [...names];
}

/** The notebook's vocabulary: '\n' (index 0, "end of name") then a–z (indices 1–26). */
export const DINO_CHARS: readonly string[] = ["\n", ..."abcdefghijklmnopqrstuvwxyz"];

/** Character → index, the notebook's `char_to_ix`. */
export function charToIndex(): Record<string, number> {
  return Object.fromEntries(DINO_CHARS.map((ch, i) => [ch, i]));
}

/** Index → character, the notebook's `ix_to_char`. */
export function indexToChar(): Record<number, string> {
  return Object.fromEntries(DINO_CHARS.map((ch, i) => [i, ch]));
}
