import { expect } from 'chai';
import { validateCard } from '../../src/cards/validate.js';
import { makeCheck } from '../../src/induction/checks.js';
import { stepReflection } from '../../src/induction/cards.js';
import { quoteLines } from '../support/quote.js';
import { loadJourneys } from '../../src/induction/journeys.js';
import { progressKey, orgKey } from '../../src/induction/store.js';
import type { FakeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { action, cardText, choices, inductionDeps, KNOWLEDGE_DIR, lastCard, press, realKb, type } from './helpers.js';

type Card = Record<string, unknown>;
const clean = (card: Card) => expect(validateCard(card), JSON.stringify(validateCard(card))).to.deep.equal([]);

/** Drives a journey from its first card to the certificate, answering checks right and wrong in turn. */
async function complete(deps: FakeDeps, first: Card, organisation: string) {
  const kb = realKb();
  const journey = loadJourneys(KNOWLEDGE_DIR, kb).get(organisation)!;
  const totalSteps = journey.modules.reduce((n, m) => n + m.steps.length, 0);
  let card = first;
  let steps = 0;
  let checks = 0;
  let wrong = 0;
  for (let guard = 0; guard < 200; guard++) {
    clean(card);
    const text = cardText(card);
    if (text.includes('Induction complete')) break;
    const answer = (card.actions as { data?: { op?: string } }[]).find((a) => a.data?.op === 'answer');
    if (answer) {
      const data = action(card, 'answer').data!;
      const check = makeCheck(kb, journey, String(data.moduleId), Number(String(data.step).slice(6)), deps.hash(makeTurn().userId))!;
      expect(choices(card).map((c) => c.value)).to.deep.equal(check.options.map((o) => o.id));
      const right = checks % 2 === 0;
      const optionId = right ? check.correctId : check.options.find((o) => o.id !== check.correctId)!.id;
      const out = await press(deps, { ...data, optionId });
      expect(out.messages).to.have.length(2);
      const result = out.messages[0].card!;
      clean(result);
      const answerEntry = kb.entryById.get(check.answerEntryId)!;
      if (right) {
        expect(cardText(result)).to.contain('Right');
      } else {
        wrong++;
        expect(cardText(result)).to.contain('Not quite');
        if (answerEntry.organisation === organisation) {
          expect(cardText(result)).to.contain(quoteLines(answerEntry.quote));
        } else {
          // The odd one out comes from another organisation: named, never quoted; the option chosen (theirs) is quoted.
          expect(cardText(result), 'another organisation\'s passage is not quoted').not.to.contain(quoteLines(answerEntry.quote));
          const chosen = kb.entryById.get(check.options.find((o) => o.id === optionId)!.entryId)!;
          expect(chosen.organisation).to.equal(organisation);
          expect(cardText(result)).to.contain(quoteLines(chosen.quote)).and.to.contain('comes from');
        }
      }
      checks++;
      card = lastCard(out);
    } else {
      steps++;
      expect(text).to.contain(`Step ${steps} of ${totalSteps}`);
      expect(text).to.contain(`Progress: ${steps} of ${totalSteps} steps, ${Math.round((steps / totalSteps) * 100)}%`);
      const next = action(card, 'next').data!;
      const entry = kb.entryById.get(String(next.step))!;
      expect(text).to.contain(quoteLines(entry.quote));
      const mod = journey.modules.find((m) => m.id === next.moduleId)!;
      if (mod.steps[0] === entry.id) expect(text).to.contain(mod.intro).and.contain('From the Practice Guide team, not from the source.');
      const reflection = stepReflection(mod, entry);
      if (reflection) expect(text).to.contain(reflection).and.contain('Our question, from the Practice Guide team, not from the source.');
      card = lastCard(await press(deps, next));
    }
  }
  expect(cardText(card)).to.contain('Induction complete');
  expect(steps).to.equal(totalSteps);
  expect(checks).to.equal(journey.modules.reduce((n, m) => n + m.checks, 0));
  expect(wrong).to.be.greaterThan(0);
  return { card, journey };
}

describe('induction: a whole journey for each organisation', () => {
  for (const organisation of ['southwark', 'bracknell-forest', 'kent', 'surrey']) {
    it(`${organisation}: every step and check, right and wrong answers, ending with the certificate`, async () => {
      const deps = inductionDeps({ config: { defaultOrganisation: organisation } });
      const { card } = await complete(deps, lastCard(await type(deps, '')), organisation);
      const text = cardText(card);
      for (const s of realKb().sources.filter((x) => x.organisation === organisation)) {
        expect(JSON.stringify(card)).to.contain(`${deps.config.publicBaseUrl}/guide/${s.id}`);
        expect(text).to.contain(s.title);
      }
      expect(text).to.contain('@Practice Guide daily on');
      const stored = (await deps.storage.read([progressKey(deps, makeTurn().userId)]))[progressKey(deps, makeTurn().userId)];
      expect(stored.finishedAt).to.equal(deps.now());
      // No text of theirs or ours in the record: ids, times and outcomes only.
      expect(Object.keys(stored).sort()).to.deep.equal(['answers', 'eTag', 'finishedAt', 'organisation', 'position', 'seen', 'startedAt', 'updatedAt', 'version']);
      for (const a of stored.answers as Record<string, unknown>[]) expect(Object.keys(a).sort()).to.deep.equal(['at', 'check', 'correct', 'moduleId', 'optionId']);
      const json = JSON.stringify(stored);
      for (const e of realKb().entries) expect(json).to.not.contain(e.quote.slice(0, 30));
      expect(json).to.not.contain('Test User');
      // Typing induction again shows the certificate; status says finished.
      expect(cardText(lastCard(await type(deps, '')))).to.contain('Induction complete');
      expect(cardText(lastCard(await type(deps, 'status')))).to.contain('You have finished your induction.');
      expect(deps.logs.map((l) => JSON.stringify(l)).join('\n')).to.not.contain('Test User');
    });
  }

  it('asks for the organisation once with buttons and remembers it', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: '' } });
    const ask = lastCard(await type(deps, ''));
    clean(ask);
    const surrey = (ask.actions as { data: Record<string, unknown> }[]).find((a) => a.data.organisation === 'surrey')!;
    const first = lastCard(await press(deps, surrey.data));
    expect(cardText(first)).to.contain('Step 1 of');
    const remembered = (await deps.storage.read([orgKey(deps, makeTurn().userId)]))[orgKey(deps, makeTurn().userId)];
    expect(remembered.organisation).to.equal('surrey');
    await complete(deps, first, 'surrey');
  });

  it('runs only in a personal chat; elsewhere it says so', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'kent' } });
    for (const args of ['', 'status', 'restart']) {
      const out = await type(deps, args, { scope: 'channel' });
      expect(out.messages[0].text).to.match(/personal chat/);
    }
    expect(await deps.storage.list('user/')).to.deep.equal([]);
  });

  it('shows status, pauses, and restarts only after confirmation', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'kent' } });
    let card = lastCard(await type(deps, ''));
    card = lastCard(await press(deps, action(card, 'next').data!));
    const paused = await press(deps, action(card, 'pause').data!);
    expect(paused.messages[0].text).to.match(/Paused at step 2 of/);
    const status = lastCard(await type(deps, 'status'));
    clean(status);
    expect(cardText(status)).to.contain('Paused. Step 2 of');
    const resumed = lastCard(await type(deps, ''));
    expect(cardText(resumed)).to.contain('Welcome back').and.contain('Step 2 of');
    const confirm = lastCard(await type(deps, 'restart'));
    clean(confirm);
    expect(cardText(lastCard(await type(deps, 'status')))).to.contain('Step 2 of');
    const restarted = lastCard(await press(deps, action(confirm, 'restart-confirm').data!));
    expect(cardText(restarted)).to.contain('Step 1 of');
  });

  it('restarting the process halfway (new deps, same storage) resumes at the same step', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'southwark' } });
    let card = lastCard(await type(deps, ''));
    for (let i = 0; i < 3; i++) card = lastCard(await press(deps, action(card, 'next').data!));
    const before = cardText(card);
    const again = inductionDeps({ storage: deps.storage, config: { defaultOrganisation: 'southwark' } });
    const resumed = lastCard(await type(again, ''));
    expect(cardText(resumed)).to.contain('Step 4 of');
    expect(action(resumed, 'next').data).to.deep.equal(action(card, 'next').data);
    expect(before).to.contain('Step 4 of');
  });
});
