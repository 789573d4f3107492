/**
 * Trains the urgent-risk model: `npm run train-urgent [-- --grid] [-- --check]`.
 * 1. Reads the labelled files (test/safeguarding/fixtures, TRAIN_FILES; never urgent-heldout-3.json nor a
 *    frozen blind set not yet measured), the tuning half of a frozen set still being reported
 *    (TUNING_HALVES; never its reporting half) and a share of the knowledge base's authoring
 *    questions as ordinary non-urgent traffic.
 * 2. Cross-validates by source: for each, trains on the others and scores it, for each L2
 *    penalty and each rules/model combination in the grid; prints the best (all with --grid).
 *    Figures only, never message text.
 *    The calm lean (lean.ts) is learned per left-out source too (urgent-lean-folds.ts).
 * 3. Trains on everything with DEFAULT_TRAIN and writes src/safeguarding/urgent/model.json (weights and lean table).
 * `--check` trains and compares with the committed file instead of writing (exit 1 if different).
 * `--quick` tries only DEFAULT_TRAIN's L2 penalty; `--no-lean` trains without the calm lean (for comparison only).
 */
import fs from 'node:fs';
import YAML from 'yaml';
import {
  assessUrgency, calmedByLean, calmLean, COMBINATION, combine, contentLean, MODEL_MIN_HARM, settled, DEFAULT_TRAIN, learnedHarm, MODEL_URL, probability, ruleEvidence, trainModel,
  urgentFeatures, withLean, type Combination, type Features, type RuleEvidence, type UrgentModel,
} from '../safeguarding/urgent/index.js';
import { leanFolds, leanTable, ownFoldLean } from './urgent-lean-folds.js';
import { halfOf } from './heldout-split.js';

/**
 * Training files, one cross-validation fold each. urgent-heldout-3.json stays unseen, and so does the frozen
 * blind set not yet measured (urgent-heldout-12.json).
 * urgent-heldout-4.json is trained on whole since its reporting half was reported
 * (test/safeguarding/urgent/heldout-4.test.ts), and urgent-heldout-5.json to -11.json since each
 * was measured once (heldout-5/6/7/8/9/10/11.test.ts keep those figures). urgent-train-4.json to urgent-train-11.json
 * were written blind by others for training; the detector before them was measured on each untouched
 * first (test/safeguarding/urgent/train-4-5.test.ts, train-6-7.test.ts, train-8-9.test.ts, train-10.test.ts,
 * train-11.test.ts). urgent-heldout-12.json is another frozen blind set, never read here.
 */
export const TRAIN_FILES = ['urgent-labelled.json', 'urgent-train-2.json', 'urgent-train-3.json', 'urgent-heldout.json',
  'urgent-heldout-2.json', 'urgent-heldout-4.json', 'urgent-heldout-5.json', 'urgent-heldout-6.json', 'urgent-train-4.json',
  'urgent-train-5.json', 'urgent-heldout-7.json', 'urgent-train-6.json', 'urgent-train-7.json', 'urgent-heldout-8.json',
  'urgent-heldout-9.json', 'urgent-train-8.json', 'urgent-train-9.json', 'urgent-heldout-10.json', 'urgent-train-10.json',
  'urgent-train-11.json', 'urgent-heldout-11.json'];
/**
 * Frozen blind sets still being reported, of which only the tuning half is trained on (one fold
 * each); the reporting half is never read here (src/scripts/heldout-split.ts). None at present.
 */
export const TUNING_HALVES: readonly string[] = [];
const FIXTURES = new URL('../../test/safeguarding/fixtures/', import.meta.url);
/**
 * The knowledge base's authoring questions (knowledge/entries/*.yaml), all non-urgent: ordinary
 * guidance questions, the bot's everyday traffic, which the labelled files hold few of.
 * Every KNOWLEDGE_STRIDE-th question is used so that they do not outnumber the hard negatives.
 */
