/**
 * Where induction keeps its records, all through deps.storage with eTags (update() retries on a
 * conflict, so two instances never lose an update). Keys hold hashed ids only; records hold ids,
 * times and flags, never message text.
 */
import type { Deps } from '../kernel/deps.js';
import { update, type StoreItem } from '../storage/port.js';
import { isProgress, type Progress } from './journey.js';

export const progressKey = (deps: Deps, userId: string) => `user/${deps.hash(userId)}/induction`;
/** Same key the conversation engineer uses for the remembered organisation. */
export const orgKey = (deps: Deps, userId: string) => `user/${deps.hash(userId)}/org`;
export const shareKey = (deps: Deps, userId: string) => `user/${deps.hash(userId)}/induction-share`;
export const welcomeKey = (deps: Deps, teamId: string) => `team/${deps.hash(teamId)}/induction-welcome`;
export const membersPrefix = (deps: Deps, teamId: string) => `team/${deps.hash(teamId)}/induction-members/`;

/** Consent to show progress to managers in `induction team`; the name is the user's own display name. */
export interface ShareRecord { on: boolean; name?: string; changedAt: number }
/** `changedBy` is the salted hash of who changed it, never a display name. */
export interface WelcomeRecord { on: boolean; changedBy?: string; changedAt: number }
/** A team member known to induction: their progress key, nothing else. */
export interface MemberRecord { progressKey: string; shareKey: string; at: number }

function strip<T>(item: StoreItem | undefined): T | undefined {
  if (!item) return undefined;
  const { eTag: _e, ...rest } = item;
  return rest as T;
}

/** The stored progress of a user, or undefined (also when the record is of an unknown version). */
export async function readProgress(deps: Deps, userId: string): Promise<Progress | undefined> {
  return readProgressAt(deps, progressKey(deps, userId));
}

/** Progress at a key (used for team listings where only the key is known). */
export async function readProgressAt(deps: Deps, key: string): Promise<Progress | undefined> {
  const v = strip<Progress>((await deps.storage.read([key]))[key]);
  return isProgress(v) ? v : undefined;
}

/**
 * Read-modify-write of a user's progress with eTag retry. `decide` may run more than once (on a
 * conflict); it returns the new progress (or undefined to leave it) and a result; the result of the
 * run that was written is returned.
 */
export async function changeProgress<R>(
  deps: Deps,
  userId: string,
  decide: (current: Progress | undefined) => { progress?: Progress; result: R },
): Promise<R> {
  let result!: R;
  await update<StoreItem>(deps.storage, progressKey(deps, userId), (cur) => {
    const out = decide(isProgress(strip(cur)) ? strip<Progress>(cur) : undefined);
    result = out.result;
    return out.progress ? ({ ...out.progress } as unknown as StoreItem) : undefined;
  });
  return result;
}

/** The organisation the user chose before (tolerates `{organisation}` or `{org}` shapes). */
export async function readRememberedOrg(deps: Deps, userId: string): Promise<string | undefined> {
  const key = orgKey(deps, userId);
  const v = (await deps.storage.read([key]))[key];
  const org = v?.organisation ?? v?.org ?? v?.id;
  return typeof org === 'string' ? org : undefined;
}

/** Remembers the user's organisation. */
export async function rememberOrg(deps: Deps, userId: string, organisation: string): Promise<void> {
  await update<StoreItem>(deps.storage, orgKey(deps, userId), (cur) => ({ ...(cur ?? {}), organisation, updatedAt: deps.now() }));
}

/** Reads a small record by key. */
export async function readRecord<T>(deps: Deps, key: string): Promise<T | undefined> {
  return strip<T>((await deps.storage.read([key]))[key]);
}

/** Writes a small record with eTag retry. */
export async function writeRecord(deps: Deps, key: string, value: object): Promise<void> {
  await update<StoreItem>(deps.storage, key, () => ({ ...value }) as StoreItem);
}

/** Notes that a user belongs to a team (hashes only), so `induction team` can find them if they opt in. */
export async function rememberMember(deps: Deps, teamId: string, userId: string): Promise<void> {
  const key = membersPrefix(deps, teamId) + deps.hash(userId);
  const record: MemberRecord = { progressKey: progressKey(deps, userId), shareKey: shareKey(deps, userId), at: deps.now() };
  await writeRecord(deps, key, record);
}
