import { expect } from 'chai';
import { handleTurn } from '../../src/kernel/handle.js';
import { MAX_QUESTION_CHARS, plainText } from '../../src/conversation/message.js';
import { validateCard } from '../../src/cards/validate.js';
import { makeDeps, resultOf, searchReturning } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { allText, cards, heading, quoteOf, submitData } from './helpers.js';

describe('conversation: messages', () => {
  describe('bad input gets a short kind reply, never a crash', () => {
    it('an empty message and a bare mention (empty text) get a prompt and no search', async () => {
      const deps = makeDeps();
      for (const text of ['', '   \n\t ']) {
        const out = await handleTurn(deps, makeTurn({ text, scope: 'channel' }));
        expect(out.messages).to.have.length(1);
        expect(out.messages[0].text).to.match(/Ask me a question/);
      }
      expect(deps.searches).to.have.length(0);
    });

    it('emoji only gets a kind reply and no search', async () => {
      const deps = makeDeps();
      const out = await handleTurn(deps, makeTurn({ text: '👍🙂🙂' }));
      expect(out.messages[0].text).to.match(/only answer questions in words/);
      expect(deps.searches).to.have.length(0);
    });

    it('a 20,000-character message searches only the first part and says so', async () => {
      const deps = makeDeps();
      const text = `what does strengths based mean ${'and more words '.repeat(1500)}`.slice(0, 20_000);
      const out = await handleTurn(deps, makeTurn({ text }));
      expect(deps.searches[0].question.length).to.be.at.most(MAX_QUESTION_CHARS);
      expect(allText(out)).to.include('first 2,000 characters');
      expect(quoteOf(out)).to.be.a('string');
      for (const card of cards(out)) expect(validateCard(card)).to.deep.equal([]);
    });

    it('HTML and markdown are never echoed as markup, and are searched as plain words', async () => {
      const deps = makeDeps({ search: searchReturning({ outcome: 'no-answer', hits: [], confidence: 0 }) });
      const text = '<script>alert(1)</script> **bold** [link](https://evil.example) <img src=x onerror=alert(1)> zebra';
      const out = await handleTurn(deps, makeTurn({ text }));
      const shown = allText(out);
      for (const bad of ['<script', 'onerror', 'evil.example', '**bold**', 'zebra']) expect(shown).not.to.include(bad);
      expect(deps.searches[0].question).not.to.match(/[<>*[\]]/);
      expect(plainText('a &lt;b&gt; &amp; `c`')).to.equal('a b & c');
    });

    it('never echoes the user\'s words on any reply', async () => {
      const deps = makeDeps();
      for (const text of ['quokka strengths based', 'quokka', 'quokka consent']) {
        expect(allText(await handleTurn(deps, makeTurn({ text })))).not.to.include('quokka');
      }
    });
  });

  describe('answers', () => {
    it('answers with a cited card whose quote is verbatim', async () => {
      const deps = makeDeps({ config: { defaultOrganisation: 'southwark' } });
      const out = await handleTurn(deps, makeTurn({ text: 'what does strengths based mean?' }));
      const e = deps.kb.entryById.get('southwark-principle-strengths-based')!;
      expect(quoteOf(out)).to.equal(e.quote);
      expect(deps.searches[0].context).to.deep.equal({ organisation: 'southwark' });
    });

    it('did-you-mean offers up to three candidates and none of these', async () => {
      const deps = makeDeps();
      deps.search = searchReturning(resultOf(deps.kb, 'did-you-mean', deps.kb.entries.slice(0, 4).map((e) => e.id), 0.4));
      const out = await handleTurn(deps, makeTurn({ text: 'something vague' }));
      expect(heading(out)).to.equal('Did you mean one of these?');
      expect(submitData(out).map((d) => d.action)).to.deep.equal(['ask', 'ask', 'ask', 'none']);
    });

    it('no-answer says so plainly and who to ask', async () => {
      const deps = makeDeps({ config: { askWho: { '*': 'the learning and development team' } } });
      const out = await handleTurn(deps, makeTurn({ text: 'how do I book annual leave' }));
      expect(heading(out)).to.equal("There's no guidance on that in this guide");
      expect(allText(out)).to.include('the learning and development team');
    });

    it('works the same in a group chat and a channel', async () => {
      const deps = makeDeps();
      for (const scope of ['groupChat', 'channel'] as const) {
        const out = await handleTurn(deps, makeTurn({ scope, text: 'what does strengths based mean' }));
        expect(quoteOf(out)).to.be.a('string');
      }
    });
  });

  describe('screening comes first', () => {
    it('urgent: the urgent card only, no guidance answer and no search', async () => {
      const deps = makeDeps();
      const out = await handleTurn(deps, makeTurn({ text: 'my YP is missing' }));
      expect(out.messages).to.have.length(1);
      expect(quoteOf(out)).to.equal(undefined);
      expect(allText(out)).to.include('999');
      expect(deps.searches).to.have.length(0);
      expect(validateCard(cards(out)[0])).to.deep.equal([]);
    });

    it('personal data: searches the redacted text, adds a reminder, never echoes what was found', async () => {
      const deps = makeDeps();
      const out = await handleTurn(deps, makeTurn({ text: 'strengths based approach for a child with NHS number 943 476 5919 dob 03/04/2015' }));
      expect(deps.searches[0].question).not.to.include('943 476 5919').and.not.to.include('03/04/2015');
      const shown = allText(out);
      expect(shown).to.match(/please don\\u2019t share names|please don’t share names/);
      expect(shown).not.to.include('943 476 5919');
      expect(shown).not.to.include('03/04/2015');
      expect(quoteOf(out)).to.be.a('string');
    });

    it('a risk topic gets the answer plus a pointer to duty contacts', async () => {
      const deps = makeDeps({ search: (q, c) => resultOf(deps.kb, 'answer', ['surrey-principle-motivational-interviewing'], 0.8, c.organisation) });
      const out = await handleTurn(deps, makeTurn({ text: 'what do we do when a child is at risk?' }));
      expect(quoteOf(out)).to.be.a('string');
      expect(allText(out)).to.match(/front door/);
    });

    it('small talk gets a short reply without a search', async () => {
      const deps = makeDeps();
      const out = await handleTurn(deps, makeTurn({ text: 'thanks!' }));
      expect(out.messages[0].text).to.match(/welcome/i);
      expect(deps.searches).to.have.length(0);
    });
  });

  describe('organisation', () => {
    it('asks which organisation when it matters, re-asks the carried question on choice, and remembers it', async () => {
      const deps = makeDeps({
        search: (_q, c) => c.organisation === 'surrey'
          ? resultOf(deps.kb, 'answer', ['surrey-principle-motivational-interviewing'], 0.8, 'surrey')
          : resultOf(deps.kb, 'ask-organisation', ['surrey-consent-children', 'kent-vision'], 0.6),
      });
      const out = await handleTurn(deps, makeTurn({ text: 'consent and principles' }));
      expect(heading(out)).to.equal("Which organisation's guidance do you mean?");
      const choice = submitData(out).find((d) => d.organisation === 'surrey')!;
      expect(choice).to.deep.include({ action: 'chooseOrg', question: 'consent and principles' });
      const answered = await handleTurn(deps, makeTurn({ kind: 'submit', value: choice }));
      expect(quoteOf(answered)).to.equal(deps.kb.entryById.get('surrey-principle-motivational-interviewing')!.quote);
      await handleTurn(deps, makeTurn({ text: 'consent' }));
      expect(deps.searches.at(-1)!.context.organisation).to.equal('surrey');
    });

    it('carries a question that held personal data in its redacted form, and answers it once chosen', async () => {
      const deps = makeDeps({
        search: (_q, c) => c.organisation === 'surrey'
          ? resultOf(deps.kb, 'answer', ['surrey-consent-children'], 0.8, 'surrey')
          : resultOf(deps.kb, 'ask-organisation', ['kent-vision', 'surrey-consent-children'], 0.6),
      });
      const out = await handleTurn(deps, makeTurn({ text: 'consent for Tobias Quenbury dob 03/04/2015' }));
      const choice = submitData(out).find((d) => d.organisation === 'surrey')!;
      expect(choice.question).to.be.a('string');
      expect(JSON.stringify(out)).not.to.match(/Tobias|Quenbury|03\/04\/2015/);
      expect(choice.question).to.contain('[date of birth]');
      const answered = await handleTurn(deps, makeTurn({ kind: 'submit', value: choice }));
      expect(quoteOf(answered)).to.equal(deps.kb.entryById.get('surrey-consent-children')!.quote);
      expect(deps.searches.at(-1)!.question).not.to.contain('[');
      const keys = await deps.storage.list('insights/');
      const records = Object.values(await deps.storage.read(keys));
      expect(records.every((r) => r.personalDataFound === true), 'both turns count as carrying personal data').to.equal(true);
    });

    it('the deployment default wins and is never asked', async () => {
      const deps = makeDeps({ config: { defaultOrganisation: 'kent' } });
      await handleTurn(deps, makeTurn({ text: 'consent' }));
      expect(deps.searches[0].context.organisation).to.equal('kent');
    });

    it('the organisation command remembers a named organisation', async () => {
      const deps = makeDeps();
      const out = await handleTurn(deps, makeTurn({ text: 'organisation Kent' }));
      expect(out.messages[0].text).to.include('Kent County Council');
      await handleTurn(deps, makeTurn({ text: 'vision' }));
      expect(deps.searches.at(-1)!.context.organisation).to.equal('kent');
    });
  });
});