const KNOWLEDGE = new URL('../../knowledge/entries/', import.meta.url);
export const KNOWLEDGE_SOURCE = 'knowledge questions';
const FOLDS = [...TRAIN_FILES, ...TUNING_HALVES.map((f) => `${f} (tuning half)`), KNOWLEDGE_SOURCE];
const KNOWLEDGE_STRIDE = 3;
const L2_GRID = [0.0001, 0.0003, 0.001, 0.003];
const P_GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const STRONG_GRID = [4, 5, 6, Infinity];
const VERY_STRONG_GRID = [5, 6, Infinity];
const P_LEARNED_GRID = [0.4, 0.5, 0.7, 0.9];
/** Calm lean log-odds at which the lean alone calms (assess.ts calmedByLean); Infinity: never. */
const CALM_GATE_GRID = [Infinity, 4, 6, 8, 10];
/** Calm lean log-odds at or below minus which the lean with the model makes urgent (assess.ts alarmedByLean); Infinity: never. */
const ALARM_GATE_GRID = [Infinity, 10, 12, 15, 20, 25];
const P_ALARM_GRID = [0.5, 0.9, 0.98];
/** Calm lean at or below minus which content words leaning urgent are harm evidence without a lexicon concept (assess.ts learnedEvidence); Infinity: never. */
const LEAN_HARM_GRID = [Infinity, 15, 20, 25, 30];
/**
 * Selection: the lowest cost, MISS_COST × misses + false alarms, pooled over cross-validation (everyday
 * knowledge questions' false alarms included); ties go
 * to higher recall. Cost rather than "highest recall": the highest-recall corner buys the last miss or
 * two with twenty false alarms, and a false alarm puts the urgent card before the answer staff asked
 * for. A miss counts three times a false alarm because a missed emergency costs far more than an
 * unneeded card. Until the sets written blind by new authors became folds, selection also required
 * issue 13's precision target (97% pooled, 93% per file); on their unseen wording only a threshold
 * that gives up about ninety emergencies for forty false alarms reaches it, so the target is now
 * reported (TARGET_PRECISION) and not imposed.
 */
const TARGET_PRECISION = 0.97;
const MISS_COST = 3;
const cost = (f: Figures): number => MISS_COST * f.fn + f.fp;

interface Item { file: string; urgent: boolean; ev: RuleEvidence; features: Features; key: string; text: string }
interface Scored extends Item { p: number; learned: number; lean: number; content: number; model: UrgentModel }

function knowledgeQuestions(): { label: string; text: string }[] {
  const files = fs.readdirSync(KNOWLEDGE).filter((f) => f.endsWith('.yaml')).sort();
  const questions = files.flatMap((f) => ((YAML.parse(fs.readFileSync(new URL(f, KNOWLEDGE), 'utf8')) as { entries?: { questions?: string[] }[] })
    .entries ?? []).flatMap((e) => e.questions ?? []));
  return questions.filter((_, k) => k % KNOWLEDGE_STRIDE === 0).map((text) => ({ label: 'guidance', text }));
}

type Labelled = { label: string; text: string }[];
const readFixture = (file: string): Labelled => JSON.parse(fs.readFileSync(new URL(file, FIXTURES), 'utf8')) as Labelled;

function load(): Item[] {
  const sources: [string, Labelled][] = [
    ...TRAIN_FILES.map((file) => [file, readFixture(file)] as [string, Labelled]),
    ...TUNING_HALVES.map((file) => [`${file} (tuning half)`, readFixture(file).filter((i) => halfOf(i.text) === 'tuning')] as [string, Labelled]),
    [KNOWLEDGE_SOURCE, knowledgeQuestions()],
  ];
  return sources.flatMap(([file, items]) => items.map((i) => {
    const ev = ruleEvidence(i.text);
    return { file, urgent: i.label === 'urgent', ev, features: urgentFeatures(i.text, ev), key: ev.tokens.join(' '), text: i.text };
  }));
}

const train = (items: Item[], l2: number): UrgentModel =>
  trainModel(items.map((i) => ({ features: i.features, urgent: i.urgent })), { l2 });

