/**
 * The shape of src/ as its import statements draw it (read with a small scanner, not a bundler):
 *   - no circle of imports between files anywhere (type-only imports count: they are circles to a reader);
 *   - each safeguarding capability (urgent, personal-data, insights) is a folder whose only door is
 *     index.ts: nothing outside the folder imports its other files;
 *   - no circle of runtime imports between folders passes through a safeguarding capability;
 *   - src/kernel (turn types, ports, the route/command/submit tables and their dispatch) imports no
 *     capability: only itself, config.ts, logger.ts and the knowledge and storage ports;
 *   - no capability imports the composition root (src/app) or the transport (src/bot, src/http);
 *   - no circle between top-level folders of src/ (bot and http included; a file at the top of src/
 *     such as main.ts counts as its own node), type-only imports counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

const SRC = path.resolve('src');
const CAPABILITIES = ['urgent', 'personal-data', 'insights'].map((c) => path.join(SRC, 'safeguarding', c));
/** The capabilities: each registers its rows in the kernel's tables (src/app/tables.ts) and depends on the kernel, never the reverse. */
const CAPABILITY_FOLDERS = ['conversation', 'induction', 'prompts', 'safeguarding', 'extension', 'cards', 'privacy'];
/** What src/kernel may import from outside itself: configuration and logger types, the knowledge and storage ports. */
const KERNEL_MAY_IMPORT = ['config.ts', 'logger.ts', 'knowledge/types.ts', 'storage/port.ts'];
/** `import … from './x.js'`, `export … from '../y.js'`, `import './z.js'` (relative only: packages cannot make circles). */
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

interface Edge { from: string; to: string; typeOnly: boolean }

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** True when every name in `{ type A, type B }` is type-only (such an import is erased at run time). */
function onlyTypes(clause: string | undefined): boolean {
  const names = /^\{([^}]*)\}$/.exec(clause?.trim() ?? '')?.[1];
  return names !== undefined && names.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
}

/** Every relative import edge in src/. */
export function importEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => ({
    from: file,
    to: path.resolve(path.dirname(file), m[4]).replace(/\.js$/, '.ts'),
    typeOnly: Boolean(m[2]) || onlyTypes(m[3]),
  })).filter((e) => e.to.endsWith('.ts')));
}

/** The circles in a directed graph, each as its list of nodes (depth-first, each found once). */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') found.push(stack.slice(stack.indexOf(m)));
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
  return found;
}

function graphOf(edges: Edge[], node: (file: string) => string): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const e of edges) {
    const [a, b] = [node(e.from), node(e.to)];
    if (a === b) continue;
    if (!g.has(a)) g.set(a, new Set());
    g.get(a)!.add(b);
  }
  return g;
}

const rel = (p: string) => path.relative(SRC, p);
const capabilityOf = (file: string) => CAPABILITIES.find((c) => file.startsWith(c + path.sep));
/** The top-level folder of src/ a file sits in ('kernel', 'safeguarding'), or the file itself at the top ('main.ts'). */
const topOf = (file: string) => rel(file).split(path.sep)[0];

describe('src/ imports', () => {
  const edges = importEdges();

  it('the scanner sees the imports (a check that it can fail)', () => {
    expect(edges.length).to.be.greaterThan(100);
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['a'])]]))).to.deep.equal([['a', 'b']]);
    expect(onlyTypes('{ type A, type B }')).to.equal(true);
    expect(onlyTypes('{ a, type B }')).to.equal(false);
    expect([topOf(path.join(SRC, 'safeguarding', 'urgent', 'index.ts')), topOf(path.join(SRC, 'main.ts'))]).to.deep.equal(['safeguarding', 'main.ts']);
    expect(CAPABILITY_FOLDERS.every((c) => fs.existsSync(path.join(SRC, c))), 'every capability folder exists').to.equal(true);
  });

  it('have no circle between files', () => {
    expect(cycles(graphOf(edges, (f) => f)).map((c) => c.map(rel).join(' → '))).to.deep.equal([]);
  });

  it('reach a safeguarding capability only through its index.ts', () => {
    const bad = edges.filter((e) => {
      const target = capabilityOf(e.to);
      return target && capabilityOf(e.from) !== target && path.basename(e.to) !== 'index.ts';
    });
    expect(bad.map((e) => `${rel(e.from)} → ${rel(e.to)}`)).to.deep.equal([]);
  });

  it('have no circle between folders through a safeguarding capability', () => {
    const runtime = graphOf(edges.filter((e) => !e.typeOnly), (f) => path.dirname(f));
    const through = cycles(runtime).filter((c) => c.some((dir) => CAPABILITIES.includes(dir)));
    expect(through.map((c) => c.map(rel).join(' → '))).to.deep.equal([]);
  });

  it('kernel imports no capability: only itself, config, logger and the knowledge and storage ports', () => {
    const bad = edges.filter((e) => topOf(e.from) === 'kernel' && topOf(e.to) !== 'kernel' && !KERNEL_MAY_IMPORT.includes(rel(e.to).split(path.sep).join('/')));
    expect(bad.map((e) => `${rel(e.from)} → ${rel(e.to)}`)).to.deep.equal([]);
  });

  it('no capability imports the composition root or the transport (app, bot, http)', () => {
    const bad = edges.filter((e) => CAPABILITY_FOLDERS.includes(topOf(e.from)) && ['app', 'bot', 'http'].includes(topOf(e.to)));
    expect(bad.map((e) => `${rel(e.from)} → ${rel(e.to)}`)).to.deep.equal([]);
  });

  it('have no circle between top-level folders (bot and http included, type-only imports counted)', () => {
    expect(cycles(graphOf(edges, topOf)).map((c) => c.join(' → '))).to.deep.equal([]);
  });
});
