/**
 * The only values that cross the sandbox boundary: plain data. A tensor travels as
 * `{ $tensor: { shape, dtype, data } }` with its values in a typed array, which
 * Node's advanced IPC serialization copies as binary. Both sides rebuild tensors
 * from raw numbers; nothing the submission returns is trusted as an object.
 */
import type * as tfNamespace from "@tensorflow/tfjs";

type Tf = typeof tfNamespace;

export type WireDtype = "float32" | "int32" | "bool";

export interface WireTensor {
  $tensor: { shape: number[]; dtype: WireDtype; data: Float32Array | Int32Array | Uint8Array };
}

export type Wire =
  | number
  | string
  | boolean
  | null
  | undefined
  | WireTensor
  | Wire[]
  | { [key: string]: Wire };

const MAX_DEPTH = 16;

/** Encodes arguments or results: tensors become typed arrays, plain data stays, anything else throws. */
export function toWire(tf: Tf, value: unknown, depth = 0): Wire {
  if (depth > MAX_DEPTH) throw new TypeError("value is nested too deeply");
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return value;
    case "bigint":
      return Number(value);
  }
  if (value instanceof tf.Tensor) {
    const dtype = value.dtype === "int32" || value.dtype === "bool" ? value.dtype : "float32";
    const raw = value.dataSync();
    const data =
      dtype === "float32"
        ? Float32Array.from(raw as ArrayLike<number>)
        : dtype === "int32"
          ? Int32Array.from(raw as ArrayLike<number>)
          : Uint8Array.from(raw as ArrayLike<number>);
    return { $tensor: { shape: [...value.shape], dtype, data } };
  }
  if (Array.isArray(value)) return value.map((v) => toWire(tf, v, depth + 1));
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (
    typeof value === "object" &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  ) {
    const out: { [key: string]: Wire } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toWire(tf, v, depth + 1);
    return out;
  }
  const kind =
    typeof value === "function"
      ? "a function"
      : `an instance of ${(value as object).constructor?.name ?? "an unknown class"}`;
  throw new TypeError(
    `cannot send ${kind}: only tensors, numbers, strings, booleans, arrays and plain objects cross`,
  );
}

/**
 * How much one decoded answer may hold. Structured clone keeps shared references, so a
 * message of a few bytes (one array held eight times at each of fifteen levels) can expand
 * into a huge tree: the budget counts the tree as decoded, not the message. Measured on the
 * solutions (every hidden check of nn-basics, improving-dnn and ml-strategy, 1851 answers),
 * the largest answers held 2,001 nodes (ml-strategy), 101,702 values and 406,856 bytes
 * (improving-dnn): the limits leave a margin of 50x, 150x and 160x.
 */
export const DECODE_LIMITS = {
  /** arrays, objects and tensors */
  nodes: 100_000,
  /** numbers, strings, booleans, null/undefined and tensor elements */
  values: 16_000_000,
  /** string characters (2 bytes each), keys and tensor data */
  bytes: 64 * 1024 * 1024,
} as const;

/** Keys that must never become a prototype or shadow one. */
const REFUSED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

interface Spent {
  nodes: number;
  values: number;
  bytes: number;
}

function spend(spent: Spent, nodes: number, values: number, bytes: number) {
  spent.nodes += nodes;
  spent.values += values;
  spent.bytes += bytes;
  for (const key of ["nodes", "values", "bytes"] as const)
    if (spent[key] > DECODE_LIMITS[key])
      throw new TypeError(
        `the answer is too large: more than ${DECODE_LIMITS[key].toLocaleString("en-US")} ${key}`,
      );
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

function isWireTensor(value: object): value is WireTensor {
  return Object.hasOwn(value, "$tensor") && Object.keys(value).length === 1;
}

/** A tensor from a validated `$tensor` entry (and from nothing else). */
function decodeTensor(tf: Tf, entry: unknown, spent: Spent): tfNamespace.Tensor {
  if (typeof entry !== "object" || entry === null || !isPlainObject(entry))
    throw new TypeError("malformed tensor: not a { shape, dtype, data } entry");
  const keys = Object.keys(entry).sort().join(",");
  if (keys !== "data,dtype,shape") throw new TypeError(`malformed tensor: fields ${keys}`);
  const { shape, dtype, data } = entry as WireTensor["$tensor"];
  if (
    !isPlainArray(shape) ||
    shape.length > MAX_DEPTH ||
    !shape.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 0)
  )
    throw new TypeError("malformed tensor: bad shape");
  const typed =
    (dtype === "float32" && data instanceof Float32Array) ||
    (dtype === "int32" && data instanceof Int32Array) ||
    (dtype === "bool" && data instanceof Uint8Array);
  if (!typed) throw new TypeError("malformed tensor: dtype and data disagree");
  spend(spent, 1, data.length, data.byteLength);
  const size = shape.reduce((a, b) => a * b, 1);
  if (data.length !== size)
    throw new TypeError(`malformed tensor: ${data.length} values for shape [${shape.join(", ")}]`);
  return tf.tensor(data, shape, dtype);
}

function decode(tf: Tf, value: unknown, depth: number, spent: Spent): unknown {
  if (depth > MAX_DEPTH) throw new TypeError("value is nested too deeply");
  if (value === null || value === undefined) {
    spend(spent, 0, 1, 0);
    return value;
  }
  switch (typeof value) {
    case "number":
    case "boolean":
      spend(spent, 0, 1, 0);
      return value;
    case "string":
      spend(spent, 0, 1, 2 * value.length);
      return value;
    case "object":
      break;
    default:
      throw new TypeError(`unexpected ${typeof value} in the answer`);
  }
  if (isPlainArray(value)) {
    spend(spent, 1, 0, 0);
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(decode(tf, value[i], depth + 1, spent));
    return out;
  }
  const obj = value as object;
  if (!isPlainObject(obj))
    throw new TypeError(
      `unexpected ${Object.prototype.toString.call(obj).slice(8, -1)} in the answer (only plain data crosses)`,
    );
  if (isWireTensor(obj)) return decodeTensor(tf, (obj as WireTensor).$tensor, spent);
  spend(spent, 1, 0, 0);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    if (REFUSED_KEYS.has(key)) throw new TypeError(`refused key '${key}' in the answer`);
    spend(spent, 0, 0, 2 * key.length);
    out[key] = decode(tf, (obj as Record<string, unknown>)[key], depth + 1, spent);
  }
  return out;
}

/**
 * Decodes and validates: only plain data (primitives, plain arrays, plain objects) and
 * tensors from a validated `$tensor` entry (whole non-negative shape whose product is the
 * data length, one of three dtypes, a real typed array of it). Objects come back as fresh
 * copies, so no getter, `valueOf` or `toString` of the sender survives; a key `__proto__`,
 * `constructor` or `prototype` is refused, and so is an answer past `DECODE_LIMITS`.
 */
export function fromWire(tf: Tf, value: unknown): unknown {
  return decode(tf, value, 0, { nodes: 0, values: 0, bytes: 0 });
}
