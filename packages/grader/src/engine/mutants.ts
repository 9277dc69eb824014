/**
 * Mutants: the reference solution with one plausible student bug, used by `dlc prove`
 * to show the hidden checks catch it (every mutant must lose points). A mutant is
 * stored as its edit of the solution, not as a copy, so it cannot drift from the
 * solution it mutates: an edit whose text is no longer found fails loudly.
 *
 * `hidden/<assignment>/mutants/<module>.ts` default-exports `defineMutants([...])` for
 * the solution module of the same name.
 */

export interface Mutant {
  /** kebab-case, unique within the module: `no-one-over-m` */
  id: string;
  /** the student bug it stands for, in one line */
  bug: string;
  /** [text of the solution, replacement]; each text must occur exactly once */
  edits: [from: string, to: string][];
}

export function defineMutants(mutants: Mutant[]): Mutant[] {
  const ids = new Set<string>();
  for (const m of mutants) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id))
      throw new Error(`mutant id '${m.id}' must be kebab-case`);
    if (ids.has(m.id)) throw new Error(`mutant id '${m.id}' is used twice`);
    if (m.edits.length === 0) throw new Error(`mutant '${m.id}' has no edit`);
    ids.add(m.id);
  }
  return mutants;
}

/** The solution's source with the mutant's edits applied. */
export function applyMutant(source: string, mutant: Mutant): string {
  let out = source;
  for (const [from, to] of mutant.edits) {
    const count = out.split(from).length - 1;
    if (count !== 1)
      throw new Error(
        `mutant '${mutant.id}': ${JSON.stringify(from)} occurs ${count} times in the solution (must be once)`,
      );
    out = out.replace(from, () => to);
  }
  if (out === source) throw new Error(`mutant '${mutant.id}' does not change the solution`);
  return out;
}
