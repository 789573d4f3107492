/**
 * Validates a rendered Adaptive Card the way Teams will read it: parsed by the `adaptivecards`
 * library at version 1.5 (unknown types, properties newer than 1.5, bad values, missing urls,
 * duplicate ids), plus what the library does not check: unknown or misspelt properties, the
 * house rules (version "1.5", a `speak` summary, Image altText, at most 6 actions per set)
 * and the size limit. Returns a list of problems; an empty list means the card is clean.
 *
 *   expect(validateCard(renderCard('help', view))).to.deep.equal([]);
 */
import { createRequire } from 'node:module';

// The package's main entry needs a DOM; the dist bundle parses fine in plain Node.
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const AC: any = require('adaptivecards/dist/adaptivecards.js');

/** Teams accepts bot messages of about 100 KB; stay well under it. */
export const MAX_CARD_BYTES = 80 * 1024;
/** Teams shows at most 6 actions in one set; more are hidden or refused. */
export const MAX_ACTIONS_PER_SET = 6;
/** Teams renders Adaptive Cards up to 1.5 for bots. */
export const CARD_VERSION = '1.5';

type Json = Record<string, unknown>;
interface Schema { names: Set<string>; objectTypes: Map<string, new () => unknown>; actionProps: Set<string> }

/** Child collections the library parses in code rather than through its schema. */
const CHILD_KEYS: Record<string, string[]> = {
  AdaptiveCard: ['body', 'actions'], Container: ['items'], Column: ['items'], TableCell: ['items'],
  ColumnSet: ['columns'], Table: ['rows'], TableRow: ['cells'], ActionSet: ['actions'],
  'Action.ShowCard': ['card'], 'Input.Text': ['inlineAction'], RichTextBlock: ['inlines'],
  ImageSet: ['images'], Media: ['sources', 'captionSources'],
};
/** Types parsed by their parents rather than looked up in the registries. */
const NESTED_TYPES: Record<string, string> = {
  AdaptiveCard: 'AdaptiveCard', Column: 'Column', TableRow: 'TableRow', TableCell: 'TableCell', TextRun: 'TextRun',
};
/** Children whose `type` may be left out. */
const DEFAULT_CHILD_TYPE: Record<string, string> = { 'ColumnSet.columns': 'Column', 'Table.rows': 'TableRow', 'TableRow.cells': 'TableCell' };
/** Free-form values that are not card objects. */
const OPAQUE_KEYS = new Set(['data', 'requires', '$schema']);

const schemaCache = new Map<string, Schema | undefined>();

function schemaOf(instance: { getSchema(): { getCount(): number; getItemAt(i: number): Json } }): Schema {
  const s = instance.getSchema();
  const out: Schema = { names: new Set(), objectTypes: new Map(), actionProps: new Set() };
  for (let i = 0; i < s.getCount(); i++) {
    const p = s.getItemAt(i) as { name: string; objectType?: new () => unknown; constructor: { name: string } };
    out.names.add(p.name);
    if (p.objectType) out.objectTypes.set(p.name, p.objectType);
    if (p.constructor.name === 'ActionProperty') out.actionProps.add(p.name);
  }
  return out;
}

function schemaForType(type: string): Schema | undefined {
  if (schemaCache.has(type)) return schemaCache.get(type);
  const nested = NESTED_TYPES[type];
  const instance = nested
    ? new AC[nested]()
    : AC.GlobalRegistry.elements.createInstance(type, AC.Versions.v1_5) ?? AC.GlobalRegistry.actions.createInstance(type, AC.Versions.v1_5);
  const schema = instance ? schemaOf(instance) : undefined;
  schemaCache.set(type, schema);
  return schema;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Walks the JSON, comparing each object's keys with what its class knows. */
function checkKeys(node: Json, schema: Schema, type: string, where: string, problems: string[]): void {
  const children = new Set(CHILD_KEYS[type] ?? []);
  for (const [key, value] of Object.entries(node)) {
    if (OPAQUE_KEYS.has(key)) continue;
    if (!schema.names.has(key) && !children.has(key) && key !== 'fallback') {
      problems.push(`${where}: unknown property "${key}" on ${type}`);
      continue;
    }
    const objectType = schema.objectTypes.get(key);
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      const at = `${where}.${key}${Array.isArray(value) ? `[${i}]` : ''}`;
      if (!isObject(item)) return;
      const implied = DEFAULT_CHILD_TYPE[`${type}.${key}`];
      if (typeof item.type === 'string') walk(item, at, problems);
      else if (implied) walk({ type: implied, ...item }, at, problems);
      else if (objectType) checkKeys(item, schemaOf(new objectType() as never), objectType.name, at, problems);
    });
  }
}

function walk(node: Json, where: string, problems: string[]): void {
  const type = String(node.type);
  const schema = schemaForType(type);
  if (!schema) return; // the parser reports unknown types
  checkKeys(node, schema, type, where, problems);
  if (type === 'Image') {
    if (typeof node.url !== 'string' || !node.url) problems.push(`${where}: Image needs a url`);
    if (typeof node.altText !== 'string' || !node.altText.trim()) problems.push(`${where}: Image needs altText`);
  }
  const actions = type === 'ActionSet' || type === 'AdaptiveCard' ? node.actions : undefined;
  if (Array.isArray(actions) && actions.length > MAX_ACTIONS_PER_SET) {
    problems.push(`${where}: ${actions.length} actions in one set (at most ${MAX_ACTIONS_PER_SET})`);
  }
}

/** Problems found in one card: [] when it is valid Adaptive Card 1.5 that follows the house rules. */
export function validateCard(json: unknown): string[] {
  if (!isObject(json) || json.type !== 'AdaptiveCard') return ['not an AdaptiveCard object'];
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes (limit ${MAX_CARD_BYTES})`);
  if (json.version !== CARD_VERSION) problems.push(`version must be "${CARD_VERSION}", got ${JSON.stringify(json.version)}`);
  if (typeof json.speak !== 'string' || !json.speak.trim()) problems.push('card needs a speak summary');

  const card = new AC.AdaptiveCard();
  // The library's default host allows 5 actions; Teams allows 6 (checked by walk() below).
  card.hostConfig = new AC.HostConfig({ actions: { maxActions: MAX_ACTIONS_PER_SET } });
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  try {
    card.parse(json, context);
  } catch (err) {
    return [...problems, `parse failed: ${(err as Error).message}`];
  }
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of card.validateProperties().validationEvents as { message: string }[]) problems.push(`validate: ${e.message}`);
  walk(json, 'card', problems);
  return problems;
}
