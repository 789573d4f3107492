/** View models for the induction cards (adaptive-cards/induction-*.json, certificate.json), rendered with renderCard. */
import { counted, longDate } from '../cards/copy.js';
import { renderCard } from '../cards/render.js';
import type { Deps } from '../kernel/deps.js';
import type { Check } from './checks.js';
import { slots, stepNumbers, type Progress } from './journey.js';
import type { Journey } from './journeys.js';
import { documentLinks, entrySourceView } from './source.js';

type Card = Record<string, unknown>;
/** Ten segments: each is 10%, fine enough to see movement on a 12-step journey. */
const BAR_SEGMENTS = 10;

/** A text progress bar: filled and hollow squares differ in shape, not only colour. */
export function progressBar(percent: number): string {
  const filled = Math.round((percent / 100) * BAR_SEGMENTS);
  return `[${'■'.repeat(filled)}${'□'.repeat(BAR_SEGMENTS - filled)}]`;
}

function orgName(deps: Deps, journey: Journey): string {
  return deps.kb.organisationById.get(journey.organisation)?.shortName ?? journey.organisation;
}

function numbers(journey: Journey, index: number) {
  const n = stepNumbers(journey, index);
  return { ...n, bar: progressBar(n.percent) };
}

/** The reflective question a step shows: the module's own for new starters, else the entry's, else none. */
export function stepReflection(mod: Journey['modules'][number], entry: { id: string; reflection?: string }): string {
  return mod.reflections?.[entry.id] ?? entry.reflection ?? '';
}

/** The card for slot `index` of the journey (a step), with an optional notice at the top. */
export function stepCard(deps: Deps, journey: Journey, index: number, notice = ''): Card {
  const slot = slots(journey)[index];
  if (!slot || slot.kind !== 'step') throw new Error(`induction: slot ${index} is not a step`);
  const mod = journey.modules.find((m) => m.id === slot.moduleId)!;
  const entry = deps.kb.entryById.get(slot.entryId)!;
  const n = numbers(journey, index);
  const firstOfModule = mod.steps[0] === slot.entryId;
  const lastStep = slots(journey).slice(index + 1).every((s) => s.kind !== 'step');
  const nextLabel = mod.steps[mod.steps.length - 1] === slot.entryId ? (mod.checks > 0 ? 'Next: quick check' : lastStep ? 'Finish' : 'Next') : 'Next';
  return renderCard('induction-step', {
    notice,
    journeyTitle: journey.title,
    moduleTitle: mod.title,
    moduleId: mod.id,
    step: slot.entryId,
    intro: firstOfModule ? mod.intro : '',
    title: entry.title,
    source: entrySourceView(deps, entry),
    reflection: stepReflection(mod, entry),
    canGoBack: index > 0,
    nextLabel,
    ...n,
    speak: `${mod.title}. Step ${n.current} of ${n.total}: ${entry.title}.`,
  });
}

/** The card for a check question at slot `index`. */
export function checkCard(deps: Deps, journey: Journey, index: number, check: Check, notice = ''): Card {
  const mod = journey.modules.find((m) => m.id === check.moduleId)!;
  const n = numbers(journey, index);
  return renderCard('induction-check', {
    notice,
    journeyTitle: journey.title,
    moduleTitle: mod.title,
    moduleId: mod.id,
    step: `check-${check.check}`,
    checkNumber: check.check + 1,
    checkCount: mod.checks,
    question: check.question,
    options: check.options.map((o) => ({ id: o.id, title: o.title })),
    ...n,
    speak: `Quick check for ${mod.title}: ${check.question}`,
  });
}

/**
 * The result of an answer: right or not, and the right answer. After a wrong answer it quotes the
 * guidance of the journey's own organisation only: the right answer when it is theirs, else (the
 * "which is NOT" check, whose answer comes from another organisation) the option they chose, which
 * is theirs, so they see why it belongs. Another organisation's passage is named, never quoted.
 */
export function resultCard(deps: Deps, check: Check, optionId: string, correct: boolean, organisation?: string): Card {
  const chosenOption = check.options.find((o) => o.id === optionId);
  const chosen = chosenOption?.title ?? '';
  const right = check.options.find((o) => o.id === check.correctId)!;
  const answerEntry = deps.kb.entryById.get(check.answerEntryId)!;
  const own = organisation ?? answerEntry.organisation;
  const ownName = deps.kb.organisationById.get(own)?.shortName ?? own;
  const chosenEntry = chosenOption ? deps.kb.entryById.get(chosenOption.entryId) : undefined;
  const answerIsOwn = answerEntry.organisation === own;
  const quoted = correct ? undefined : answerIsOwn ? answerEntry : chosenEntry?.organisation === own ? chosenEntry : undefined;
  const otherName = deps.kb.organisationById.get(answerEntry.organisation)?.name ?? answerEntry.organisation;
  const explain = answerIsOwn ? '' : `“${right.title}” comes from ${otherName}'s guidance, not ${ownName}'s.` +
    (quoted ? ` “${chosen}” is part of ${ownName}'s guidance: here is what it says.` : '');
  const verdict = correct ? 'Right, well done.' : 'Not quite.';
  return renderCard('induction-result', {
    verdict,
    chosen,
    answer: right.title,
    explain,
    showQuote: quoted !== undefined,
    source: entrySourceView(deps, quoted ?? answerEntry),
    carryOn: correct ? 'On to the next part.' : quoted === answerEntry ? 'Here is what the guidance says. You can carry on: the next part follows.' : 'You can carry on: the next part follows.',
    speak: `${verdict} The answer is ${right.title}.${explain ? ` ${explain}` : ''}`,
  });
}

/** The certificate: modules covered, every source of the organisation, and the daily prompts suggestion. */
export function certificateCard(deps: Deps, journey: Journey, p: Progress): Card {
  const n = stepNumbers(journey, slots(journey).length);
  const moduleIds = new Set(journey.modules.map((m) => m.id));
  const answers = p.answers.filter((a) => moduleIds.has(a.moduleId));
  const finished = longDate(p.finishedAt ?? deps.now());
  const sources = deps.kb.sources.filter((s) => s.organisation === journey.organisation).map((s) => {
    const link = documentLinks(deps, s);
    return {
      title: s.title,
      publisher: s.publisher,
      dateLabel: s.dateLabel,
      localUrl: link.guideUrl,
      publicLink: link.publicUrl ? `[${link.publicLabel}](${link.publicUrl}): ${link.linkNote}` : link.linkNote,
    };
  });
  const right = answers.filter((a) => a.correct).length;
  const summary = `Completed on ${finished}. You worked through ${counted(n.total, 'step', 'steps')}` +
    (answers.length ? ` and answered ${right} of ${counted(answers.length, 'check', 'checks')} right.` : '.');
  return renderCard('certificate', {
    journeyTitle: journey.title,
    finished,
    summary,
    total: n.total,
    right: answers.filter((a) => a.correct).length,
    answered: answers.length,
    modules: journey.modules.map((m) => ({ title: m.title, steps: counted(m.steps.length, 'step', 'steps') })),
    sources,
    speak: `Induction complete: ${journey.title}. You covered ${counted(journey.modules.length, 'module', 'modules')}, finished on ${finished}.`,
  });
}

export { orgName };
