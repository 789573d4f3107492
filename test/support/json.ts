/** A card or activity as plain JSON, and a depth-first walk over it, shared by the tests that read cards. */
export type Json = Record<string, unknown>;

/** Every object in a JSON tree, depth first. */
export function nodes(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => nodes(n, out));
  else if (node && typeof node === 'object') { out.push(node as Json); Object.values(node).forEach((v) => nodes(v, out)); }
  return out;
}
