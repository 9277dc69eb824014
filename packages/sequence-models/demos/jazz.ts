/**
 * Assignment 03: trains the notebook-sized training model (Tx 30, n_a 64) on the course's jazz,
 * builds the improvising model from its trained layers, lets it play 100 notes from silence and
 * writes them as a MIDI file and a piano roll under docs/. Runs your code (exercises/) or, with
 * --solutions, the reference; an unfinished function skips its part with one line.
 *
 *   pnpm demo:jazz                         # your code
 *   pnpm demo:jazz -- --solutions          # the reference
 *   pnpm demo:jazz -- --epochs 40
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs, skipUnfinished } from "@dlc/student-kit/demo";
import { writeImagesPng } from "@dlc/student-kit/image";
import { writeMidi } from "@dlc/student-kit/midi";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { reseed } from "../src/attention.harness.ts";
import { jazzLayers, N_VALUES } from "../src/jazz.ts";
import { jazzDataset, noteOf } from "../src/jazz-data.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        epochs: { type: "string", default: "100" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:jazz: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const epochs = Number(values.epochs);
if (!Number.isInteger(epochs) || epochs < 1) {
  console.error("demo:jazz: --epochs must be a positive integer");
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const docs = new URL("../docs/", import.meta.url).pathname;
type Layer = tf.layers.Layer;
const [Tx, nA, m] = [30, 64, 60];
const { lstmCell, densor, reshaper } = jazzLayers(nA);
console.log(`code: ${scriptTarget()}; ${m} phrases of ${Tx} notes, LSTM(${nA}), ${epochs} epochs`);

try {
  const { djmodel } = await importTarget<{
    djmodel: (Tx: number, l: Layer, d: Layer, r: Layer) => tf.LayersModel;
  }>(root, "03-jazz-improvisation/djmodel.ts");
  const model = djmodel(Tx, lstmCell, densor, reshaper);
  reseed(model, 1);
  const { X, Y } = jazzDataset(m, Tx, 1);
  const zeros = tf.zeros([m, nA]);
  model.compile({ optimizer: tf.train.adam(0.01), loss: "categoricalCrossentropy" });
  const t0 = performance.now();
  await model.fit([X, zeros, zeros], tf.unstack(Y), {
    epochs,
    batchSize: 32,
    shuffle: false,
    verbose: 0,
    callbacks: {
      onEpochEnd: (epoch, logs) => {
        if ((epoch + 1) % 20 === 0 || epoch === 0)
          console.log(`epoch ${epoch + 1}: loss ${(logs!.loss! / Tx).toFixed(3)} a note`);
      },
    },
  });
  const test = jazzDataset(200, Tx, 2);
  const z = tf.zeros([200, nA]);
  const probs = tf.stack(model.predict([test.X, z, z]) as tf.Tensor[], 1);
  const predicted = probs.argMax(-1).arraySync() as number[][];
  let right = 0;
  for (const [i, phrase] of test.values.entries())
    for (let t = 0; t + 1 < Tx; t++) if (predicted[i]![t] === phrase[t + 1]) right++;
  console.log(
    `trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; next note of 200 unseen phrases: ${((100 * right) / (200 * (Tx - 1))).toFixed(1)} % right`,
  );
} catch (error) {
  skipUnfinished(error, "djmodel");
}

try {
  const { musicInferenceModel } = await importTarget<{
    musicInferenceModel: (l: Layer, d: Layer, Ty?: number) => tf.LayersModel;
  }>(root, "03-jazz-improvisation/music-inference-model.ts");
  const { predictAndSample } = await importTarget<{
    predictAndSample: (
      model: tf.LayersModel,
      x: tf.Tensor3D,
      a: tf.Tensor2D,
      c: tf.Tensor2D,
    ) => { results: tf.Tensor2D; indices: tf.Tensor2D };
  }>(root, "03-jazz-improvisation/predict-and-sample.ts");
  const inference = musicInferenceModel(lstmCell, densor, 100);
  const { indices } = predictAndSample(
    inference,
    tf.zeros([1, 1, N_VALUES]) as tf.Tensor3D,
    tf.zeros([1, nA]) as tf.Tensor2D,
    tf.zeros([1, nA]) as tf.Tensor2D,
  );
  let start = 0;
  const notes = Array.from(indices.dataSync(), (v) => {
    const { pitch, beats } = noteOf(v);
    const note = { pitch, start, beats };
    start += beats;
    return note;
  });
  writeMidi(`${docs}jazz-solo.mid`, notes, { tempo: 160 });
  // piano roll: 4 pixels an eighth note, 8 a pitch (highest on top); notes blue with a darker
  // attack, a grey line every bar
  const pitches = Array.from({ length: N_VALUES / 5 }, (_, d) => noteOf(5 * d).pitch).reverse();
  const [slotW, rowH] = [4, 8];
  const width = Math.round(start * 2) * slotW;
  const pixels = new Float32Array(pitches.length * rowH * width * 3).fill(1);
  const paint = (x: number, y: number, rgb: number[]) => pixels.set(rgb, 3 * (y * width + x));
  for (let x = 0; x < width; x += 8 * slotW)
    for (let y = 0; y < pitches.length * rowH; y++) paint(x, y, [0.8, 0.8, 0.8]);
  for (const n of notes) {
    const row = pitches.indexOf(n.pitch);
    const [x0, x1] = [Math.round(n.start * 2) * slotW, Math.round((n.start + n.beats) * 2) * slotW];
    for (let x = x0; x < x1 - 1; x++)
      for (let y = row * rowH + 1; y < (row + 1) * rowH - 1; y++)
        paint(x, y, x < x0 + 2 ? [0.03, 0.19, 0.42] : [0.26, 0.57, 0.78]);
  }
  writeImagesPng(`${docs}jazz-solo.png`, [tf.tensor3d(pixels, [pitches.length * rowH, width, 3])]);
  console.log(
    `improvised ${notes.length} notes (${new Set(indices.dataSync()).size} distinct values): docs/jazz-solo.mid, docs/jazz-solo.png`,
  );
} catch (error) {
  skipUnfinished(error, "the improvising model");
}
