import type { Role } from './roles';

/**
 * The gateway's question to the org subgraph (which owns users and sessions): is this session
 * still good, and who is its user right now? Roles, unit and province come from the tables, not
 * from the token, so a change applies at the next check.
 */
export const SESSION_VERIFY_PATH = '/internal/sessions/verify';
export const SESSION_VERIFY_PURPOSE = 'session-verify';

export interface SessionIdentity {
  userId: string;
  sessionId: string;
  username: string;
  unitId: string;
  provinceUnitId: string;
  roles: Role[];
  expiresAt: string;
}

/** Why a session no longer counts; shown to the user so he knows why he was signed out. */
export type SessionRefusal = 'UNKNOWN' | 'EXPIRED' | 'REVOKED' | 'DISABLED';

export type SessionAnswer = { valid: true; identity: SessionIdentity } | { valid: false; reason: SessionRefusal };
