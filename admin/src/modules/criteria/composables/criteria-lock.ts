import type { YearStatus } from '@/graphql/generated/graphql';

export interface CriteriaLock {
  locked: boolean;
  /** Reopened (audited) after the year opened: editable until locked again. */
  reopened: boolean;
  reason: string;
  /** Reopening makes sense only before results are final. */
  canReopen: boolean;
}

/**
 * The server says whether the set is locked and why (in the caller's language); without a reason
 * we say it from the year's stage. Reopen is offered only before results are final.
 */
export function criteriaLock(
  status: YearStatus | null,
  set: { locked: boolean; lockReason?: string | null; group: { criteriaReopened: boolean } } | null,
  t: (key: string, params?: Record<string, unknown>) => string,
): CriteriaLock {
  if (!status || !set) return { locked: false, reopened: false, reason: '', canReopen: false };
  const final = status === 'FINALIZED' || status === 'PUBLISHED';
  const reason = set.locked ? set.lockReason || t('criteria.locked.becauseStatus', { status: t(`years.status.${status}`) }) : '';
  return {
    locked: set.locked,
    reopened: !set.locked && status !== 'PLANNING' && set.group.criteriaReopened,
    reason,
    canReopen: set.locked && !final,
  };
}
