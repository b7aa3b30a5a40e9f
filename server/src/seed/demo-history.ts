/**
 * The demo's sheets come with a history (issue 11 §5): the seed writes sheets in their final
 * state directly, so without this every "Lịch sử phiếu" drawer of the demo would be empty. The
 * events are reconstructed from what is stored — the unit's save, the submission, the appraisal
 * rounds, the explanation, completion and approval — with the same actions and snapshot shapes
 * the score-sheet service records, so the drawer reads them like real ones.
 */
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { AuditEntityType, AuditEventEntity } from '../subgraphs/scoring/audit/audit-event.entity';
import { ScoreEntryEntity } from '../subgraphs/scoring/score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../subgraphs/scoring/score-sheet/score-sheet.entity';
import type { OrgDemo } from './org-demo';

const CHUNK = 300;
const points = (h: number | null) => (h === null ? null : h / 100);

type Row = Omit<AuditEventEntity, 'id'>;

export async function seedDemoHistory(manager: EntityManager, yearId: string, year: number, org: OrgDemo): Promise<number> {
  const sheets = await manager.getRepository(ScoreSheetEntity).findBy({ yearId });
  const entries = await manager
    .getRepository(ScoreEntryEntity)
    .createQueryBuilder('e')
    .innerJoin(ScoreSheetEntity, 's', 's.id = e.sheet_id')
    .where('s.year_id = :yearId', { yearId })
    .getMany();
  const bySheet = new Map<string, ScoreEntryEntity[]>();
  for (const e of entries) bySheet.set(e.sheetId, [...(bySheet.get(e.sheetId) ?? []), e]);

  const appraiser = { id: org.users['thamdinh.qn']?.id ?? null, name: 'thamdinh.qn' };
  const chair = { id: org.users['chutich.qn']?.id ?? null, name: 'chutich.qn' };
  const day = (month: number, d: number, hour = 9) => new Date(Date.UTC(year + 1, month, d, hour - 7));
  const rows: Row[] = [];

  for (const sheet of sheets) {
    const officer =
      sheet.unitId === org.communeId
        ? { id: org.users['canbo.ansinh']?.id ?? null, name: 'canbo.ansinh' }
        : sheet.unitId === org.departmentId
          ? { id: org.users['canbo.sotuphap']?.id ?? null, name: 'canbo.sotuphap' }
          : { id: null, name: `Cán bộ ${sheet.unitName}` };
    const list = bySheet.get(sheet.id) ?? [];
    let version = 1;
    const event = (
      who: { id: string | null; name: string },
      at: Date,
      action: string,
      e: ScoreEntryEntity | null,
      before: unknown,
      after: unknown,
      reason: string | null = null,
    ) =>
      rows.push({
        yearId,
        entityType: e ? AuditEntityType.SCORE : AuditEntityType.SHEET,
        entityId: e ? e.id : sheet.id,
        sheetId: sheet.id,
        criterionId: e ? e.criterionId : null,
        action,
        actorUserId: who.id,
        actorName: who.name,
        at,
        before,
        after,
        reason,
      });
    const transition = (who: { id: string | null; name: string }, at: Date, action: string, from: string, to: string) => {
      event(who, at, action, null, { status: from, version }, { status: to, version: version + 1 });
      version++;
    };

    // The unit's save of its values (one save, one instant).
    const saved = day(0, 10, 15);
    for (const e of list.filter((x) => x.declaredValue !== null || x.notApplicable)) {
      if (e.surveyPoints !== null) continue;
      event(
        officer,
        saved,
        'SAVE_SELF',
        e,
        { declaredValue: null, notApplicable: false, selfPoints: null, selfNote: null, evidence: [] },
        {
          declaredValue: e.declaredValue,
          notApplicable: e.notApplicable,
          selfPoints: points(e.selfPoints),
          selfNote: e.selfNote,
          evidence: e.selfEvidence,
        },
      );
    }
    version++;
    if (sheet.status === 'DRAFT') continue;
    transition(officer, sheet.submittedAt ?? day(0, 12), 'SUBMIT', 'DRAFT', 'SUBMITTED');
    if (sheet.status === 'SUBMITTED') continue;
    transition(appraiser, day(0, 20), 'START_APPRAISAL', 'SUBMITTED', 'UNDER_APPRAISAL');

    const round1 = day(0, 25, 10);
    for (const e of list.filter((x) => x.round1Points !== null))
      event(
        appraiser,
        round1,
        'SAVE_APPRAISAL_ROUND_1',
        e,
        { round: 1, points: null, note: null, finalPoints: null },
        { round: 1, points: points(e.round1Points), note: e.round1Note, finalPoints: points(e.round1Points) },
        e.round1Note,
      );
    if (sheet.status === 'UNDER_APPRAISAL') continue;

    const questioned = list.filter((x) => x.explanationRequested);
    if (questioned.length > 0) {
      const asked = day(1, 2);
      for (const e of questioned)
        event(
          appraiser,
          asked,
          'REQUEST_EXPLANATION',
          e,
          { explanationRequested: false, note: null },
          { explanationRequested: true, note: e.explanationRequestNote },
        );
      transition(appraiser, asked, 'REQUEST_EXPLANATION', 'UNDER_APPRAISAL', 'EXPLANATION_REQUESTED');
      if (sheet.status === 'EXPLANATION_REQUESTED') continue;
      const explained = day(1, 8, 14);
      for (const e of questioned.filter((x) => x.explanationText))
        event(
          officer,
          explained,
          'SAVE_EXPLANATION',
          e,
          { explanationText: null, evidence: [] },
          { explanationText: e.explanationText, evidence: e.supplementaryEvidence },
        );
      transition(officer, explained, 'SUBMIT_EXPLANATION', 'EXPLANATION_REQUESTED', 'EXPLAINED');
      if (sheet.status === 'EXPLAINED') continue;
      const round2 = day(1, 12);
      for (const e of questioned.filter((x) => x.round2Points !== null))
        event(
          appraiser,
          round2,
          'SAVE_APPRAISAL_ROUND_2',
          e,
          { round: 2, points: null, note: null, finalPoints: points(e.round1Points) },
          { round: 2, points: points(e.round2Points), note: e.round2Note, finalPoints: points(e.finalPoints) },
          e.round2Note,
        );
    }
    transition(appraiser, day(1, 15), 'COMPLETE_APPRAISAL', questioned.length > 0 ? 'EXPLAINED' : 'UNDER_APPRAISAL', 'APPRAISED');
    if (sheet.status === 'APPROVED') transition(chair, sheet.approvedAt ?? day(2, 10), 'APPROVE', 'APPRAISED', 'APPROVED');
  }

  for (
    let i = 0;
    i < rows.length;
    i += CHUNK // Snapshots are typed unknown (any JSON); the column's transformer serializes them.
  )
    await manager.getRepository(AuditEventEntity).insert(rows.slice(i, i + CHUNK) as QueryDeepPartialEntity<AuditEventEntity>[]);
  return rows.length;
}
