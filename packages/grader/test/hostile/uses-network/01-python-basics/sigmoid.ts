/**
 * Hostile fixture: reaches for the network (where a solution or an answer service could
 * wait): `fetch`, tfjs's own fetch, `net` through `process.getBuiltinModule` or an `import()`
 * of a computed name, `WebSocket` and `EventSource`, all to a server on 127.0.0.1:PORT that the
 * test runs. It answers right only if one connection got through (else zeros of a wrong shape,
 * which earn nothing).
 */
import * as tf from "@tensorflow/tfjs";

export const PORT = 47_291;
const URL_ = `http://127.0.0.1:${PORT}/answer`;

type Net = {
  connect(
    port: number,
    host: string,
  ): {
    on(event: string, listener: () => void): unknown;
    destroy(): void;
  };
};
type Ctor = new (
  url: string,
) => {
  onopen: (() => void) | null;
  onerror: (() => void) | null;
  close(): void;
};
const g = globalThis as unknown as {
  fetch?: (url: string) => Promise<unknown>;
  WebSocket?: Ctor;
  EventSource?: Ctor;
  process?: { getBuiltinModule?(id: string): unknown };
};

function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error("no answer")), ms)),
  ]);
}

async function net(): Promise<Net | undefined> {
  try {
    const found = g.process?.getBuiltinModule?.("net") as Net | undefined;
    if (found) return found;
  } catch {}
  try {
    return (await import(["node", "net"].join(":"))) as Net;
  } catch {
    return undefined;
  }
}

function opens(ctor: Ctor | undefined, url: string): Promise<boolean> {
  if (!ctor) return Promise.reject(new Error("missing"));
  return new Promise((resolve, reject) => {
    const socket = new ctor(url);
    socket.onopen = () => {
      socket.close();
      resolve(true);
    };
    socket.onerror = () => reject(new Error("refused"));
  });
}

async function reached(): Promise<boolean> {
  const attempts: (() => Promise<unknown>)[] = [
    () => g.fetch!(URL_),
    () => tf.env().platform.fetch(URL_, {}),
    () => tf.util.fetch(URL_),
    async () => {
      const sockets = await net();
      return new Promise((resolve, reject) => {
        const socket = sockets!.connect(PORT, "127.0.0.1");
        socket.on("connect", () => {
          socket.destroy();
          resolve(true);
        });
        socket.on("error", reject);
      });
    },
    () => opens(g.WebSocket, `ws://127.0.0.1:${PORT}/`),
    () => opens(g.EventSource, URL_),
  ];
  let any = false;
  for (const attempt of attempts) {
    try {
      await within(1000, attempt());
      any = true;
    } catch {
      // refused: try the next door
    }
  }
  return any;
}

export async function sigmoid(x: tf.Tensor): Promise<tf.Tensor> {
  if (await reached()) return tf.sigmoid(x);
  return tf.zeros([x.size + 1]);
}
