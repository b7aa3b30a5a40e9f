import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { answeringHead, sortTerms, validateHeadTerm, type HeadTerm } from '../../../domain/accountability';
import { requireUser } from '../../../platform/auth/request-context';
import { badInput, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { getYear } from '../assessment-year/year-access';
import { buildRanking, fileSlug } from '../results/results.read';
import type { FileDownload } from '../results/results.types';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { readableUnits, unitAccess } from './accountability-access';
import { HeadRoleKind, type HeadsList, type HeadTermInput, type HeadTermView, type UnitHeadsView } from './accountability.types';
import { HeadTermEntity } from './head-term.entity';
import { overdueByUnit } from './remediation.service';
import { exportNotes, tableDownload } from './xlsx';
import { lockRosterEntryFirst } from '../lock-order';

export const HEADS_LIST_LABEL = 'Căn cứ đánh giá, xếp loại người đứng đầu';
const HEADS_LIST_NOTE =
  'Kết quả Chỉ số CCHC của đơn vị là căn cứ để đánh giá, xếp loại người đứng đầu; danh sách này không phải là kết quả xếp loại người đứng đầu.';

function view(row: HeadTermEntity): HeadTermView {
  return { ...row, role: row.role as HeadRoleKind };
}

function snapshot(row: HeadTermEntity | null) {
  return row ? { role: row.role, fullName: row.fullName, title: row.title, fromDate: row.fromDate, toDate: row.toDate } : null;
}

export async function unitHeads(ctx: ScoringContext, yearId: string, unitId: string): Promise<UnitHeadsView> {
  const access = await unitAccess(ctx, ctx.db.manager, yearId, unitId, 'READ');
  const terms = sortTerms(await ctx.db.getRepository(HeadTermEntity).findBy({ yearId: access.year.id, unitId }));
  const head = answeringHead(terms, access.year.year);
  const deputies = terms.filter((t) => t.role === 'DEPUTY');
  const deputy = deputies.find((t) => t.toDate === null || t.toDate >= `${access.year.year}-12-31`) ?? deputies.at(-1) ?? null;
  return {
    yearId: access.year.id,
    unitId,
    unitName: access.roster.unitName,
    terms: terms.map(view),
    head: head ? view(head) : null,
    deputy: deputy ? view(deputy) : null,
    canManage: access.relation === 'MANAGE',
  };
}

/** Adds or changes a term (the unit's assessor: the province, or a district for its communes); audited. */
export async function saveHeadTerm(ctx: ScoringContext, input: HeadTermInput): Promise<UnitHeadsView> {
  assertId(input.yearId, 'yearId');
  assertId(input.unitId, 'unitId');
  await ctx.db.transaction(async (manager) => {
    // Two terms saved at once must not both pass the overlap check.
    await lockRosterEntryFirst(manager, input.yearId, input.unitId);
    const access = await unitAccess(ctx, manager, input.yearId, input.unitId, 'MANAGE');
    const repo = manager.getRepository(HeadTermEntity);
    const others = await repo.findBy({ yearId: access.year.id, unitId: input.unitId });
    let existing: HeadTermEntity | null = null;
    if (input.id) {
      assertId(input.id, 'id');
      existing = others.find((t) => t.id === input.id) ?? null;
      if (!existing) throw notFound('Không tìm thấy nhiệm kỳ cần sửa.', 'Head term not found.', { argument: 'id' });
    }
    const term: HeadTerm = {
      id: existing?.id,
      role: input.role,
      fullName: input.fullName.trim(),
      title: input.title.trim(),
      fromDate: input.fromDate,
      toDate: input.toDate ?? null,
    };
    const problems = validateHeadTerm(term, others, access.year.year);
    if (problems.length > 0)
      throw badInput(`Chưa lưu được: ${problems.map((p) => p.vi).join('; ')}.`, `Not saved: ${problems.map((p) => p.en).join('; ')}.`, {
        reason: 'INVALID_HEAD_TERM',
      });
    const before = snapshot(existing);
    const row = Object.assign(existing ?? new HeadTermEntity(), {
      id: existing?.id ?? randomUUID(),
      yearId: access.year.id,
      unitId: input.unitId,
      role: term.role,
      fullName: term.fullName,
      title: term.title,
      fromDate: term.fromDate,
      toDate: term.toDate,
      updatedBy: access.actor.username,
      updatedAt: new Date(),
    });
    await repo.save(row);
    await recordAudit(manager, ctx, {
      yearId: access.year.id,
      entityType: AuditEntityType.HEAD,
      entityId: row.id,
      action: existing ? 'UPDATE' : 'CREATE',
      before,
      after: { unitId: input.unitId, ...snapshot(row) },
      reason: input.reason ?? null,
    });
  });
  return unitHeads(ctx, input.yearId, input.unitId);
}

export async function deleteHeadTerm(ctx: ScoringContext, id: string, reason: string | null): Promise<UnitHeadsView> {
  assertId(id, 'id');
  const row = await ctx.db.getRepository(HeadTermEntity).findOneBy({ id });
  if (!row) throw notFound('Không tìm thấy nhiệm kỳ cần xóa.', 'Head term not found.', { argument: 'id' });
  await ctx.db.transaction(async (manager) => {
    const access = await unitAccess(ctx, manager, row.yearId, row.unitId, 'MANAGE');
    await manager.getRepository(HeadTermEntity).delete({ id });
    await recordAudit(manager, ctx, {
      yearId: access.year.id,
      entityType: AuditEntityType.HEAD,
      entityId: id,
      action: 'DELETE',
      before: { unitId: row.unitId, ...snapshot(row) },
      after: null,
      reason,
    });
  });
  return unitHeads(ctx, row.yearId, row.unitId);
}

/**
 * Per year and group: each unit's head with the unit's index, classification and the head rating
 * they map to, shown as the year's visibility rules allow (the ranking's rules, applied by
 * buildRanking). Labelled as the basis of the head's rating, not the rating.
 */
export async function headsList(ctx: ScoringContext, yearId: string, groupId: string): Promise<HeadsList> {
  requireUser(ctx);
  const year = await getYear(ctx.db.manager, yearId);
  assertId(groupId, 'groupId');
  const group = await ctx.db.getRepository(UnitGroupEntity).findOneBy({ id: groupId, yearId: year.id });
  if (!group) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'Unit group not found in this year.', { argument: 'groupId' });
  const [table, readable] = await Promise.all([
    buildRanking(ctx, year, group, null),
    readableUnits(ctx, ctx.db.manager, year, { groupId }),
  ]);
  const rows = table.rows.filter((r) => readable.has(r.unitId));
  const unitIds = rows.map((r) => r.unitId);
  const [terms, overdue] = await Promise.all([
    ctx.db.getRepository(HeadTermEntity).findBy({ yearId: year.id, unitId: In(unitIds) }),
    overdueByUnit(ctx.db.manager, unitIds, year),
  ]);
  const byUnit = new Map<string, HeadTermEntity[]>();
  for (const t of terms) byUnit.set(t.unitId, [...(byUnit.get(t.unitId) ?? []), t]);
  return {
    yearId: year.id,
    year: year.year,
    groupId: group.id,
    groupName: group.name,
    label: HEADS_LIST_LABEL,
    provisional: table.provisional,
    rows: rows.map((r) => {
      const unitTerms = sortTerms(byUnit.get(r.unitId) ?? []);
      const head = answeringHead(unitTerms, year.year);
      const deputies = unitTerms.filter((t) => t.role === 'DEPUTY');
      return {
        unitId: r.unitId,
        unitName: r.unitName,
        unitCode: r.unitCode,
        head: head ? view(head) : null,
        otherHeads: unitTerms.filter((t) => t.role === 'HEAD' && t !== head).map(view),
        deputy: deputies.length > 0 ? view(deputies[deputies.length - 1]) : null,
        index: r.index,
        rank: r.rank,
        classification: r.classification,
        headRating: r.headRating,
        provisional: r.provisional || table.provisional,
        overdueRemediation: overdue.get(r.unitId) ?? 0,
      };
    }),
  };
}

