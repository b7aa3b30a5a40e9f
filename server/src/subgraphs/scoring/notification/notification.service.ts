import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  notificationText,
  roleMask,
  ROLE_BITS,
  sheetNotifications,
  yearNotification,
  type NotificationAudience,
  type NotificationParams,
  type SheetAction,
  type SheetState,
} from '../../../domain/scoring';
import { hasRole, requireUser, type RequestContext, type SignedInActor } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput } from '../../../platform/errors/app-error';
import { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { ScoringContext } from '../scoring-context';
import { NotificationEntity, NotificationReadEntity } from './notification.entity';
import type { NotificationView } from './notification.types';

/** The sheet facts a notification needs (a score sheet row has them all). */
export interface SheetFacts {
  id: string;
  yearId: string;
  unitId: string;
  unitName: string;
  assessorUnitId: string;
}

type YearFacts = Pick<AssessmentYearEntity, 'id' | 'name' | 'selfAssessmentDeadline' | 'explanationDeadline' | 'appraisalDeadline'>;

/** Rows per multi-row INSERT (14 placeholders a row). */
const CHUNK = 400;

function row(
  ctx: Pick<RequestContext, 'actor' | 'config'>,
  audience: NotificationAudience,
  year: YearFacts,
  sheet: Pick<SheetFacts, 'id' | 'unitId' | 'unitName' | 'assessorUnitId'>,
  at: Date,
  extra: Partial<NotificationParams> = {},
): QueryDeepPartialEntity<NotificationEntity> {
  const params: NotificationParams = {
    unitName: sheet.unitName,
    yearName: year.name,
    deadline: audience.deadlineKey ? year[audience.deadlineKey] : null,
    ...extra,
  };
  return {
    kind: audience.kind,
    yearId: year.id,
    sheetId: sheet.id,
    subjectUnitId: sheet.unitId,
    audienceUnitId: audience.side === 'UNIT' ? sheet.unitId : sheet.assessorUnitId,
    roleMask: roleMask(audience.roles),
    params: params as unknown as QueryDeepPartialEntity<NotificationParams>,
    actorUserId: ctx.actor.userId ?? null,
    createdAt: at,
    // The outbox: queued only where an SMTP server is configured, sent after commit by the sender.
    mailStatus: ctx.config.smtp ? 'PENDING' : null,
    mailAttempts: 0,
    mailNextAt: ctx.config.smtp ? at : null,
    mailError: null,
  };
}

/** One multi-row INSERT per chunk, in the caller's transaction; never a statement per recipient. */
async function insertRows(manager: EntityManager, rows: QueryDeepPartialEntity<NotificationEntity>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows.slice(i, i + CHUNK))
      .updateEntity(false)
      .execute();
}

/**
 * The one seam for sheets: score-sheet runAction calls it for every action, inside the action's
 * transaction, and the domain table (sheetNotifications) says who learns of what.
 */
export async function notifySheetChange(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'actor' | 'config'>,
  sheet: SheetFacts,
  year: YearFacts,
  action: SheetAction,
  from: SheetState,
  to: SheetState,
): Promise<void> {
  const audiences = sheetNotifications(action, from, to);
  if (audiences.length === 0) return;
  const at = new Date();
  await insertRows(
    manager,
    audiences.map((a) => row(ctx, a, year, sheet, at)),
  );
}

/** A year opened or published: every sheet's unit hears of it (one read, one insert per chunk). */
export async function notifyYearTransition(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'actor' | 'config'>,
  year: AssessmentYearEntity,
  from: string,
): Promise<void> {
  const audience = yearNotification(from, year.status);
  if (!audience) return;
  const sheets = await manager
    .getRepository(ScoreSheetEntity)
    .find({ where: { yearId: year.id }, select: { id: true, unitId: true, unitName: true, assessorUnitId: true } });
  const at = new Date();
  await insertRows(
    manager,
    sheets.map((s) => row(ctx, audience, year, s, at)),
  );
}

/** An officer asked the head to attest: the head's desk. */
export async function notifyAttestationRequested(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'actor' | 'config'>,
  sheet: SheetFacts,
  year: YearFacts,
  purpose: 'SUBMIT' | 'EXPLANATION',
): Promise<void> {
  const audience: NotificationAudience = {
    kind: 'ATTESTATION_REQUESTED',
    side: 'UNIT',
    roles: ['UNIT_HEAD'],
    deadlineKey: purpose === 'SUBMIT' ? 'selfAssessmentDeadline' : 'explanationDeadline',
  };
  await insertRows(manager, [row(ctx, audience, year, sheet, new Date(), { purpose })]);
}

// ---------------------------------------------------------------------------
// reading

/**
 * The rows on the user's desk: his unit's, addressed to one of his roles, not caused by himself.
 * An appraiser limited to some units in a year (appraiser assignment) does not hear of the others.
 */
