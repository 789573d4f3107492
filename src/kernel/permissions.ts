/**
 * Who may change a team's settings (daily prompts, induction welcome), per the deployment's
 * TEAM_SETTINGS_RULE: 'anyone' in the conversation (the bot then says who changed it),
 * 'listed' (only TEAM_SETTINGS_USERS, by AAD object id or Teams user id), or 'owners' (team
 * owners, checked through Microsoft Graph by deps.teamRoles; when that check cannot be made we
 * refuse and say why rather than guess).
 */
import type { Deps } from './deps.js';
import type { TurnInput } from './types.js';

export interface Permission {
  allowed: boolean;
  /** Why not, in words to show the user. */
  reason?: string;
}

/** Decides whether the user of this turn may change team settings. Never throws. */
export async function canChangeTeamSettings(
  deps: Pick<Deps, 'config' | 'teamRoles' | 'logger' | 'hash'>,
  input: Pick<TurnInput, 'userId' | 'aadObjectId' | 'teamId' | 'tenantId' | 'scope'>,
): Promise<Permission> {
  const { teamSettingsRule: rule, teamSettingsUsers: users } = deps.config;
  if (rule === 'anyone') return { allowed: true };
  if (rule === 'listed') {
    const ids = new Set(users.map((u) => u.toLowerCase()));
    const allowed = [input.aadObjectId, input.userId].some((id) => !!id && ids.has(id.toLowerCase()));
    return allowed ? { allowed } : { allowed, reason: 'In this organisation only the people named in the bot’s settings can change this. Ask your Teams administrator or practice lead.' };
  }
  if (!input.teamId) {
    return { allowed: false, reason: 'Only team owners can change this, and that can only be checked in a team channel.' };
  }
  if (!input.aadObjectId) {
    return { allowed: false, reason: 'Only team owners can change this, and Teams did not tell me who you are, so I could not check. Please try again.' };
  }
  try {
    const owner = await deps.teamRoles.isOwner(input.teamId, input.aadObjectId, input.tenantId);
    return owner ? { allowed: true } : { allowed: false, reason: 'Only owners of this team can change this. Ask one of the team’s owners.' };
  } catch (err) {
    deps.logger.warn({ team: deps.hash(input.teamId), code: (err as { code?: string }).code ?? 'unknown' }, 'team owner check failed');
    return {
      allowed: false,
      reason: 'Only team owners can change this, and I could not check who owns this team just now (the permission to read team members may be missing, or Microsoft Graph did not answer). Nothing was changed. Please try again later or ask your Teams administrator.',
    };
  }
}
