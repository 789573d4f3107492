import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { progressKey } from '../../src/induction/store.js';
import { MemoryStorage } from '../../src/storage/memory.js';
import type { Storage, StoreItems } from '../../src/storage/port.js';
import { buildKb } from '../support/fixture-kb.js';
import type { FakeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { action, cardText, inductionDeps, KNOWLEDGE_DIR, lastCard, press, realKb, type } from './helpers.js';

const key = (deps: FakeDeps) => progressKey(deps, makeTurn().userId);
const stored = async (deps: FakeDeps) => JSON.stringify((await deps.storage.read([key(deps)]))[key(deps)]);

/** Starts and moves on `moves` times (Next on steps, answer "a" on checks); returns every card shown. */
async function startAt(deps: FakeDeps, moves: number) {
  const cards = [lastCard(await type(deps, ''))];
  for (let i = 0; i < moves; i++) {
    const card = cards[cards.length - 1];
    const isCheck = (card.actions as { data?: { op?: string } }[]).some((a) => a.data?.op === 'answer');
    cards.push(lastCard(await press(deps, isCheck ? { ...action(card, 'answer').data!, optionId: 'a' } : action(card, 'next').data!)));
  }
  return cards;
}

describe('induction robustness', () => {
  it('a double click on Next moves one step, and the second click says where you are', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'southwark' } });
    const [first] = await startAt(deps, 0);
    const next = action(first, 'next').data!;
    expect(cardText(lastCard(await press(deps, next)))).to.contain('Step 2 of');
    const second = lastCard(await press(deps, next));
    expect(cardText(second)).to.contain("That card was from an earlier point, so I haven't moved you. You are at step 2 of");
    expect(cardText(second)).to.contain('Step 2 of');
    expect(JSON.parse(await stored(deps)).seen).to.have.length(1);
  });

  it('Next or Back on an old card neither skips nor repeats silently', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'bracknell-forest' } });
    const cards = await startAt(deps, 3);
    const before = await stored(deps);
    for (const op of ['next', 'back']) {
      const reply = lastCard(await press(deps, action(cards[1], op).data!));
      expect(cardText(reply)).to.contain('That card was from an earlier point').and.contain('Step 4 of');
    }
    expect(await stored(deps)).to.equal(before);
    const back = lastCard(await press(deps, action(cards[3], 'back').data!));
    expect(cardText(back)).to.contain('Step 3 of');
  });

  it('tampered submits get a kind reply and change nothing', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'southwark' } });
    const cards = await startAt(deps, 3);
    const good = action(cards[3], 'next').data!;
    const before = await stored(deps);
    const tampered: Record<string, unknown>[] = [
      { ...good, moduleId: 'no-such-module' },
      { ...good, step: 'check-9' },
      { ...good, step: 'kent-vision' },
      { ...good, step: 12 },
      { ...good, moduleId: { $gt: '' } },
      { ...good, step: 'x'.repeat(5000) },
      { ...good, op: 'answer', optionId: 'a' },
      { ...good, op: 'teleport' },
      { action: 'induction' },
      { action: 'induction', op: 'org', organisation: 'atlantis' },
      { action: 'induction', op: 'answer', moduleId: 'vision-and-mission', step: 'check-0', optionId: 'a' },
    ];
    for (const data of tampered) {
      const out = await press(deps, data);
      expect(out.messages, JSON.stringify(data).slice(0, 80)).to.have.length(1);
      const said = out.messages[0].text ?? cardText(out.messages[0].card!);
      expect(said, JSON.stringify(data).slice(0, 80)).to.match(/Sorry, I couldn't use that button|That card was from an earlier point/);
    }
    expect(await stored(deps)).to.equal(before);
  });

  it('an answer id that was never offered changes nothing', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'kent' } });
    let card = lastCard(await type(deps, ''));
    while (!(card.actions as { data?: { op?: string } }[]).some((a) => a.data?.op === 'answer')) card = lastCard(await press(deps, action(card, 'next').data!));
    const before = await stored(deps);
    for (const optionId of ['z', '', 7, null, 'a'.repeat(500)]) {
      const out = await press(deps, { ...action(card, 'answer').data!, optionId });
      expect(out.messages[0].text).to.match(/Sorry, I couldn't use that button/);
    }
    expect(await stored(deps)).to.equal(before);
  });

  it('a knowledge change that removes and reorders steps mid-journey resumes at the nearest step', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'southwark' } });
    const cards = await startAt(deps, 7); // 4 steps, a check, the overview, the 1st principle: now the 2nd (family minded)
    expect(action(cards[7], 'next').data!.step).to.equal('southwark-principle-family-minded');
    // The practice lead removes that principle's entry and reverses the order of the rest.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'induction-kb-'));
    const doc = parse(fs.readFileSync(path.join(KNOWLEDGE_DIR, 'induction.yaml'), 'utf8'));
    const mod = doc.journeys.southwark.modules[1];
    mod.steps = mod.steps.filter((s: string) => s !== 'southwark-principle-family-minded').reverse();
    fs.writeFileSync(path.join(dir, 'induction.yaml'), stringify(doc));
    const kb = realKb();
    const changedKb = buildKb(kb.organisations, kb.sources, kb.entries.filter((e) => e.id !== 'southwark-principle-family-minded'));
    const after = inductionDeps({ kb: changedKb, storage: deps.storage, config: { defaultOrganisation: 'southwark', knowledgeDir: dir } });
    const resumed = lastCard(await type(after, ''));
    expect(cardText(resumed)).to.contain('The guidance has changed since you were last here');
    // The old card's button no longer matches any step: a kind reply, nothing breaks.
    const old = await press(after, action(cards[7], 'next').data!);
    expect(old.messages[0].text).to.match(/Sorry/);
    // The journey can still be finished.
    let card = resumed;
    for (let i = 0; i < 40 && !cardText(card).includes('Induction complete'); i++) {
      const answer = (card.actions as { data?: { op?: string } }[]).find((a) => a.data?.op === 'answer');
      card = lastCard(await press(after, answer ? { ...action(card, 'answer').data!, optionId: 'a' } : action(card, 'next').data!));
    }
    expect(cardText(card)).to.contain('Induction complete');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** A store whose reads take `delayMs`, so two instances read the same version before either writes. */
