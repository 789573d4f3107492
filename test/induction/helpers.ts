/**
 * Test helpers for induction: the real knowledge base of the repo, deps pointing at it, and a
 * driver that types commands and presses card buttons the way Teams would send them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { TurnInput, TurnOutput } from '../../src/kernel/types.js';
import { commands, submitActions } from '../../src/induction/commands.js';
import { makeDeps, type DepsOverrides, type FakeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { nodes } from '../support/json.js';

export const KNOWLEDGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge');
let kb: KnowledgeBase | undefined;

/** The repo's knowledge base, loaded once. */
export function realKb(): KnowledgeBase {
  kb ??= loadKnowledge(KNOWLEDGE_DIR);
  return kb;
}

/** Deps over the real knowledge and journeys. */
export function inductionDeps(overrides: DepsOverrides = {}): FakeDeps {
  return makeDeps({ kb: realKb(), ...overrides, config: { knowledgeDir: KNOWLEDGE_DIR, ...overrides.config } });
}

/** Types `induction <args>` (args is what follows the command word). */
export function type(deps: FakeDeps, args: string, turn: Partial<TurnInput> = {}): Promise<TurnOutput> {
  const input = makeTurn({ text: `induction ${args}`.trim(), now: deps.now(), ...turn });
  return commands[0].run(deps, input, args);
}

/** Presses a button: the submit data as Teams sends it back. */
export function press(deps: FakeDeps, data: Record<string, unknown>, turn: Partial<TurnInput> = {}): Promise<TurnOutput> {
  const input = makeTurn({ kind: 'submit', value: data, now: deps.now(), ...turn });
  const action = submitActions.find((a) => a.name === data.action);
  if (!action) throw new Error(`no submit action ${String(data.action)}`);
  return action.run(deps, input, data);
}

type Card = Record<string, unknown>;
type Action = { type: string; title: string; data?: Record<string, unknown> };

/** The last card of a reply. */
export function lastCard(out: TurnOutput): Card {
  const cards = out.messages.map((m) => m.card).filter((c): c is Card => !!c);
  if (!cards.length) throw new Error(`no card in reply: ${JSON.stringify(out.messages)}`);
  return cards[cards.length - 1];
}


/** The card's top-level action with this title (or op). */
export function action(card: Card, titleOrOp: string): Action {
  const all = (card.actions ?? []) as Action[];
  const hit = all.find((a) => a.title === titleOrOp || a.data?.op === titleOrOp);
  if (!hit) throw new Error(`no action ${titleOrOp}: ${all.map((a) => a.title).join(', ')}`);
  return hit;
}

/** Texts of all TextBlocks, joined, for assertions. */
export function cardText(card: Card): string {
  return nodes(card).filter((n) => n.type === 'TextBlock' || n.title !== undefined)
    .map((n) => [n.text, n.title, typeof n.value === 'string' ? n.value : undefined].filter((x) => typeof x === 'string').join(': ')).join('\n');
}

/** The choices of a check card's ChoiceSet. */
export function choices(card: Card): { title: string; value: string }[] {
  const set = nodes(card).find((n) => n.type === 'Input.ChoiceSet');
  if (!set) throw new Error('not a check card');
  return set.choices as { title: string; value: string }[];
}
