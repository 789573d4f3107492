/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same sequence on every run. */

/** A PRNG in [0, 1) from a 32-bit integer seed: `const r = mulberry32(42); r()`. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
