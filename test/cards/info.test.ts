import { expect } from 'chai';
import { aboutCard, helpCard, helpLineText, personalChatLink, welcomeCard } from '../../src/cards/info.js';
import { validateCard } from '../../src/cards/validate.js';
import { privacyCard } from '../../src/cards/privacy.js';
import { TABLES } from '../../src/app/tables.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { makeDeps } from '../support/fake-deps.js';

import { nodes as walk, type Json } from '../support/json.js';
const actions = (card: Json) => walk(card).filter((o) => typeof o.type === 'string' && String(o.type).startsWith('Action.'));
const APP_ID = '00000000-1111-2222-3333-444444444444';

describe('cards: welcome, help, about', () => {
  it('the channel welcome links to the personal chat (28:<app id>) instead of a Start induction button', () => {
    const deps = makeDeps({ config: { appId: APP_ID } });
    for (const scope of ['channel', 'groupChat'] as const) {
      const card = welcomeCard(deps, scope);
      expect(validateCard(card)).to.deep.equal([]);
      const acts = actions(card);
      expect(acts.some((a) => (a.data as Json | undefined)?.action === 'induction'), scope).to.equal(false);
      const link = acts.find((a) => a.type === 'Action.OpenUrl')!;
      expect(link.url).to.equal(`https://teams.microsoft.com/l/chat/0/0?users=28:${APP_ID}&message=induction`);
      expect(JSON.stringify(card)).to.include('the induction runs in a personal chat with me');
    }
    expect(personalChatLink('')).to.equal('');
  });

  it('without an app id (authentication off) the channel welcome says where to go, with no broken link', () => {
    const card = welcomeCard(makeDeps({ config: { appId: '' } }), 'channel');
    expect(validateCard(card)).to.deep.equal([]);
    expect(actions(card).filter((a) => a.type === 'Action.OpenUrl')).to.have.length(0);
    expect(actions(card).some((a) => (a.data as Json | undefined)?.action === 'induction')).to.equal(false);
    expect(JSON.stringify(card)).to.include('Open a chat with Practice Guide and type induction');
  });

  it('the personal welcome still starts the induction with a button', () => {
    const card = welcomeCard(makeDeps({ config: { appId: APP_ID } }), 'personal');
    expect(actions(card).map((a) => a.data)).to.deep.include({ action: 'induction', op: 'start' });
    expect(actions(card).some((a) => a.type === 'Action.OpenUrl')).to.equal(false);
  });

  it('help puts each example on its own line and ends each description before its example', () => {
    const deps = makeDeps({ kb: loadKnowledge(new URL('../../knowledge', import.meta.url).pathname) });
    const commands = TABLES.commands.map((c) => ({ name: c.name, description: c.description, example: c.example }));
    const card = helpCard(deps, commands, 'personal');
    expect(validateCard(card)).to.deep.equal([]);
    const examples = walk(card.body).filter((o) => o.type === 'TextBlock' && String(o.text).startsWith('- '));
    expect(examples.length).to.be.greaterThan(1);
    for (const e of examples) expect(String(e.text), 'one example per block').not.to.include('\n');
    const facts = walk(card).filter((o) => 'title' in o && 'value' in o).map((o) => String(o.value));
    expect(facts).to.have.length(commands.length);
    for (const f of facts) {
      expect(f, 'no run-together description and example').not.to.match(/[a-z)] Example:/);
      expect(f).not.to.match(/\.\.|:\s*$/);
    }
    expect(helpLineText({ name: 'help', description: 'What I can do, with example questions', example: 'help' })).to.equal('What I can do, with example questions. Example: help');
  });

  it('about and privacy say the same about how long feedback (and everything else) is kept', () => {
    const deps = makeDeps({ config: { insightsRetentionDays: 45 } });
    const facts = (card: Json) => {
      const out = new Map<string, string>();
      for (const o of walk(card)) if ('title' in o && 'value' in o) out.set(String(o.title), String(o.value));
      return out;
    };
    const about = facts(aboutCard(deps));
    const privacy = JSON.stringify(privacyCard(deps.config));
    expect(about.get('Feedback')).to.match(/not deleted after a set time/);
    for (const [what, detail] of about) if (!/Council|Board/.test(what)) expect(privacy, what).to.include(detail);
    expect(about.get('Questions (insights)')).to.include('Deleted after 45 days');
    expect(privacy).not.to.include('guidance owners clear it');
  });
});
