/** The frozen red-team sets (see frozen-sets.test.ts): their hashes, reader and deterministic split. */
import fs from 'node:fs';
import { halfOf } from '../../src/scripts/heldout-split.js';

export { halfOf };

/** sha256 of each file as committed: urgent-heldout-4 and personal-data-heldout in bcff8c3, urgent-heldout-5 in 9f8e7e5. */
export const FROZEN: Readonly<Record<string, string>> = Object.freeze({
  'urgent-heldout-4.json': '88e05b610c5e6996791a4fc0232b34058b0dc1d566e20106ae3c0625df4ca076',
  'urgent-heldout-5.json': 'd045fc1355d8c9d64ccb90538abe75bc2ebf5a825fa464812281ff848285671d',
  'personal-data-heldout.json': '77aaca3551cd55b761c08195ed3234814326cf70dc813838f1c1856695479178',
});

/** Parsed items of a fixture file. */
export function readSet<T>(file: string): T[] {
  return JSON.parse(fs.readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as T[];
}
