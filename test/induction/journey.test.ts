import { expect } from 'chai';
import { answer, back, next, pause, resolve, restart, slotId, slots, start, stepNumbers, type Progress } from '../../src/induction/journey.js';
import type { Journey } from '../../src/induction/journeys.js';

const journey: Journey = {
  organisation: 'southwark',
  title: 'Test journey',
  modules: [
    { id: 'm1', title: 'One', intro: 'ours', steps: ['a', 'b'], checks: 1 },
    { id: 'm2', title: 'Two', intro: 'ours', steps: ['c', 'd', 'e'], checks: 2 },
  ],
};
const T = 1_000;

function at(p: Progress): string {
  return p.position.kind === 'done' ? 'done' : `${p.position.moduleId}/${slotId(p.position)}`;
}

describe('induction journey state machine', () => {
  it('lists steps then checks per module', () => {
    expect(slots(journey).map((s) => `${s.moduleId}/${slotId(s)}`)).to.deep.equal(
      ['m1/a', 'm1/b', 'm1/check-0', 'm2/c', 'm2/d', 'm2/e', 'm2/check-0', 'm2/check-1']);
  });

  it('walks forward through steps and checks to the end, recording the finish time', () => {
    let p = start(journey, T);
    const seen = [at(p)];
    for (let i = 0; i < 20 && p.position.kind !== 'done'; i++) {
      p = p.position.kind === 'check' ? answer(p, journey, 'a', true, T + i) : next(p, journey, T + i);
      seen.push(at(p));
    }
    expect(seen).to.deep.equal(['m1/a', 'm1/b', 'm1/check-0', 'm2/c', 'm2/d', 'm2/e', 'm2/check-0', 'm2/check-1', 'done']);
    expect(p.finishedAt).to.be.a('number');
    expect(p.answers).to.have.length(3);
  });

  it('next does nothing at a check, answer does nothing at a step', () => {
    let p = start(journey, T);
    expect(answer(p, journey, 'a', true, T)).to.equal(p);
    p = next(next(p, journey, T), journey, T);
    expect(at(p)).to.equal('m1/check-0');
    expect(next(p, journey, T)).to.equal(p);
  });

  it('back skips answered checks and stops at the first step; next does not ask an answered check twice', () => {
    let p = start(journey, T);
    expect(back(p, journey, T)).to.equal(p);
    p = answer(next(next(p, journey, T), journey, T), journey, 'b', false, T);
    expect(at(p)).to.equal('m2/c');
    p = back(p, journey, T);
    expect(at(p)).to.equal('m1/b');
    p = next(p, journey, T);
    expect(at(p)).to.equal('m2/c');
  });

  it('counts steps for the card: "Step 3 of 5" and the percentage', () => {
    expect(stepNumbers(journey, 3)).to.deep.equal({ current: 3, total: 5, percent: 60 });
    expect(stepNumbers(journey, 2)).to.deep.equal({ current: 2, total: 5, percent: 40 });
    expect(stepNumbers(journey, 8)).to.deep.equal({ current: 5, total: 5, percent: 100 });
  });

  it('pause keeps the position; moving clears the pause; restart starts over', () => {
    const p = pause(next(start(journey, T), journey, T), T + 5);
    expect(p.pausedAt).to.equal(T + 5);
    expect(at(p)).to.equal('m1/b');
    expect(next(p, journey, T + 6).pausedAt).to.equal(undefined);
    const r = restart(journey, T + 9);
    expect(at(r)).to.equal('m1/a');
    expect(r.answers).to.deep.equal([]);
  });

  describe('after a knowledge change', () => {
    it('follows a step that moved to another module', () => {
      const p = { ...start(journey, T), position: { kind: 'step' as const, moduleId: 'm2', entryId: 'd' } };
      const changed: Journey = { ...journey, modules: [{ ...journey.modules[0], steps: ['a', 'd', 'b'] }, { ...journey.modules[1], steps: ['c', 'e'] }] };
      expect(resolve(p, changed)).to.deep.equal({ index: 1, moved: true });
    });

    it('resumes at the nearest step not yet done when the step was removed', () => {
      let p = start(journey, T);
      for (let i = 0; i < 2; i++) p = next(p, journey, T);
      p = answer(p, journey, 'a', true, T);
      p = next(p, journey, T); // at m2/d, c seen
      expect(at(p)).to.equal('m2/d');
      const changed: Journey = { ...journey, modules: [journey.modules[0], { ...journey.modules[1], steps: ['c', 'e'] }] };
      const r = resolve(p, changed);
      expect(slotId(slots(changed)[r.index])).to.equal('e');
      expect(r.moved).to.equal(true);
      expect(at(next(p, changed, T))).to.equal('m2/check-0');
    });

    it('resumes in another module when the whole module was removed, and survives a check that no longer exists', () => {
      const p = { ...start(journey, T), position: { kind: 'check' as const, moduleId: 'm2', check: 1 } };
      const changed: Journey = { ...journey, modules: [journey.modules[0], { ...journey.modules[1], checks: 1 }] };
      expect(slotId(slots(changed)[resolve(p, changed).index])).to.equal('c');
      const gone: Journey = { ...journey, modules: [journey.modules[0]] };
      expect(resolve({ ...p, seen: ['a', 'b'], answers: [{ moduleId: 'm1', check: 0, optionId: 'a', correct: true, at: T }] }, gone))
        .to.deep.equal({ index: 3, moved: true });
    });
  });
});
