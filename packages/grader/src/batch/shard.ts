/**
 * Shards: a deterministic slice of a class's submissions, so that n machines can grade one
 * class. A submission's shard is a stable hash of its id (the folder name), not its place in
 * a listing: adding or removing other submissions never moves it to another shard.
 */
import { createHash } from "node:crypto";

export interface Shard {
  /** 1-based: shard i of n */
  index: number;
  count: number;
}

/** Parses `--shard i/n` (1 ≤ i ≤ n); undefined when the text is not of that form. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count || count > 10_000) return undefined;
  return { index, count };
}

/** The shard (1..count) a submission id belongs to: the first 6 bytes of sha256(id), mod count. */
export function shardOf(id: string, count: number): number {
  const head = createHash("sha256").update(id, "utf8").digest().readUIntBE(0, 6);
  return (head % count) + 1;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(id, shard.count) === shard.index;
}

export function shardLabel(shard: Shard | undefined): string {
  return shard ? `${shard.index}/${shard.count}` : "1/1";
}
