import { expect } from 'chai';
import { assembleTables, TABLES } from '../../src/app/tables.js';
import * as answering from '../../src/conversation/commands.js';
import * as answeringSubmits from '../../src/conversation/submits.js';
import * as induction from '../../src/induction/commands.js';
import type { TurnKind } from '../../src/kernel/types.js';
import * as privacy from '../../src/privacy/commands.js';
import * as prompts from '../../src/prompts/commands.js';
import * as insights from '../../src/safeguarding/insights/index.js';
import { makeTurn } from '../support/turns.js';

const KINDS: TurnKind[] = ['message', 'submit', 'installed', 'uninstalled', 'membersAdded', 'query', 'selectItem', 'fileConsent'];

describe('app: the kernel tables assembled from each capability', () => {
  it('every kind of turn the bot handles has exactly one route, and "other" has none', () => {
    for (const kind of KINDS) expect(TABLES.routes.filter((r) => r.select(makeTurn({ kind }))).map((r) => r.name), kind).to.deep.equal([kind]);
    expect(TABLES.routes.filter((r) => r.select(makeTurn({ kind: 'other' })))).to.deep.equal([]);
  });

  it('no capability registers a command or submit name another already has (none is shadowed)', () => {
    const commands = [answering, induction, prompts, insights, privacy].flatMap((c) => c.commands.map((x) => x.name.toLowerCase()));
    const submits = [answeringSubmits, induction, prompts, insights, privacy].flatMap((c) => c.submitActions.map((x) => x.name));
    expect(TABLES.commands.map((c) => c.name.toLowerCase())).to.deep.equal(commands);
    expect(TABLES.submits.map((s) => s.name)).to.deep.equal(submits);
  });

  it('lists the core commands first, then induction, daily prompts, insights and privacy, as help always has', () => {
    expect(TABLES.commands.map((c) => c.name)).to.deep.equal(assembleTables().commands.map((c) => c.name));
    expect(TABLES.commands.slice(0, 4).map((c) => c.name)).to.deep.equal(['help', 'principles', 'about', 'organisation']);
    expect(TABLES.commands.map((c) => c.name).slice(-2)).to.deep.equal(['privacy', 'forget me']);
  });
});
