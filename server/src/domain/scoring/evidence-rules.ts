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

/** A leaf's two evidence lists: the self-assessment's, and the explanation's supplementary one. */
export type EvidenceList = 'SELF' | 'SUPPLEMENTARY';

/**
 * Which list the unit may still take a file off in a sheet state, and the action whose rule (role,
 * scope, year, deadline) governs it: the self-assessment's evidence while the sheet is a draft, the
 * supplementary evidence while an explanation is requested — the lists the unit can still edit.
 * In every other state the answer is the self-assessment's, and its rule refuses with the state's
 * own reason ("Phiếu đã khóa vì đã nộp", "Phiếu đã chốt kết quả…"). Appraisers attach no evidence
 * to a sheet, so there is nothing of theirs to remove.
 */
export function evidenceRemovalFor(state: string): { action: 'SAVE_SELF' | 'SAVE_EXPLANATION'; list: EvidenceList } {
  return state === 'EXPLANATION_REQUESTED' ? { action: 'SAVE_EXPLANATION', list: 'SUPPLEMENTARY' } : { action: 'SAVE_SELF', list: 'SELF' };
}

/** What an evidence item holds (score entries and remediation steps alike). */
export interface EvidenceLike {
  readonly fileId?: string | null;
  readonly documentNumber?: string | null;
  readonly title?: string | null;
}

/**
 * The list without the file: an item that is only the file goes, an item that also cites a
 * document (số ký hiệu or title) keeps the citation without the file. Null when the file is not
 * in the list.
 */
export function withoutFile<T extends EvidenceLike>(items: readonly T[], fileId: string): T[] | null {
  if (!items.some((e) => e.fileId === fileId)) return null;
  return items.flatMap((e) => {
    if (e.fileId !== fileId) return [e];
    return e.documentNumber || e.title ? [{ ...e, fileId: null }] : [];
  });
}