export async function exportHeadsList(ctx: ScoringContext, yearId: string, groupId: string): Promise<FileDownload> {
  const list = await headsList(ctx, yearId, groupId);
  const person = (t: HeadTermView | null) => (t ? `${t.fullName} – ${t.title}` : '');
  const period = (t: HeadTermView | null) => (t ? `${t.fromDate} – ${t.toDate ?? 'nay'}` : '');
  return tableDownload(`nguoi-dung-dau-${list.year}-${fileSlug(list.groupName)}.xlsx`, {
    sheetName: 'Nguoi dung dau',
    title: `${HEADS_LIST_LABEL} — năm ${list.year} — ${list.groupName}`,
    notes: [HEADS_LIST_NOTE, ...exportNotes(list.provisional)],
    headers: [
      'STT',
      'Mã đơn vị',
      'Đơn vị',
      'Người đứng đầu',
      'Thời gian giữ chức vụ',
      'Người đứng đầu khác trong năm',
      'Cấp phó phụ trách CCHC',
      'Chỉ số CCHC (%)',
      'Xếp hạng',
      'Xếp loại đơn vị',
      'Mức xếp loại người đứng đầu tương ứng',
      'Nội dung khắc phục quá hạn',
    ],
    widths: [6, 12, 32, 32, 24, 36, 32, 14, 10, 16, 34, 14],
    rows: list.rows.map((r, i) => [
      i + 1,
      r.unitCode,
      r.unitName,
      person(r.head),
      period(r.head),
      r.otherHeads.map((t) => `${person(t)} (${period(t)})`).join('; '),
      person(r.deputy),
      r.index,
      r.rank,
      r.classification?.label ?? '',
      r.headRating?.label ?? '',
      r.overdueRemediation,
    ]),
  });
}