/** Out-of-fold probabilities: each file scored by a model (and lean) trained on the other files (minus any repeat of its messages). */
function crossValidate(items: Item[], l2: number, leans: ReturnType<typeof leanFolds>): Scored[] {
  return FOLDS.flatMap((file) => {
    const held = new Set(items.filter((i) => i.file === file).map((i) => i.key));
    const lean = leans.get(file);
    const use = items.map((i, k) => (lean ? { ...i, features: withLean(new Map(i.features), lean.trainLean.get(k) ?? 0) } : i))
      .filter((i) => i.file !== file && !held.has(i.key));
    const m: UrgentModel = lean ? { ...train(use, l2), lean: lean.table } : train(use, l2);
    return items.filter((i) => i.file === file).map((i) => {
      const x = lean ? calmLean(lean.table, i.ev.tokens) : 0;
      const f = lean ? withLean(new Map(i.features), x) : i.features;
      const content = lean ? contentLean(lean.table, i.ev.tokens) : 0;
      return { ...i, p: probability(m, f), learned: learnedHarm(m, f), lean: x, content, model: m };
    });
  });
}

interface Figures { recall: number; precision: number; tp: number; fp: number; fn: number }
/**
 * Figures of a combination over out-of-fold scores. The grid reads each message whole (`combine`);
 * `whole: false` reads it as the bot does (`assessUrgency`, long messages also a few sentences at a
 * time), used for the combination in use.
 */
function figures(scored: Scored[], c: Combination, whole = true): Figures {
  let tp = 0, fp = 0, fn = 0;
  for (const s of scored) {
    const got = whole ? combine(s.ev, s.p, c, s.learned, s.lean, s.content) : assessUrgency(s.text, s.model, c).urgent;
    if (got && s.urgent) tp++; else if (got) fp++; else if (s.urgent) fn++;
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp || 1), tp, fp, fn };
}
/** Which part of the verdict decided each message read wrongly (for --why; counts only, never text). */
function tally(scored: Scored[], c: Combination): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of scored) {
    const got = assessUrgency(s.text, s.model, c).urgent;
    if (got !== s.urgent) {
      const whole = combine(s.ev, s.p, c, s.learned, s.lean, s.content);
      const path = !whole ? (got ? 'window' : settled(s.ev) ? 'settled' : calmedByLean(s.ev, s.lean, c) ? 'calm lean' : 'model')
        : !combine(s.ev, s.p, { ...c, alarmGate: Infinity }, s.learned, s.lean, s.content) ? 'alarm lean'
          : s.ev.allHarm < MODEL_MIN_HARM ? 'learned harm' : 'rules or model';
      out[path] = (out[path] ?? 0) + 1;
    }
  }
  return out;
}
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const show = (f: Figures): string => `recall ${pct(f.recall)} precision ${pct(f.precision)} (tp ${f.tp} fp ${f.fp} fn ${f.fn})`;

