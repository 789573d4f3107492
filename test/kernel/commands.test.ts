import { expect } from 'chai';
import { handleTurn } from '../../src/kernel/handle.js';
import { TABLES } from '../../src/app/tables.js';
import {
  commandElsewhere as elsewhereIn, manifestCommandLists, matchCommand as matchIn, MAX_DESCRIPTION_CHARS, MAX_MANIFEST_COMMANDS, MAX_TITLE_CHARS,
} from '../../src/kernel/commands.js';
import type { Command } from '../../src/kernel/deps.js';
import type { Scope } from '../../src/kernel/types.js';
import { makeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { cards } from '../conversation/helpers.js';

const SCOPES: Scope[] = ['personal', 'groupChat', 'channel'];
const allCommands = () => TABLES.commands;
const matchCommand = (text: string, scope: Scope) => matchIn(text, scope, TABLES.commands);
const commandElsewhere = (text: string, scope: Scope) => elsewhereIn(text, scope, TABLES.commands);
const name = (text: string, scope: Scope = 'personal') => matchCommand(text, scope)?.command.name;

describe('kernel: the commands table, as the app assembles it', () => {
  it('a bare command word is the command, whatever the case or punctuation', () => {
    for (const t of ['help', 'HELP', 'Help!', '/help', ' help. ', 'help?']) expect(name(t), t).to.equal('help');
    expect(name('about')).to.equal('about');
    expect(name('principles')).to.equal('principles');
  });

  it('a command typed where it does not work is known for what it is, so the reply can say where it works', () => {
    expect(commandElsewhere('daily on', 'personal')?.name).to.equal('daily');
    expect(commandElsewhere('forget me', 'channel')?.name).to.equal('forget me');
    expect(commandElsewhere('insights 30d', 'groupChat')?.name).to.equal('insights');
    expect(commandElsewhere('help', 'personal'), 'works here').to.equal(undefined);
    expect(commandElsewhere('daily on what does kent say about supervision and reflective practice', 'personal'), 'a question').to.equal(undefined);
  });

  it('words after a command without args make it a question', () => {
    expect(name('help me understand consent')).to.equal(undefined);
    expect(name('about consent and young people')).to.equal(undefined);
  });

  it('a command with args takes a short tail, but not a question or a long sentence', () => {
    expect(matchCommand('principles Southwark', 'personal')).to.deep.include({ args: 'Southwark' });
    expect(matchCommand('Principles bracknell forest', 'personal')).to.deep.include({ args: 'bracknell forest' });
    expect(name('principles of strengths based practice?')).to.equal(undefined);
    expect(name('principles that apply when working with families who do not engage')).to.equal(undefined);
  });

  it('help, routing and the manifest lists stay in step with the table', async () => {
    const deps = makeDeps();
    const commands = allCommands();
    const lists = manifestCommandLists(TABLES.commands);
    const byScope: Record<Scope, keyof typeof lists> = { personal: 'personal', groupChat: 'groupChat', channel: 'team' };
    for (const scope of SCOPES) {
      const help = JSON.stringify(cards(await handleTurn(deps, makeTurn({ text: 'help', scope }))));
      const inScope = commands.filter((c) => c.scopes.includes(scope));
      for (const c of inScope) {
        expect(help, `help lists ${c.name} in ${scope}`).to.include(c.description.replace(/"/g, '\\"'));
        expect(matchCommand(c.name, scope)?.command, `"${c.name}" routes in ${scope}`).to.equal(c);
      }
      const list = lists[byScope[scope]];
      expect(list.map((l) => l.title)).to.deep.equal(inScope.filter((c) => c.listed).map((c) => c.name));
      expect(list.length).to.be.at.most(MAX_MANIFEST_COMMANDS);
      for (const l of list) {
        expect(l.title.length).to.be.at.most(MAX_TITLE_CHARS);
        expect(l.description.length).to.be.at.most(MAX_DESCRIPTION_CHARS);
      }
    }
  });

  it('no two commands claim the same words, and every command has what help needs', () => {
    const seen = new Map<string, Command>();
    for (const c of allCommands()) {
      expect(c.description.length, c.name).to.be.within(1, MAX_DESCRIPTION_CHARS);
      expect(c.name.length, c.name).to.be.within(1, MAX_TITLE_CHARS);
      for (const phrase of [c.name, ...(c.aliases ?? [])].map((p) => p.toLowerCase())) {
        expect(seen.get(phrase)?.name, `"${phrase}" claimed twice`).to.equal(undefined);
        seen.set(phrase, c);
      }
    }
  });
});
