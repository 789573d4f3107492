/**
 * Reading the commands table (`deps.tables.commands`, rows registered by each capability): one list
 * drives routing, the help card and the manifest's command lists.
 *
 * Matching rule: the message (lower-cased, a leading "/" and trailing punctuation removed) is a
 * command when its first word(s) are a command's name or alias and either nothing follows, or
 * the command declares `args` and the whole message is at most MAX_COMMAND_WORDS words and does
 * not end with "?". So "help" and "Help!" are commands; "help me understand consent" is a question.
 */
import type { Command } from './deps.js';
import type { Scope } from './types.js';

/** Commands with arguments are short ("daily on 09:30 weekdays"); longer messages are questions. */
export const MAX_COMMAND_WORDS = 8;
/** Teams caps each scope's command list in the manifest. */
export const MAX_MANIFEST_COMMANDS = 10;
/** Teams' limits for a manifest command's title and description. */
export const MAX_TITLE_CHARS = 32;
export const MAX_DESCRIPTION_CHARS = 128;

const SCOPE_NAMES: Record<Scope, string> = { personal: 'a personal chat with me', groupChat: 'group chats', channel: 'team channels' };

/** A help row; commands that work elsewhere say where (every command appears in help, whatever the scope). */
export function helpLine(c: Command, scope: Scope): { name: string; description: string; example?: string } {
  const where = c.scopes.includes(scope) ? '' : ` (Works in ${c.scopes.map((s) => SCOPE_NAMES[s]).join(' and ')}.)`;
  return { name: c.args ? `${c.name} ${c.args}` : c.name, description: c.description + where, example: c.example };
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^\/+/, '').replace(/[.!,;:]+$/, '').trim();
}

/**
 * A command typed where it does not work ("daily on" in a personal chat, "forget me" in a channel):
 * the command it means, so the reply can say where it works instead of searching the guide.
 */
export function commandElsewhere(text: string, scope: Scope, commands: readonly Command[]): Command | undefined {
  const elsewhere = commands.filter((c) => !c.scopes.includes(scope));
  const found = matchCommand(text, scope, elsewhere.map((c) => ({ ...c, scopes: [...c.scopes, scope] })))?.command;
  return elsewhere.find((c) => c.name === found?.name);
}

/** Our reply when a command is typed where it does not work: where it works, and how to get there. */
export function elsewhereReply(command: Command): string {
  const where = command.scopes.map((s) => SCOPE_NAMES[s]).join(' and ');
  const how = command.scopes.includes('personal')
    ? `Open a chat with the Practice Guide and type **${command.name}** there.`
    : `Mention me there, for example **@Practice Guide ${command.example ?? command.name}**.`;
  return `**${command.name}** works in ${where}, not here. ${how}`;
}

/** Finds the command a message means, with the rest of the text as args; undefined for a question. */
export function matchCommand(text: string, scope: Scope, commands: readonly Command[]): { command: Command; args: string } | undefined {
  const t = normalise(text);
  if (!t) return undefined;
  const bare = t.replace(/\?+$/, '').trim();
  const words = bare.split(' ');
  let best: { command: Command; length: number } | undefined;
  for (const command of commands) {
    if (!command.scopes.includes(scope)) continue;
    for (const phrase of [command.name, ...(command.aliases ?? [])]) {
      const p = phrase.toLowerCase().trim().split(/\s+/);
      if (p.length <= words.length && p.every((w, i) => words[i] === w) && (!best || p.length > best.length)) best = { command, length: p.length };
    }
  }
  if (!best) return undefined;
  if (words.length === best.length) return { command: best.command, args: '' };
  const isQuestion = t.endsWith('?') || words.length > MAX_COMMAND_WORDS;
  if (!best.command.args || isQuestion) return undefined;
  // Keep the original case of the arguments (times, names of organisations).
  const original = text.replace(/\s+/g, ' ').trim().replace(/^\/+/, '').split(' ').slice(best.length).join(' ').replace(/[.!,;:]+$/, '');
  return { command: best.command, args: original };
}

type ListItem = { title: string; description: string };

/** The manifest's command lists per scope (listed commands only, at most 10 each). */
export function manifestCommandLists(commands: readonly Command[]): { personal: ListItem[]; team: ListItem[]; groupChat: ListItem[] } {
  const list = (scope: Scope): ListItem[] => commands
    .filter((c) => c.listed && c.scopes.includes(scope))
    .slice(0, MAX_MANIFEST_COMMANDS)
    .map((c) => ({ title: c.name.slice(0, MAX_TITLE_CHARS), description: c.description.slice(0, MAX_DESCRIPTION_CHARS) }));
  return { personal: list('personal'), team: list('channel'), groupChat: list('groupChat') };
}
