import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/eval.ts', ...args], { cwd: REPO, encoding: 'utf8' });

describe('npm run eval: strict first, and clear about bad input', () => {
  it('leads with the strict figure, names and skips an item without a question, and answers "which organisation?" with the item\'s org', function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'q.json');
    writeFileSync(file, JSON.stringify([
      { id: 'x1', question: 'what are our practice principles?', kind: 'answerable', expect_any: ['golden threads'], org: 'southwark' },
      { id: 'x2', kind: 'answerable', expect_any: ['anything'] },
      { id: 'x3', question: 'how do i claim mileage for visits', kind: 'out_of_scope' },
    ]));
    const r = run(file, '--quiet');
    expect(r.status, r.stderr).to.equal(0);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('| **strict'))).to.contain('100.0%');
    expect(r.stdout).to.contain('skipped item x2');
    expect(r.stdout).to.match(/out-of-scope declined \(no-answer\) \| 100\.0%/);
  });

  it('exits non-zero for a missing file or an unknown organisation', function () {
    this.timeout(60_000);
    expect(run('/nonexistent/questions.json').status).to.not.equal(0);
    const file = join(mkdtempSync(join(tmpdir(), 'eval-')), 'q.json');
    writeFileSync(file, '[]');
    const bad = run(file, '--org', 'atlantis');
    expect(bad.status).to.not.equal(0);
    expect(bad.stderr).to.contain('Known: ');
  });
});
