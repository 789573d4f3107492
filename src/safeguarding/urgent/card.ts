/**
 * The urgent card and the one-line duty pointer. Ships no phone numbers: 999 is the only
 * number the product states itself; front-door contacts come from configuration per organisation.
 */
import type { Config, FrontDoorContact } from '../../config.js';
import { renderCard } from '../../cards/render.js';

export interface UrgentCardView {
  [key: string]: unknown;
  speak: string;
  title: string;
  cannotAct: string;
  emergency: string;
  frontDoorIntro: string;
  hasFrontDoor: boolean;
  hasFrontDoorLink: boolean;
  frontDoor: { name: string; phone: string; hours: string; link: string; checkedText: string };
  manager: string;
  footnote: string;
}

const EMERGENCY = 'If anyone is in immediate danger, call 999 now.';
const CANNOT_ACT = 'I\u2019m a search tool. I can\u2019t act on this or alert anyone.';
const MANAGER = 'Tell your own manager (or the duty manager) straight away.';
const NO_CONTACT = 'Contact your local front door (the MASH or children\u2019s services duty team) on your organisation\u2019s published front-door number.';

/** The configured front door for an organisation, falling back to the "*" entry. */
export function frontDoorFor(config: Pick<Config, 'frontDoor'>, organisation?: string): FrontDoorContact | undefined {
  return (organisation ? config.frontDoor[organisation] : undefined) ?? config.frontDoor['*'];
}

function safeLink(link: string | undefined): string {
  return link && /^https:\/\//i.test(link) ? link : '';
}

/** View model for adaptive-cards/urgent.json: `renderCard('urgent', urgentCardView(config, 'kent'))`. */
export function urgentCardView(config: Pick<Config, 'frontDoor'>, organisation?: string): UrgentCardView {
  const c = frontDoorFor(config, organisation);
  const frontDoorIntro = c
    ? `Contact the front door (MASH or children\u2019s services duty team): ${c.name}, ${c.phone}${c.hours ? ` (${c.hours})` : ''}.`
    : NO_CONTACT;
  const speak = [
    'This sounds urgent.', EMERGENCY, frontDoorIntro, MANAGER, 'I can\u2019t act on this myself.',
  ].join(' ');
  return {
    speak,
    title: '\u26a0\ufe0f Urgent: this needs a person now',
    cannotAct: CANNOT_ACT,
    emergency: EMERGENCY,
    frontDoorIntro,
    hasFrontDoor: Boolean(c),
    hasFrontDoorLink: Boolean(safeLink(c?.link)),
    frontDoor: {
      name: c?.name ?? '',
      phone: c?.phone ?? '',
      hours: c?.hours ?? '',
      link: safeLink(c?.link),
      checkedText: c ? `checked on ${c.checked}` : '',
    },
    manager: MANAGER,
    footnote: 'This message is from the Practice Guide team, not from the guidance. I didn\u2019t keep what you wrote.',
  };
}

/** The rendered urgent card (Adaptive Card 1.5). */
export function urgentCard(config: Pick<Config, 'frontDoor'>, organisation?: string): Record<string, unknown> {
  return renderCard('urgent', urgentCardView(config, organisation));
}

/** One line to add under an answer about risk: `dutyPointer(config, 'kent')`. */
export function dutyPointer(config: Pick<Config, 'frontDoor'>, organisation?: string): string {
  const c = frontDoorFor(config, organisation);
  const where = c
    ? `${c.name} on ${c.phone}${c.hours ? ` (${c.hours})` : ''}, checked on ${c.checked}`
    : 'your organisation\u2019s published front-door number';
  return `If a child is at risk right now: call 999 in an emergency, or contact the front door (MASH or duty team), ${where}, and your manager.`;
}
