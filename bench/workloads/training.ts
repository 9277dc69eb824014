/**
 * The Course 1 application: the reference `lLayerModel` ([12288, 20, 7, 5, 1], 209 images of
 * the cat stand-in) trained by batch gradient descent, against numpy doing the same algorithm
 * on the same data in float64 and float32 (with every core for BLAS, and float64 on one
 * thread too: tfjs's wasm backend runs on one).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { lLayerModel } from "../../packages/nn-basics/solutions/05-deep-nn-application/l-layer-model.ts";
import { flattenImages, loadDataset } from "../../packages/nn-basics/src/cat-data.ts";
import { numpyRuns, numpyVersion } from "../numpy.ts";
import { type Row, timeRuns } from "../stats.ts";

const DIMS = [12288, 20, 7, 5, 1];
const LEARNING_RATE = 0.0075;

export async function training(runs: number, iterations: number): Promise<Row[]> {
  const data = loadDataset();
  const X = flattenImages(data.trainX);
  const Y = data.trainY;
  const tfjs = await timeRuns(runs, () => {
    const { parameters } = lLayerModel(X, Y, DIMS, LEARNING_RATE, iterations);
    tf.dispose(Object.values(parameters));
  });
  const workload = `train [${DIMS.join(", ")}] on ${X.shape[1]} images, ${iterations} iterations (tfjs wasm)`;
  if (!numpyVersion()) {
    const skipped = "skipped (no numpy)";
    return [{ workload, runs: tfjs, baseline: { label: "numpy float64" }, skipped }];
  }
  const dir = mkdtempSync(join(tmpdir(), "dlc-bench-"));
  try {
    const file = join(dir, "cat.f64");
    const header = [X.shape[0]!, X.shape[1]!, iterations, LEARNING_RATE];
    const body = Float64Array.from([...header, ...X.dataSync(), ...Y.dataSync()]);
    writeFileSync(file, Buffer.from(body.buffer));
    return [
      {
        workload,
        runs: tfjs,
        baseline: { label: "numpy float64", runs: numpyRuns("train", "float64", runs, file) },
      },
      {
        workload,
        runs: tfjs,
        baseline: {
          label: "numpy float64, 1 thread",
          runs: numpyRuns("train", "float64", runs, file, 1),
        },
      },
      {
        workload,
        runs: tfjs,
        baseline: { label: "numpy float32", runs: numpyRuns("train", "float32", runs, file) },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    tf.dispose([X, data.trainX, data.trainY, data.testX, data.testY]);
  }
}
