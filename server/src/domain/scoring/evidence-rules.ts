/**
 * Evidence upload rules (issue 7, item 7). Pure; the scoring subgraph's upload route applies them.
 */
import { SHEET_TRANSITIONS, type Role } from './workflow';

/** Actions that attach evidence to a sheet: uploading serves only them. */
const EVIDENCE_ACTIONS = ['SAVE_SELF', 'SAVE_EXPLANATION'] as const;

/**
 * Roles that may upload evidence: those that can save a sheet's evidence (the unit's officer and
 * head), taken from the transition table so the two never disagree. A viewer, an appraiser or an
 * administrator attaches no evidence, so they have nothing to upload.
 */
export const EVIDENCE_UPLOAD_ROLES: readonly Role[] = [
  ...new Set(
    SHEET_TRANSITIONS.filter((t) => (EVIDENCE_ACTIONS as readonly string[]).includes(t.action)).flatMap((t) => t.who.map((p) => p.role)),
  ),
];

export function canUploadEvidence(roles: readonly string[]): boolean {
  return roles.some((role) => (EVIDENCE_UPLOAD_ROLES as readonly string[]).includes(role));
}

/** A file never attached to a sheet is removed this long after its upload. */
export const UNATTACHED_FILE_TTL_MS = 24 * 3600 * 1000;

/** Vietnam has no daylight saving: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The quota year of an upload: the calendar year in Vietnam (a 31 December evening upload counts for that year). */
export function quotaYearOf(at: Date): number {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear();
}

/** The instant the quota year starts (1 January, 00:00 in Vietnam), in UTC. */
export function quotaYearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - VIETNAM_OFFSET_MS);
}

export interface QuotaUse {
  bytes: number;
  files: number;
}

/** Whether one more file of `size` bytes fits the unit's quota for the year. */
export function quotaProblem(used: QuotaUse, size: number, quota: QuotaUse): 'BYTES' | 'FILES' | null {
  if (used.files + 1 > quota.files) return 'FILES';
  if (used.bytes + size > quota.bytes) return 'BYTES';
  return null;
}
