/**
 * Benchmarks, dispatched by first argument: `npm run bench [-- <name> ...args]` (default: search).
 * Each sub-benchmark is a module under src/scripts/bench/ exporting `run(args: string[]): Promise<void> | void`.
 */
type BenchModule = { run(args: string[]): Promise<void> | void };

/** Name → lazy import of its module (a missing module is reported, not thrown). */
const BENCHES: Record<string, () => Promise<BenchModule>> = {
  search: () => import('./bench/search.js') as Promise<BenchModule>,
  urgent: () => import('./bench/urgent.js') as Promise<BenchModule>,
  prompts: () => import(/* owned by the daily-prompts engineer */ './bench/prompts.js' as string) as Promise<BenchModule>,
};

async function main(): Promise<void> {
  const [name = 'search', ...args] = process.argv.slice(2);
  const load = BENCHES[name];
  if (!load) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  let mod: BenchModule;
  try {
    mod = await load();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      console.error(`The "${name}" benchmark is not there yet (src/scripts/bench/${name}.ts is missing).`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
  await mod.run(args);
}

await main();
