const MAX_IDENTIFIER = 64;

function sanitize(raw: string, prefix: string): string {
  const ascii = raw
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, MAX_IDENTIFIER)
    .replace(/-+$/, '');
  // An NCName starts with a letter or `_`; ours also never start with a hyphen or a dot.
  return /^[A-Za-z_]/.test(ascii) ? ascii : `${prefix}${ascii}`;
}

/**
 * QTI identifiers (XML NCNames, also safe as file names) for a list of our ids, in the same order:
 * unsafe characters become `-`, a prefix is added when the id does not start with a letter, and
 * repeats get `-2`, `-3`… so the result is unique.
 *
 * @example
 * qtiIdentifiers(['q1', '2', 'q 1', 'q-1'], 'item-'); // ['q1', 'item-2', 'q-1', 'q-1-2']
 */
export function qtiIdentifiers(ids: readonly string[], prefix: string): string[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    const base = sanitize(id, prefix);
    let candidate = base;
    for (let n = 2; seen.has(candidate); n += 1) candidate = `${base}-${n}`;
    seen.add(candidate);
    return candidate;
  });
}
