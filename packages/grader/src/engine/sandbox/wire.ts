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

function isWireTensor(value: object): value is WireTensor {
  return Object.keys(value).length === 1 && "$tensor" in value;
}

/**
 * Decodes and validates: the shape must be whole non-negative numbers whose product is the
 * data length, the dtype one of three, the data a real typed array. Objects come back with a
 * null prototype-free copy, so no getter, `valueOf` or `toString` of the sender survives.
 */
export function fromWire(tf: Tf, value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new TypeError("value is nested too deeply");
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return value;
    case "object":
      break;
    default:
      throw new TypeError(`unexpected ${typeof value} in the answer`);
  }
  if (Array.isArray(value)) return value.map((v) => fromWire(tf, v, depth + 1));
  const obj = value as object;
  if (isWireTensor(obj)) {
    const { shape, dtype, data } = (obj as WireTensor).$tensor ?? ({} as WireTensor["$tensor"]);
    if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0))
      throw new TypeError("malformed tensor: bad shape");
    const size = shape.reduce((a, b) => a * b, 1);
    const typed =
      (dtype === "float32" && data instanceof Float32Array) ||
      (dtype === "int32" && data instanceof Int32Array) ||
      (dtype === "bool" && data instanceof Uint8Array);
    if (!typed) throw new TypeError("malformed tensor: dtype and data disagree");
    if (data.length !== size)
      throw new TypeError(
        `malformed tensor: ${data.length} values for shape [${shape.join(", ")}]`,
      );
    return tf.tensor(data, shape, dtype);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = fromWire(tf, v, depth + 1);
  return out;
}
