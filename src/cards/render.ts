/**
 * Renders a template from adaptive-cards/<name>.json with adaptivecards-templating.
 * Templates are read and parsed once, then cached. `renderCard('answer', view)` returns card JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ACData from 'adaptivecards-templating';

const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../adaptive-cards');
const cache = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let t = cache.get(name);
  if (!t) {
    const file = path.join(TEMPLATE_DIR, `${name}.json`);
    t = new ACData.Template(JSON.parse(fs.readFileSync(file, 'utf8')));
    cache.set(name, t);
  }
  return t;
}

/** Expands the named template with plain view data: `renderCard('help', { commands })`. */
export function renderCard(name: string, data: Record<string, unknown>): Record<string, unknown> {
  return template(name).expand({ $root: data }) as Record<string, unknown>;
}
