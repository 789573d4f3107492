import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { JourneyError, loadJourneys, parseJourneys } from '../../src/induction/journeys.js';
import { stepReflection } from '../../src/induction/cards.js';
import { KNOWLEDGE_DIR, realKb } from './helpers.js';

const good = () => ({
  journeys: {
    southwark: {
      title: 'T',
      modules: [{ id: 'm1', title: 'M', intro: 'ours', steps: ['southwark-principle-fair', 'southwark-principle-reflective'], checks: 2 }],
    },
  },
});

function problem(mutate: (d: ReturnType<typeof good>) => void): string {
  const d = good();
  mutate(d);
  try {
    parseJourneys(d, realKb(), 'induction.yaml');
  } catch (err) {
    expect(err).to.be.instanceOf(JourneyError);
    expect((err as JourneyError).code).to.equal('journey_invalid');
    return (err as Error).message;
  }
  throw new Error('expected a JourneyError');
}

describe('induction journeys (knowledge/induction.yaml)', () => {
  it('loads the shipped file: every organisation of the knowledge base has a journey with the expected modules', () => {
    const journeys = loadJourneys(KNOWLEDGE_DIR, realKb());
    expect([...journeys.keys()].sort()).to.deep.equal(realKb().organisations.map((o) => o.id).sort());
    expect(journeys.get('southwark')!.modules.map((m) => m.id)).to.deep.equal(['vision-and-mission', 'practice-principles']);
    const principles = journeys.get('southwark')!.modules[1].steps.filter((s) => s.startsWith('southwark-principle-'));
    expect(principles).to.have.length(8);
    expect(journeys.get('bracknell-forest')!.modules.map((m) => m.id)).to.deep.equal(['secure-base', 'aspire']);
    for (const j of journeys.values()) for (const m of j.modules) expect(m.checks).to.be.within(1, 2);
  });

  it('accepts a valid journey and defaults checks to 1', () => {
    const d = good();
    delete (d.journeys.southwark.modules[0] as { checks?: number }).checks;
    expect(parseJourneys(d, realKb()).get('southwark')!.modules[0].checks).to.equal(1);
  });

  it('names file, organisation, module and field in every error', () => {
    expect(problem((d) => { d.journeys.southwark.modules[0].steps.push('no-such-entry'); }))
      .to.equal('induction.yaml: organisation "southwark" module "m1" field "steps": unknown entry id "no-such-entry"');
    expect(problem((d) => { d.journeys.southwark.modules[0].checks = 3; })).to.match(/module "m1" field "checks"/);
    expect(problem((d) => { d.journeys.southwark.modules[0].intro = ''; })).to.match(/module "m1" field "intro"/);
    expect(problem((d) => { d.journeys.southwark.modules[0].steps.push('kent-vision'); })).to.match(/belongs to kent/);
    expect(problem((d) => { (d.journeys as Record<string, unknown>).atlantis = d.journeys.southwark; })).to.match(/organisation "atlantis".*unknown organisation/);
    expect(problem((d) => { d.journeys.southwark.modules.push({ ...d.journeys.southwark.modules[0] }); })).to.match(/duplicate module id/);
    expect(problem((d) => { (d.journeys.southwark.modules[0] as Record<string, unknown>).answers = ['kent-vision']; })).to.match(/field "answers"/);
  });

  it('reads our own reflective questions per step, refusing empty ones and leaving out questions for removed steps', () => {
    const d = good();
    (d.journeys.southwark.modules[0] as Record<string, unknown>).reflections = { 'southwark-principle-fair': ' Ours? ', 'southwark-principle-family-minded': 'Removed step' };
    expect(parseJourneys(d, realKb()).get('southwark')!.modules[0].reflections).to.deep.equal({ 'southwark-principle-fair': 'Ours?' });
    expect(problem((x) => { (x.journeys.southwark.modules[0] as Record<string, unknown>).reflections = { 'southwark-principle-fair': '' }; }))
      .to.match(/module "m1" field "reflections": expected a question for "southwark-principle-fair"/);
    expect(problem((x) => { (x.journeys.southwark.modules[0] as Record<string, unknown>).reflections = ['a']; })).to.match(/field "reflections"/);
  });

  it('never asks a new starter a reflective question that assumes a caseload', () => {
    /** Phrases that presume the reader already has children, families or casework of their own. */
    const ASSUMES = /\b(you work with|you support|you are worried about|you saw most recently|your (last|latest|next) (visit|assessment|risk assessment|conversation)|one of your plans|your caseload|the work you did today|building at the moment|you are offering)\b/i;
    const kb = realKb();
    const journeys = loadJourneys(KNOWLEDGE_DIR, kb);
    let checked = 0;
    for (const j of journeys.values()) {
      for (const m of j.modules) {
        expect(m.intro, `${j.organisation}/${m.id} intro`).not.to.match(ASSUMES);
        for (const step of m.steps) {
          const entry = kb.entryById.get(step)!;
          const shown = stepReflection(m, entry);
          if (!shown) continue;
          checked++;
          expect(shown, `${j.organisation}/${m.id}/${step}`).not.to.match(ASSUMES);
        }
      }
    }
    expect(checked).to.be.greaterThan(40);
    // The check can fail: the entries' own questions (for daily prompts, to teams with caseloads) do assume one.
    expect(kb.entries.filter((e) => e.reflection && ASSUMES.test(e.reflection)).length).to.be.greaterThan(10);
  });

  it('reports the file path when the file is missing or not YAML', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'induction-'));
    expect(() => loadJourneys(dir, realKb())).to.throw(JourneyError, /induction\.yaml/);
    fs.writeFileSync(path.join(dir, 'induction.yaml'), 'journeys: [unclosed');
    expect(() => loadJourneys(dir, realKb())).to.throw(JourneyError, /cannot read or parse/);
    fs.writeFileSync(path.join(dir, 'induction.yaml'), stringify(good()));
    expect(loadJourneys(dir, realKb()).size).to.equal(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
