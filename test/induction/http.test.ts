import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateCard } from '../../src/cards/validate.js';
import { makeCheck } from '../../src/induction/checks.js';
import { loadJourneys } from '../../src/induction/journeys.js';
import { hashId } from '../../src/logger.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { message, submit, USER } from '../support/teams.js';
import { action, cardText, choices, KNOWLEDGE_DIR, realKb } from './helpers.js';

type Card = Record<string, unknown>;
const SALT = 'http-test-salt';

describe('induction over HTTP, the way Teams drives the bot', function () {
  this.timeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'induction-http-'));
  const env = { DEFAULT_ORGANISATION: 'bracknell-forest', STORAGE_KIND: 'file', DATA_DIR: dataDir, USER_HASH_SALT: SALT, KNOWLEDGE_DIR };
  let h: Harness | undefined;
  after(async () => { await h?.close(); fs.rmSync(dataDir, { recursive: true, force: true }); });

  async function send(activity: Record<string, unknown>): Promise<Card[]> {
    h!.connector.clear();
    const res = await h!.send(activity);
    expect(res.status).to.equal(200);
    const cards = h!.connector.cards();
    for (const c of cards) expect(validateCard(c)).to.deep.equal([]);
    return cards;
  }

  it('completes a journey across a process restart, with right and wrong answers, to the certificate', async () => {
    const journey = loadJourneys(KNOWLEDGE_DIR, realKb()).get('bracknell-forest')!;
    h = await startApp(env);
    let card = (await send(message('induction', { serviceUrl: h.connector.url }))).at(-1)!;
    expect(cardText(card)).to.contain('Step 1 of');
    for (let i = 0; i < 3; i++) card = (await send(submit(action(card, 'next').data!, { serviceUrl: h.connector.url }))).at(-1)!;
    expect(cardText(card)).to.contain('Step 4 of');
    // The process stops and starts again on the same data directory.
    await h.close();
    h = await startApp(env);
    card = (await send(message('induction', { serviceUrl: h.connector.url }))).at(-1)!;
    expect(cardText(card)).to.contain('Welcome back').and.contain('Step 4 of');
    let checks = 0;
    for (let guard = 0; guard < 60 && !cardText(card).includes('Induction complete'); guard++) {
      const isCheck = (card.actions as { data?: { op?: string } }[]).some((a) => a.data?.op === 'answer');
      if (isCheck) {
        const data = action(card, 'answer').data!;
        const check = makeCheck(realKb(), journey, String(data.moduleId), Number(String(data.step).slice(6)), hashId(SALT, USER.id))!;
        expect(choices(card).map((c) => c.value)).to.deep.equal(check.options.map((o) => o.id));
        const optionId = checks++ % 2 === 0 ? check.correctId : check.options.find((o) => o.id !== check.correctId)!.id;
        const cards = await send(submit({ ...data, optionId }, { serviceUrl: h.connector.url }));
        expect(cardText(cards[0])).to.match(optionId === check.correctId ? /Right/ : /Not quite/);
        card = cards.at(-1)!;
      } else {
        card = (await send(submit(action(card, 'next').data!, { serviceUrl: h.connector.url }))).at(-1)!;
      }
    }
    expect(cardText(card)).to.contain('Induction complete');
    expect(checks).to.equal(4);
    // The record is in storage, with no text of theirs or ours; the logs carry no names or quotes.
    const files = fs.readdirSync(dataDir, { recursive: true }).map(String).filter((f) => f.includes('induction'));
    expect(files.length).to.be.greaterThan(0);
    const stored = files.map((f) => fs.readFileSync(path.join(dataDir, f), 'utf8')).join('\n');
    expect(stored).to.contain('finishedAt');
    for (const e of realKb().entries) expect(stored).to.not.contain(e.quote.slice(0, 30));
    expect(stored).to.not.contain(USER.name);
    const logs = h.logs.join('\n');
    expect(logs).to.not.contain(USER.name);
    for (const e of journey.modules.flatMap((m) => m.steps)) expect(logs).to.not.contain(realKb().entryById.get(e)!.quote.slice(0, 30));
  });

  for (const organisation of ['southwark', 'kent', 'surrey']) {
    it(`completes the whole ${organisation} journey over HTTP, every step and check, right and wrong answers`, async () => {
      const journey = loadJourneys(KNOWLEDGE_DIR, realKb()).get(organisation)!;
      const user = { id: `29:starter-${organisation}`, name: 'New Starter', aadObjectId: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' };
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `induction-${organisation}-`));
      await h?.close();
      h = await startApp({ ...env, DATA_DIR: dir, DEFAULT_ORGANISATION: organisation });
      const o = { serviceUrl: h.connector.url, user };
      let card = (await send(message('induction', o))).at(-1)!;
      let checks = 0;
      let steps = 1;
      for (let guard = 0; guard < 80 && !cardText(card).includes('Induction complete'); guard++) {
        const isCheck = (card.actions as { data?: { op?: string } }[]).some((a) => a.data?.op === 'answer');
        if (isCheck) {
          const data = action(card, 'answer').data!;
          const check = makeCheck(realKb(), journey, String(data.moduleId), Number(String(data.step).slice(6)), hashId(SALT, user.id))!;
          const optionId = checks++ % 2 === 1 ? check.correctId : check.options.find((x) => x.id !== check.correctId)!.id;
          const cards = await send(submit({ ...data, optionId }, o));
          expect(cardText(cards[0])).to.match(optionId === check.correctId ? /Right/ : /Not quite/);
          card = cards.at(-1)!;
        } else {
          card = (await send(submit(action(card, 'next').data!, o))).at(-1)!;
          steps++;
        }
      }
      expect(cardText(card)).to.contain('Induction complete');
      expect(checks).to.be.greaterThan(0);
      expect(steps).to.be.greaterThan(journey.modules.flatMap((m) => m.steps).length);
      for (const source of realKb().sources.filter((x) => x.organisation === organisation || journey.modules.some((m) => m.steps.some((id) => realKb().entryById.get(id)?.source === x.id)))) {
        expect(JSON.stringify(card)).to.contain(`/guide/${source.id}`);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }
});
