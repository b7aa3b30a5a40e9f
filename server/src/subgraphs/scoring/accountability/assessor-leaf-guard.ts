import { In, type EntityManager } from 'typeorm';
import { isAssessorMethod } from '../../../domain/accountability';
import { conflict, type AppError } from '../../../platform/errors/app-error';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { loadSetNodes } from '../criteria/criteria-rules';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { AssessorEntryEntity, type AssessorSourceType } from './assessor-entry.entity';

/**
 * A leaf that holds the assessor's records (an inspection's penalty, a late report's, an
 * initiative's bonus, a figure entered by hand) keeps taking them while they exist: a criteria edit
 * of a reopened set that would make it stop — "entered by the assessor" turned off, a method no
 * record can feed, a child added under it, the leaf deleted — is refused (CONFLICT
 * ASSESSOR_RECORDS_EXIST, nothing written) until the records are removed where they come from.
 *
 * Why not archive them and let the unit's own figure count: the unit never declared the leaf (it
 * was the assessor's), so its points would drop to nothing or to a stale figure mid-appraisal, and
 * the sources would stay — an inspection whose finding penalises a leaf that no longer takes
 * records is refused at its next save, a report penalty could not be withdrawn. Removing a record
 * at its source is one audited step with a reason the unit can read; this refusal says which.
 */

const SOURCE_VI: Record<AssessorSourceType, string> = {
  MANUAL: 'nhập trực tiếp',
  INSPECTION: 'theo kết luận kiểm tra',
  REPORT: 'điểm trừ báo cáo định kỳ',
  INITIATIVE: 'điểm thưởng sáng kiến',
};
const SOURCE_EN: Record<AssessorSourceType, string> = {
  MANUAL: 'entered by hand',
  INSPECTION: 'from inspections',
  REPORT: 'late-report penalties',
  INITIATIVE: 'initiative bonuses',
};
/** Where each kind of record is removed (Vietnamese: the screen and the step). */
const REMOVE_VI: Record<AssessorSourceType, string> = {
  MANUAL: 'xóa bản ghi nhập trực tiếp (nêu lý do)',
  INSPECTION: 'sửa hoặc xóa nội dung kết luận kiểm tra có trừ điểm',
  REPORT: 'gỡ điểm trừ báo cáo định kỳ (nêu lý do)',
  INITIATIVE: 'bỏ điểm thưởng của sáng kiến',
};

interface RecordGroup {
  criterionId: string;
  sourceType: AssessorSourceType;
  unitId: string;
  n: number;
}

