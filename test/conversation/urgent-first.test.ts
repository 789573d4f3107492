/**
 * Urgent risk comes first and never costs the member of staff their answer: the urgent card is the
 * first message; a guidance answer, when the guide has one, follows it; no answer adds nothing.
 * The turn is recorded once, as urgent, and its text is never stored.
 */
import { expect } from 'chai';
import { handleTurn } from '../../src/kernel/handle.js';
import { questionPart } from '../../src/conversation/message.js';
import { makeDeps, resultOf, searchReturning } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { allText, cards, quoteOf } from './helpers.js';
import type { TurnOutput } from '../../src/kernel/types.js';

const URGENT_WITH_QUESTION = 'my yp just told me her stepdad hit her last night and she is scared to go home, what does surrey say about consent to share?';
const URGENT_ONLY = 'mums boyfriend just hit the baby and she is screaming';

async function stored(deps: ReturnType<typeof makeDeps>): Promise<Record<string, unknown>[]> {
  const keys = await deps.storage.list('insights/');
  return Object.values(await deps.storage.read(keys));
}

const secondQuote = (out: TurnOutput) => quoteOf({ messages: out.messages.slice(1) });

describe('conversation: urgent first, then the answer', () => {
  it('shows the urgent card first and the guidance answer after it', async () => {
    const deps = makeDeps({ search: searchReturning(resultOf(makeDeps().kb, 'answer', ['surrey-consent-children'], 0.9, 'surrey')) });
    const out = await handleTurn(deps, makeTurn({ text: URGENT_WITH_QUESTION }));
    expect(cards(out)).to.have.length(2);
    expect(JSON.stringify(cards(out)[0])).to.contain('999');
    expect(JSON.stringify(cards(out)[1])).not.to.contain('999');
    expect(secondQuote(out)).to.equal(deps.kb.entryById.get('surrey-consent-children')!.quote);
    const records = await stored(deps);
    expect(records.map((r) => r.outcome)).to.deep.equal(['urgent']);
    expect(records[0]).not.to.have.property('redactedQuestion');
  });

  it('adds nothing under the card when the guide has no answer, and stores no text', async () => {
    const deps = makeDeps({ search: searchReturning({ outcome: 'no-answer', hits: [], confidence: 0 }) });
    const out = await handleTurn(deps, makeTurn({ text: URGENT_ONLY }));
    expect(out.messages).to.have.length(1);
    expect(allText(out)).to.contain('999');
    const records = await stored(deps);
    expect(records.map((r) => r.outcome)).to.deep.equal(['urgent']);
    expect(JSON.stringify(records)).not.to.match(/boyfriend|baby|screaming/);
  });

  it('searches only the redacted words after the card', async () => {
    const deps = makeDeps({ search: searchReturning({ outcome: 'no-answer', hits: [], confidence: 0 }) });
    await handleTurn(deps, makeTurn({ text: 'Tobias Quenbury just told me his stepdad hit him, he is scared to go home tonight. what does Tobias Quenbury need from us under the principles?' }));
    expect(deps.searches).to.have.length(1);
    expect(deps.searches[0].question).not.to.match(/Tobias|Quenbury|stepdad/);
  });

  it('does not search a message that asks nothing', async () => {
    const deps = makeDeps();
    await handleTurn(deps, makeTurn({ text: URGENT_ONLY }));
    expect(deps.searches).to.have.length(0);
  });

  it('finds the question part of a message', () => {
    expect(questionPart('dad hit her last night - what does kent say about consent?')).to.equal('what does kent say about consent?');
    expect(questionPart('the baby is with grandparents now, whats next for the plan')).to.equal('whats next for the plan');
    expect(questionPart('she is scared to go home. Any advice on direct work?')).to.equal('Any advice on direct work?');
    expect(questionPart('he has a knife and is at the door. kent guidance on lone working?')).to.equal('kent guidance on lone working?');
    expect(questionPart('my yp is missing')).to.equal(undefined);
  });
});
