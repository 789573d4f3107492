/** View models for the induction status, restart, organisation, team and welcome cards. */
import { counted, longDate } from '../cards/copy.js';
import { renderCard } from '../cards/render.js';
import type { Deps } from '../kernel/deps.js';
import { progressBar } from './cards.js';
import { resolve, slots, stepNumbers, type Progress } from './journey.js';
import type { Journey, Journeys } from './journeys.js';

type Card = Record<string, unknown>;
/** Dates as people write them: "6 December 2026". */
const day = longDate;

/** How far a starter has got, in words (no answers): "Step 3 of 12 (25%), in Our practice principles". */
export function progressLine(journey: Journey, p: Progress): string {
  const { index } = resolve(p, journey);
  const n = stepNumbers(journey, index);
  if (index >= slots(journey).length) return `Finished on ${day(p.finishedAt ?? p.updatedAt)}`;
  const mod = journey.modules.find((m) => m.id === slots(journey)[index].moduleId);
  return `Step ${n.current} of ${n.total} (${n.percent}%), in ${mod?.title ?? 'the journey'}`;
}

/** `induction status`: where they are, each module's state in words, checks right, dates, sharing. */
export function statusCard(journey: Journey, p: Progress, sharing: boolean): Card {
  const { index } = resolve(p, journey);
  const all = slots(journey);
  const n = stepNumbers(journey, index);
  const currentModule = all[index]?.moduleId;
  const moduleIds = new Set(journey.modules.map((m) => m.id));
  const answers = p.answers.filter((a) => moduleIds.has(a.moduleId));
  const lastSlot = (id: string) => all.reduce((last, s, i) => (s.moduleId === id ? i : last), -1);
  const doneModules = new Set(journey.modules.filter((m) => lastSlot(m.id) < index).map((m) => m.id));
  const modules = journey.modules.map((m) => ({
    title: m.title,
    status: doneModules.has(m.id) ? 'Done' : m.id === currentModule ? 'You are here' : 'Not started',
  }));
  const finished = index >= all.length;
  const state = finished ? 'You have finished your induction.' : p.pausedAt ? `Paused. ${progressLine(journey, p)}.` : `${progressLine(journey, p)}.`;
  return renderCard('induction-status', {
    journeyTitle: journey.title,
    state,
    ...n,
    bar: progressBar(n.percent),
    modules,
    right: answers.filter((a) => a.correct).length,
    answered: answers.length,
    started: day(p.startedAt),
    finishedText: p.finishedAt ? `, finished ${day(p.finishedAt)}` : '',
    sharing: sharing ? 'on' : 'off',
    resumeLabel: finished ? 'Show my certificate' : 'Carry on',
    speak: `Your induction: ${state}`,
  });
}

/** Asks to confirm `induction restart`. */
export function restartCard(journey: Journey, p: Progress): Card {
  const n = stepNumbers(journey, resolve(p, journey).index);
  return renderCard('induction-restart', { current: n.current, total: n.total });
}

/** Asks which organisation the user works for (only organisations with a journey). */
export function organisationCard(deps: Deps, journeys: Journeys): Card {
  const organisations = [...journeys.keys()].map((id) => ({ id, name: deps.kb.organisationById.get(id)?.name ?? id }));
  return renderCard('induction-organisation', { organisations });
}

/** `induction team`: opted-in members and how far each has got. */
export function teamCard(people: { name: string; status: string }[]): Card {
  return renderCard('induction-team', {
    people,
    speak: people.length
      ? `${counted(people.length, 'person shares', 'people share')} their induction progress here.`
      : 'Nobody here has shared their induction progress yet.',
  });
}

/** The greeting a new team member receives in a personal chat. */
export function welcomeCard(name?: string): Card {
  return renderCard('induction-welcome', { greetingName: name ? `, ${name}` : '' });
}