async function recordGroups(
  manager: EntityManager,
  where: { groupId: string } | { criterionIds: readonly string[] },
): Promise<RecordGroup[]> {
  const query = manager
    .createQueryBuilder(AssessorEntryEntity, 'a')
    .select('a.criterion_id', 'criterionId')
    .addSelect('a.source_type', 'sourceType')
    .addSelect('a.unit_id', 'unitId')
    .addSelect('COUNT(*)', 'n');
  if ('groupId' in where)
    query.innerJoin(ScoreSheetEntity, 's', 's.id = a.sheet_id').where('s.group_id = :groupId', { groupId: where.groupId });
  else if (where.criterionIds.length === 0) return [];
  else query.where({ criterionId: In([...where.criterionIds]) });
  const rows = await query.groupBy('a.criterion_id').addGroupBy('a.source_type').addGroupBy('a.unit_id').getRawMany<RecordGroup>();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

async function refusal(
  manager: EntityManager,
  yearId: string,
  blocked: { id: string; code: string; why: { vi: string; en: string } }[],
  groups: RecordGroup[],
): Promise<AppError> {
  const total = groups.reduce((s, g) => s + g.n, 0);
  const unitIds = [...new Set(groups.map((g) => g.unitId))];
  const roster = await manager.findBy(RosterEntryEntity, { yearId, unitId: In(unitIds) });
  const names = roster.map((r) => r.unitName).sort(new Intl.Collator('vi').compare);
  const shownNames = names.length > 5 ? `${names.slice(0, 5).join(', ')} và ${names.length - 5} đơn vị khác` : names.join(', ');
  const bySource = new Map<AssessorSourceType, number>();
  for (const g of groups) bySource.set(g.sourceType, (bySource.get(g.sourceType) ?? 0) + g.n);
  const order = Object.keys(SOURCE_VI);
  const sources = [...bySource.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const codes = blocked.map((b) => b.code).join(', ');
  return conflict(
    `Chưa lưu được: tiêu chí ${codes} đang có ${total} bản ghi do cơ quan đánh giá nhập (${sources.map(([s, n]) => `${n} ${SOURCE_VI[s]}`).join(', ')}) ` +
      `của ${unitIds.length} đơn vị: ${shownNames}. Thay đổi này (${blocked.map((b) => `${b.code}: ${b.why.vi}`).join('; ')}) sẽ làm các điểm đó mất căn cứ. ` +
      `Hãy gỡ các bản ghi trước: ${sources.map(([s]) => REMOVE_VI[s]).join('; ')}.`,
    `Not saved: criterion ${codes} holds ${total} assessor record(s) (${sources.map(([s, n]) => `${n} ${SOURCE_EN[s]}`).join(', ')}) ` +
      `of ${unitIds.length} unit(s). This change (${blocked.map((b) => `${b.code}: ${b.why.en}`).join('; ')}) would leave them without a leaf; remove them at their source first.`,
    {
      reason: 'ASSESSOR_RECORDS_EXIST',
      criteria: blocked.map((b) => b.code),
      records: total,
      units: unitIds.length,
    },
  );
}

/** Before nodes are deleted: none of them may hold records (codes named). */
export async function assertNoAssessorRecords(
  manager: EntityManager,
  yearId: string,
  nodes: readonly Pick<CriteriaNodeEntity, 'id' | 'code'>[],
): Promise<void> {
  const groups = await recordGroups(manager, { criterionIds: nodes.map((n) => n.id) });
  if (groups.length === 0) return;
  const held = new Set(groups.map((g) => g.criterionId));
  const blocked = nodes.filter((n) => held.has(n.id)).map((n) => ({ id: n.id, code: n.code, why: { vi: 'bị xóa', en: 'deleted' } }));
  throw await refusal(manager, yearId, blocked, groups);
}

/**
 * After a criteria edit of a set, before its re-score: every leaf holding records still takes them
 * (a leaf, entered by the assessor, with a method records feed). One statement when no record exists.
 */
export async function assertRecordsStillFed(manager: EntityManager, yearId: string, groupId: string): Promise<void> {
  const groups = await recordGroups(manager, { groupId });
  if (groups.length === 0) return;
  const nodes = await loadSetNodes(manager, groupId);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parents = new Set(nodes.map((n) => n.parentId));
  const blocked: { id: string; code: string; why: { vi: string; en: string } }[] = [];
  for (const id of new Set(groups.map((g) => g.criterionId))) {
    const node = byId.get(id);
    const why = !node
      ? { vi: 'bị xóa', en: 'deleted' }
      : parents.has(id)
        ? { vi: 'thêm tiêu chí con', en: 'a child added' }
        : !node.enteredByAssessor
          ? { vi: 'bỏ đánh dấu "do cơ quan đánh giá nhập"', en: '"entered by the assessor" turned off' }
          : !isAssessorMethod(node.method)
            ? { vi: 'đổi sang phương pháp chấm không ghi nhận theo từng trường hợp', en: 'a method records cannot feed' }
            : null;
    if (why) blocked.push({ id, code: node?.code ?? id, why });
  }
  if (blocked.length === 0) return;
  const ids = new Set(blocked.map((b) => b.id));
  throw await refusal(
    manager,
    yearId,
    blocked,
    groups.filter((g) => ids.has(g.criterionId)),
  );
}