class SlowStorage implements Storage {
  conflicts = 0;
  constructor(readonly inner: Storage, readonly delayMs: number) {}
  async read(keys: string[]): Promise<StoreItems> {
    const r = await this.inner.read(keys);
    await new Promise((res) => setTimeout(res, this.delayMs));
    return r;
  }
  async write(changes: StoreItems): Promise<void> {
    try { await this.inner.write(changes); } catch (err) { this.conflicts++; throw err; }
  }
  delete(keys: string[]) { return this.inner.delete(keys); }
  list(prefix: string) { return this.inner.list(prefix); }
}

describe('induction on two instances sharing one store', () => {
  it('interleaved Next and Pause from two instances: both land, nothing lost', async () => {
    const shared = new MemoryStorage();
    const a = inductionDeps({ storage: new SlowStorage(shared, 1), config: { defaultOrganisation: 'kent' } });
    const bStore = new SlowStorage(shared, 15);
    const b = inductionDeps({ storage: bStore, config: { defaultOrganisation: 'kent' } });
    const first = lastCard(await type(a, ''));
    await Promise.all([press(a, action(first, 'next').data!), press(b, action(first, 'pause').data!)]);
    const p = JSON.parse(await stored(a));
    expect(p.seen).to.deep.equal(['kent-vision']);
    expect(p.position.entryId).to.equal('kent-social-work-contract');
    expect(p.pausedAt).to.be.a('number');
    expect(bStore.conflicts).to.be.greaterThan(0);
  });

  it('the same Next pressed on two instances at once moves exactly one step', async () => {
    const shared = new MemoryStorage();
    const a = inductionDeps({ storage: new SlowStorage(shared, 5), config: { defaultOrganisation: 'surrey' } });
    const b = inductionDeps({ storage: new SlowStorage(shared, 5), config: { defaultOrganisation: 'surrey' } });
    const first = lastCard(await type(a, ''));
    const replies = await Promise.all([press(a, action(first, 'next').data!), press(b, action(first, 'next').data!)]);
    const texts = replies.map((r) => cardText(lastCard(r)));
    expect(texts.filter((t) => t.includes('That card was from an earlier point'))).to.have.length(1);
    expect(JSON.parse(await stored(a)).seen).to.deep.equal(['surrey-vision']);
  });
});
