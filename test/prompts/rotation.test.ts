import { expect } from 'chai';
import type { Entry, EntryKind } from '../../src/knowledge/types.js';
import { newRotation, nextEntry, planCycle, promptEntries, type RotationState } from '../../src/prompts/rotation.js';

function entries(spec: Record<string, number>): Entry[] {
  const out: Entry[] = [];
  for (const [kind, n] of Object.entries(spec)) {
    for (let i = 0; i < n; i++) {
      out.push({ id: `org-${kind}-${i}`, organisation: 'org', source: 's', section: 'x', kind: kind as EntryKind, title: `${kind} ${i}`, quote: 'q', related: [], questions: [], keywords: [] });
    }
  }
  return out;
}

function walk(list: Entry[], seed: string, days: number, start: RotationState = newRotation()): string[] {
  const shown: string[] = [];
  let state = start;
  for (let d = 0; d < days; d++) {
    const r = nextEntry(state, list, seed);
    shown.push(r.entry!.id);
    state = r.state;
  }
  return shown;
}

describe('rotation', () => {
  const list = entries({ principle: 6, priority: 4, right: 3, 'model-element': 2 });

  it('shows every entry once before any repeats, cycle after cycle', () => {
    for (const seed of ['a', 'b', 'c', 'channel-42']) {
      const shown = walk(list, seed, list.length * 4);
      for (let c = 0; c < 4; c++) {
        expect(new Set(shown.slice(c * list.length, (c + 1) * list.length)).size).to.equal(list.length);
      }
    }
  });

  it('never shows the same entry two posting days running, across cycle boundaries too', () => {
    for (let s = 0; s < 50; s++) {
      const shown = walk(entries({ principle: 2, right: 1 }), `seed-${s}`, 30);
      for (let i = 1; i < shown.length; i++) expect(shown[i], `seed-${s} day ${i}`).not.to.equal(shown[i - 1]);
    }
  });

  it('mixes kinds: no kind runs longer than its fair share allows', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const order = planCycle(list, seed);
      const kinds = order.map((id) => id.split('-').slice(1, -1).join('-'));
      let run = 1, longest = 1;
      for (let i = 1; i < kinds.length; i++) { run = kinds[i] === kinds[i - 1] ? run + 1 : 1; longest = Math.max(longest, run); }
      expect(longest, kinds.join(',')).to.be.at.most(2); // 6 principles in 15: evenly spread, at most two together
      expect(kinds.slice(0, 5)).to.include.members(['principle', 'priority']);
    }
  });

  it('differs between channels (seeded) but is stable for one channel', () => {
    expect(planCycle(list, 'x')).to.deep.equal(planCycle(list, 'x'));
    expect(planCycle(list, 'x')).not.to.deep.equal(planCycle(list, 'y'));
  });

  it('skips entries removed from the guide and brings new ones in the next cycle', () => {
    const first = nextEntry(newRotation(), list, 'k');
    const fewer = list.filter((e) => e.id !== first.state.order[1]);
    const second = nextEntry(first.state, fewer, 'k');
    expect(second.entry!.id).to.equal(first.state.order[2]);
    const more = [...list, ...entries({ outcome: 1 })];
    const shown = walk(more, 'k', list.length + more.length, second.state);
    expect(shown).to.include('org-outcome-0');
  });

  it('offers principles, priorities, rights and elements, never document facts or overviews', () => {
    const mixed = entries({ principle: 1, 'document-fact': 2, overview: 1, inspection: 1, right: 1 });
    expect(promptEntries(mixed, 'org').map((e) => e.kind)).to.have.members(['principle', 'right']);
    expect(promptEntries(mixed, 'other')).to.deep.equal([]);
    expect(nextEntry(newRotation(), [], 's').entry).to.equal(undefined);
  });

  it('with a single entry keeps posting it (nothing else to show)', () => {
    expect(walk(entries({ principle: 1 }), 's', 3)).to.deep.equal(['org-principle-0', 'org-principle-0', 'org-principle-0']);
  });
});