function main(): void {
  const args = new Set(process.argv.slice(2));
  const items = load();
  console.log(`training items: ${items.length} (${items.filter((i) => i.urgent).length} urgent) from ${FOLDS.length} sources`);
  const noLean = args.has('--no-lean');
  const leans = leanFolds(items, FOLDS, noLean);
  let best: { l2: number; c: Combination; f: Figures; k: number } | undefined;
  const byL2 = new Map<number, Scored[]>();
  for (const l2 of args.has('--quick') ? [DEFAULT_TRAIN.l2] : L2_GRID) {
    const scored = crossValidate(items, l2, leans);
    byL2.set(l2, scored);
    const labelled = scored.filter((s) => s.file !== KNOWLEDGE_SOURCE);
    const everyday = scored.filter((s) => s.file === KNOWLEDGE_SOURCE);
    /** The cost of a combination: the labelled sets' pooled cost plus its false alarms on everyday questions. */
    const consider = (c: Combination): number => {
      const f = figures(labelled, c);
      const k = cost(f) + figures(everyday, c).fp;
      const files = (): Figures[] => FOLDS.map((file) => figures(scored.filter((s) => s.file === file), c));
      if (args.has('--grid')) console.log(`l2 ${l2} ${JSON.stringify(c)} ${show(f)} cost ${k} | ${files().map((x) => `${pct(x.recall)}/${pct(x.precision)}`).join(' ')}`);
      const better = !best || k < best.k || (k === best.k && f.recall > best.f.recall);
      if (better) best = { l2, c, f, k };
      return k;
    };
    // Two stages: the rules/model combination with the lean's gates shut, then the gates with the model threshold around it.
    let base: Combination | undefined;
    let baseCost = Infinity;
    for (const pUrgent of P_GRID) for (const strongHarm of STRONG_GRID) for (const veryStrongHarm of VERY_STRONG_GRID) for (const pLearned of P_LEARNED_GRID) {
      const c = { pUrgent, strongHarm, veryStrongHarm, pLearned, calmGate: Infinity, alarmGate: Infinity, pAlarm: 1, leanHarm: Infinity };
      const k = consider(c);
      if (k < baseCost) { base = c; baseCost = k; }
    }
    if (noLean || !base) continue;
    for (const pUrgent of P_GRID) for (const calmGate of CALM_GATE_GRID) for (const alarmGate of ALARM_GATE_GRID) for (const pAlarm of P_ALARM_GRID) {
      for (const leanHarm of LEAN_HARM_GRID) if (alarmGate !== Infinity || pAlarm === P_ALARM_GRID[0]) consider({ ...base, pUrgent, calmGate, alarmGate, pAlarm, leanHarm });
    }
  }
  if (!best) throw new Error('no combination was scored');
  if (best.f.precision < TARGET_PRECISION) console.log(`note: below issue 13's precision target (${pct(TARGET_PRECISION)}) in cross-validation`);
  console.log(`best by cross-validation: l2 ${best.l2} ${JSON.stringify(best.c)} ${show(best.f)}`);
  const inUse = best.l2 === DEFAULT_TRAIN.l2 && (Object.keys(COMBINATION) as (keyof Combination)[]).every((k) => COMBINATION[k] === best?.c[k]);
  if (!inUse) console.log('note: urgent.ts COMBINATION / urgent-train.ts DEFAULT_TRAIN differ from the best; update them and retrain');
  const current = byL2.get(DEFAULT_TRAIN.l2) ?? crossValidate(items, DEFAULT_TRAIN.l2, leans);
  const perFile = Object.fromEntries(FOLDS.map((file) => [file, figures(current.filter((s) => s.file === file), COMBINATION, false)]));
  const pooled = figures(current.filter((s) => s.file !== KNOWLEDGE_SOURCE), COMBINATION, false);
  console.log(`in use (l2 ${DEFAULT_TRAIN.l2}, ${JSON.stringify(COMBINATION)}), read as the bot reads: pooled ${show(pooled)}`);
  for (const [file, f] of Object.entries(perFile)) console.log(`  ${file.padEnd(24)} ${file === KNOWLEDGE_SOURCE ? `false alarms ${f.fp} of ${current.filter((s) => s.file === file).length}` : show(f)}`);
  if (args.has('--why')) console.log(`false alarms by path: ${JSON.stringify(tally(current.filter((x) => !x.urgent), COMBINATION))}; misses by path: ${JSON.stringify(tally(current.filter((x) => x.urgent), COMBINATION))}`);
  const round = (f: Figures): Partial<Figures> => (f.tp + f.fn === 0 ? { fp: f.fp }
    : { ...f, recall: Number(f.recall.toFixed(4)), precision: Number(f.precision.toFixed(4)) });
  const own = noLean ? [] : ownFoldLean(items, FOLDS);
  const weighed = trainModel(items.map((i, k) => ({ features: noLean ? i.features : withLean(new Map(i.features), own[k]), urgent: i.urgent })), {}, {
    trainedOn: FOLDS, knowledgeStride: KNOWLEDGE_STRIDE, items: items.length, combination: COMBINATION,
    crossValidation: { method: 'leave one file out', pooled: round(pooled), perFile: Object.fromEntries(Object.entries(perFile).map(([k, f]) => [k, round(f)])) },
  });
  const model: UrgentModel = noLean ? weighed : { ...weighed, lean: leanTable(items) };
  const json = `${JSON.stringify(model, null, 1)}\n`;
  console.log(`model: ${Object.keys(model.weights).length} weights, lean table ${Object.keys(model.lean ?? {}).length} terms`);
  if (args.has('--check')) {
    const same = fs.readFileSync(MODEL_URL, 'utf8') === json;
    console.log(same ? 'committed model matches a fresh training run' : 'committed model differs from a fresh training run');
    process.exitCode = same ? 0 : 1;
    return;
  }
  fs.writeFileSync(MODEL_URL, json);
  console.log(`wrote ${MODEL_URL.pathname}`);
}

main();
