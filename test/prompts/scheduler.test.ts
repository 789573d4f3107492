import { expect } from 'chai';
import { startScheduler } from '../../src/prompts/scheduler.js';
import { depsAt, fastRun, subscribe } from './helpers.js';

describe('startScheduler', () => {
  it('ticks on the injected clock, posts what is due once, and stops cleanly', async () => {
    const deps = depsAt('2026-06-01T07:59:00Z'); // 08:59 BST: nothing due yet
    await subscribe(deps, 1);
    const scheduler = startScheduler(deps, { ...fastRun(), tickMs: 5 });
    await new Promise((r) => setTimeout(r, 30));
    expect(deps.sent).to.have.length(0);
    deps.clock.set(Date.parse('2026-06-01T08:00:30Z'));
    for (let i = 0; i < 100 && deps.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 30));
    await scheduler.stop();
    expect(deps.sent).to.have.length(1);
  });
});
