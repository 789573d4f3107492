/** README's configuration table names every variable env.sample documents (env.sample and src/config.ts are kept in step by test/config.test.ts). */
import fs from 'node:fs';
import { expect } from 'chai';

describe('README configuration table', () => {
  it('names every variable of env.sample', () => {
    const sample = fs.readFileSync(new URL('../env.sample', import.meta.url), 'utf8');
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Storage'));
    const vars = [...sample.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(vars.length).to.be.greaterThan(10);
    const missing = vars.filter((v) => !table.includes(v) && !table.includes(v.replace(/_(PASSWORD|TENANT_ID|TYPE)$/, '')));
    expect(missing).to.deep.equal([]);
  });
});
