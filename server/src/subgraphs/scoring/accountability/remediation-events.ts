import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RemediationAction, RemediationEditChange, RemediationStatus } from '../../../domain/accountability';
import { RemediationEventEntity, type RemediationEvidence, type RemediationItemEntity } from './remediation.entity';

/** What one step of an item's history says: its action, where it leaves the item, and why. */
export interface RemediationStep {
  action: RemediationAction | 'UPDATE';
  /** The status the step leaves the item in (an edit keeps the item's). */
  to?: RemediationStatus;
  note?: string | null;
  evidence?: RemediationEvidence[];
  /** An edit's text and/or deadline, before and after. */
  change?: RemediationEditChange | null;
}

/**
 * The one way a step of an item's history is built — by the item's own screens (a report, an
 * acceptance, an edit) and by an inspection's save (a finding's item opened, moved, cancelled): the
 * creation is step 1; any later step takes the revision it produces (the item's, before it, + 1)
 * and records the status it leaves.
 */
export function remediationEvent(
  item: Pick<RemediationItemEntity, 'id' | 'status' | 'revision'>,
  step: RemediationStep | { action: 'CREATE' },
  actorName: string,
  at: Date,
): RemediationEventEntity {
  const created = step.action === 'CREATE';
  const later = created ? null : (step as RemediationStep);
  return Object.assign(new RemediationEventEntity(), {
    id: randomUUID(),
    itemId: item.id,
    seq: created ? 1 : item.revision + 1,
    action: step.action,
    fromStatus: created ? null : item.status,
    toStatus: later?.to ?? item.status,
    note: later?.note ?? null,
    evidence: later?.evidence ?? [],
    change: later?.change ?? null,
    actorName,
    at,
  });
}

export async function insertEvents(manager: EntityManager, events: RemediationEventEntity[]): Promise<void> {
  if (events.length) await manager.insert(RemediationEventEntity, events);
}