async function visibleTo(ctx: ScoringContext, actor: SignedInActor): Promise<(qb: SelectQueryBuilder<NotificationEntity>) => void> {
  const mask = roleMask(actor.roles);
  const limited = hasRole(actor, Role.APPRAISER)
    ? (
        await ctx.db
          .getRepository(AppraiserAssignmentEntity)
          .find({ where: { userId: actor.userId }, select: { yearId: true, unitIds: true, assessorUnitId: true } })
      ).filter((a) => a.unitIds.length > 0 && a.assessorUnitId === actor.unitId)
    : [];
  return (qb) => {
    qb.where('n.audience_unit_id = :unit', { unit: actor.unitId })
      .andWhere('(n.role_mask & :mask) <> 0', { mask })
      .andWhere('(n.actor_user_id IS NULL OR n.actor_user_id <> :me)', { me: actor.userId });
    limited.forEach((a, i) =>
      qb.andWhere(`NOT (n.year_id = :ly${i} AND n.role_mask = :appraiserBit AND n.subject_unit_id NOT IN (:...lu${i}))`, {
        [`ly${i}`]: a.yearId,
        [`lu${i}`]: a.unitIds,
        appraiserBit: ROLE_BITS.APPRAISER,
      }),
    );
  };
}

const unreadClause = `NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :me)`;

export async function unreadNotificationCount(ctx: ScoringContext): Promise<number> {
  const actor = requireUser(ctx);
  const where = await visibleTo(ctx, actor);
  const qb = ctx.db.getRepository(NotificationEntity).createQueryBuilder('n');
  where(qb);
  return qb.andWhere(unreadClause).getCount();
}

export const MAX_NOTIFICATIONS_PAGE = 100;

/** The user's notifications, newest first, a page at a time (cursor: the last id seen). */
export async function myNotifications(
  ctx: ScoringContext,
  first: number,
  after: string | null,
): Promise<{ items: NotificationView[]; hasNextPage: boolean; endCursor: string | null; totalCount: number }> {
  const actor = requireUser(ctx);
  if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS_PAGE)
    throw badInput(
      `Số thông báo mỗi trang phải từ 1 đến ${MAX_NOTIFICATIONS_PAGE}.`,
      `Page size must be between 1 and ${MAX_NOTIFICATIONS_PAGE}.`,
      { argument: 'first' },
    );
  const afterId = after === null ? null : Number(after);
  if (afterId !== null && !(Number.isInteger(afterId) && afterId > 0))
    throw badInput('Con trỏ trang không hợp lệ.', 'Invalid page cursor.', { argument: 'after' });
  const where = await visibleTo(ctx, actor);
  const count = ctx.db.getRepository(NotificationEntity).createQueryBuilder('n');
  where(count);
  const page = ctx.db.getRepository(NotificationEntity).createQueryBuilder('n');
  where(page);
  if (afterId !== null) page.andWhere('n.id < :afterId', { afterId });
  const [totalCount, { entities, raw }] = await Promise.all([
    count.getCount(),
    page
      .leftJoin(NotificationReadEntity, 'r', 'r.notification_id = n.id AND r.user_id = :me', { me: actor.userId })
      .addSelect('r.read_at', 'read_at')
      .orderBy('n.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ read_at: Date | string | null }>(),
  ]);
  const rows = entities.slice(0, first);
  const items = rows.map((n, i): NotificationView => {
    const text = notificationText(n.kind, n.params);
    const readAt = raw[i]?.read_at ?? null;
    return {
      id: String(n.id),
      kind: n.kind,
      title: text.title[ctx.locale],
      body: text.body[ctx.locale],
      yearId: n.yearId,
      sheetId: n.sheetId,
      unitId: n.subjectUnitId,
      unitName: n.params.unitName,
      deadline: n.params.deadline ?? null,
      createdAt: n.createdAt,
      read: readAt !== null,
    };
  });
  return {
    items,
    hasNextPage: entities.length > first,
    endCursor: rows.length ? String(rows[rows.length - 1].id) : null,
    totalCount,
  };
}

/**
 * Marks the given notifications (or, without ids, all of them) read for the user: one read of the
 * unread ones among what he may see (an id of someone else's is silently not his to mark), one
 * multi-row insert per chunk (a mark written meanwhile by another tab is ignored).
 * Answers the unread count left.
 */
export async function markNotificationsRead(ctx: ScoringContext, ids: string[] | null): Promise<number> {
  const actor = requireUser(ctx);
  const numeric = ids?.map(Number) ?? null;
  if (numeric && numeric.some((id) => !Number.isInteger(id) || id <= 0))
    throw badInput('Mã thông báo không hợp lệ.', 'Invalid notification id.', { argument: 'ids' });
  if (numeric && numeric.length === 0) return unreadNotificationCount(ctx);
  const where = await visibleTo(ctx, actor);
  const select = ctx.db.getRepository(NotificationEntity).createQueryBuilder('n').select('n.id', 'id');
  where(select);
  select.andWhere(unreadClause).setParameters({ me: actor.userId });
  if (numeric) select.andWhere('n.id IN (:...ids)', { ids: numeric });
  const unreadIds = (await select.getRawMany<{ id: number | string }>()).map((r) => Number(r.id));
  const readAt = new Date();
  for (let i = 0; i < unreadIds.length; i += CHUNK)
    await ctx.db
      .createQueryBuilder()
      .insert()
      .into(NotificationReadEntity)
      .values(unreadIds.slice(i, i + CHUNK).map((notificationId) => ({ userId: actor.userId, notificationId, readAt })))
      .orIgnore()
      .updateEntity(false)
      .execute();
  return unreadNotificationCount(ctx);
}
