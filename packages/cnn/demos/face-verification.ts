/**
 * Assignment 07: the office door. A database of one picture of each of the notebook's 12
 * people (the shipped encoder's encodings); then another picture of each at the door, and three
 * strangers. Runs your whoIsIt and verify (or, with --solutions, the references), prints who the
 * door sees, at what distance, and whether it opens, and writes out/face-verification.png: the
 * database's pictures above the pictures at the door (strangers last).
 *
 *   pnpm demo:face-verification [-- --solutions]
 */
import { useWasmBackend } from "@dlc/student-kit/check";
import { writeImagesPng } from "@dlc/student-kit/image";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { imgToEncoding } from "../src/face-encoder.ts";
import { loadFaceEncoder } from "../src/face-weights.ts";
import { facePictures, IDENTITIES } from "../src/faces.ts";

type Database = Record<string, tf.Tensor1D>;
type Verify = (
  i: tf.Tensor3D,
  id: string,
  db: Database,
  m: tf.LayersModel,
) => { dist: number; doorOpen: boolean };
type WhoIsIt = (
  i: tf.Tensor3D,
  db: Database,
  m: tf.LayersModel,
) => { minDist: number; identity: string; inDatabase: boolean };

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { verify } = await importTarget<{ verify: Verify }>(root, "07-face-recognition/verify.ts");
const { whoIsIt } = await importTarget<{ whoIsIt: WhoIsIt }>(
  root,
  "07-face-recognition/who-is-it.ts",
);

const model = loadFaceEncoder();
const people = IDENTITIES.map((_, i) => i);
const pictures = facePictures(people, 2, 2024).images.unstack() as tf.Tensor3D[];
const strangers = facePictures([7001, 7002, 7003], 1, 2025).images.unstack() as tf.Tensor3D[];
const database: Database = Object.fromEntries(
  IDENTITIES.map((name, i) => [name, imgToEncoding(pictures[2 * i]!, model)]),
);
console.log(`the door (${scriptTarget()}): the database holds ${IDENTITIES.length} people`);

let right = 0;
const atTheDoor = [...people.map((i) => pictures[2 * i + 1]!), ...strangers];
for (const [k, image] of atTheDoor.entries()) {
  const truth = k < people.length ? IDENTITIES[k]! : "a stranger";
  const { minDist, identity, inDatabase } = whoIsIt(image, database, model);
  const ok = k < people.length ? inDatabase && identity === truth : !inDatabase;
  if (ok) right++;
  console.log(
    `${truth.padEnd(11)} → ${inDatabase ? `it's ${identity}` : "not in the database"} (nearest ${identity}, ${minDist.toFixed(3)}) ${ok ? "" : "✗"}`,
  );
}
console.log(`recognized ${right} of ${atTheDoor.length} right`);
const claim = verify(strangers[0]!, "younes", database, model);
console.log(
  `a stranger claiming to be younes: distance ${claim.dist.toFixed(3)}, door ${claim.doorOpen ? "opens" : "stays shut"}`,
);

// the picture: database on top, the door below, each face 3× bigger
const big = (x: tf.Tensor3D) => tf.image.resizeNearestNeighbor(x, [96, 96]);
const row = (xs: tf.Tensor3D[]) => tf.concat(xs.map(big), 1);
const top = row(
  people
    .map((i) => pictures[2 * i]!)
    .concat(strangers.map(() => tf.ones([32, 32, 3]) as tf.Tensor3D)),
);
const bottom = row(atTheDoor);
const path = `${root}out/face-verification.png`;
writeImagesPng(path, [tf.concat([top, tf.ones([8, top.shape[1], 3]), bottom], 0)]);
console.log(`wrote ${path}`);
