import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../src/knowledge/engine.js';
import { evaluate, norm, splitOf, type EvalItem } from '../../src/knowledge/evaluate.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { answerQuoteText } from '../support/quote.js';
import { message, submit } from '../support/teams.js';
import { nodes } from '../conversation/helpers.js';

const SET_C = fileURLToPath(new URL('../knowledge/fixtures/heldout-c.json', import.meta.url));

/**
 * What the eval counts is what a user gets: each question of C's tuning half is sent over HTTP by a new user in a
 * personal chat, who answers "which organisation?" with their own, as Teams would send it; a clear answer is the
 * first answer-quote on the reply cards. The bot's strict answers are exactly the engine eval's.
 */
describe('answer quality over HTTP: the strict eval is what a user gets', function () {
  this.timeout(180_000);
  let h: Harness;
  before(async () => { h = await startApp(); });
  after(async () => { await h.close(); });

  it('gives, question by question, the same clear right answers as `npm run eval` counts', async () => {
    const items = (JSON.parse(readFileSync(SET_C, 'utf8')) as EvalItem[]).filter((i) => splitOf(i.id) === 'tune');
    const engine = evaluate(buildIndex(h.app.deps.kb), items);
    const expected = new Set(engine.scored.filter((r) => r.strict).map((r) => r.item.id));
    const answeredOos = new Set(engine.outOfScope.filter((r) => r.result.outcome === 'answer').map((r) => r.item.id));
    const got = new Set<string>();
    const gotOos = new Set<string>();
    for (const [n, item] of items.entries()) {
      const user = { id: `29:eval-user-${n}`, name: 'New Starter', aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` };
      h.connector.clear();
      const res = await h.send(message(item.question, { serviceUrl: h.connector.url, user }));
      expect(res.status, item.id).to.equal(200);
      let cards = h.connector.cards();
      const choose = cards.flatMap(submitsOf).find((d) => d.action === 'chooseOrg' && d.organisation === (item.org ?? engineOrg(engine, item.id)));
      if (choose && !cards.some((c) => answerQuoteText(c) !== undefined)) {
        h.connector.clear();
        await h.send(submit(choose, { serviceUrl: h.connector.url, user }));
        cards = h.connector.cards();
      }
      const quote = cards.map(answerQuoteText).find((q) => q !== undefined);
      if (item.kind === 'out_of_scope') { if (quote !== undefined) gotOos.add(item.id); continue; }
      if (quote !== undefined && (item.expect_any ?? []).some((p) => norm(quote).includes(norm(p)))) got.add(item.id);
    }
    const diff = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));
    expect({ onlyEngine: diff(expected, got), onlyHttp: diff(got, expected) }).to.deep.equal({ onlyEngine: [], onlyHttp: [] });
    expect({ oosOnlyEngine: diff(answeredOos, gotOos), oosOnlyHttp: diff(gotOos, answeredOos) }).to.deep.equal({ oosOnlyEngine: [], oosOnlyHttp: [] });
    expect(got.size / engine.scored.length).to.be.greaterThan(0.5);
  });
});

/** The data of every Action.Submit on a card. */
function submitsOf(card: unknown): Record<string, unknown>[] {
  return nodes(card).filter((n) => n.type === 'Action.Submit' && n.data && typeof n.data === 'object').map((n) => n.data as Record<string, unknown>);
}

function engineOrg(report: ReturnType<typeof evaluate>, id: string): string | undefined {
  return [...report.scored, ...report.outOfScope].find((r) => r.item.id === id)?.result.hits[0]?.entry.organisation;
}
