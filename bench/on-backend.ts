/** Timing a workload on one tfjs backend, for rows that compare backends in the same run. */
import * as tf from "@tensorflow/tfjs";
import { type Runs, timeRuns } from "./stats.ts";

/** Times `work` on `backend` (inputs made there by `make`), then frees them and returns to wasm. */
export async function on<T>(
  backend: string,
  runs: number,
  make: () => T,
  work: (inputs: T) => unknown,
  free: (inputs: T) => void,
): Promise<Runs> {
  await tf.setBackend(backend);
  const inputs = make();
  try {
    return await timeRuns(runs, () => work(inputs));
  } finally {
    free(inputs);
    await tf.setBackend("wasm");
  }
}
