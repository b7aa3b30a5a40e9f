/**
 * Scoring demo for Quảng Ninh, on top of the org demo: a three-level 2024 year (PUBLISHED:
 * departments and districts assessed by the province, phường and xã by their district; bands with
 * "Kém") and a two-level 2025 year (APPRAISAL: departments, phường and xã/đặc khu by the province).
 * Rosters follow the real rule (units valid on 31 December, planRoster); each kind of unit has its
 * own criteria set (demo-criteria.ts: departments, districts, three-level communes, and the
 * two-level commune set that scores running the new model); sheets are in every state.
 *
 * Scores come from a seeded PRNG, so every start shows the same figures. Points follow from the
 * declared values through the domain rules (computeLeafPoints, computeSheetResult, rankUnits),
 * never from numbers typed here. Rows are written in bulk so seeding stays well under a second
 * per hundred units on SQLite.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_BANDS, DEFAULT_HEAD_RATINGS, type ClassificationBand, type Hundredths } from '../domain/scoring';
import { plausibleDeclaredValue, pointsFor, seededRandom } from './plausible-scores';
import type { Logger } from '../platform/logging/logger';
import { AppraiserAssignmentEntity } from '../subgraphs/scoring/appraiser-assignment/appraiser-assignment.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { CriteriaNodeEntity, CriteriaSection } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { computeResult, rerankGroups, resultFields } from '../subgraphs/scoring/results/results.service';
import { UnitResultEntity } from '../subgraphs/scoring/results/unit-result.entity';
import { createOrgDirectory } from '../subgraphs/scoring/roster/org-directory';
import { planRoster } from '../subgraphs/scoring/roster/roster-builder';
import { rosterReferenceDate } from '../subgraphs/scoring/roster/roster.service';
import { RosterEntryEntity } from '../subgraphs/scoring/roster/roster-entry.entity';
import { newScoreEntry, ScoreEntryEntity } from '../subgraphs/scoring/score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../subgraphs/scoring/score-sheet/score-sheet.entity';
import { criteriaNodesFromSpecs } from '../subgraphs/scoring/criteria/criteria-outline';
import { defaultGroups } from '../subgraphs/scoring/unit-group/group-defaults';
import { UnitGroupEntity } from '../subgraphs/scoring/unit-group/unit-group.entity';
import { DEMO_ACCOUNTABILITY_CODES, demoCriteriaFor } from './demo-criteria';
import { seedDemoHistory } from './demo-history';
import type { OrgDemo } from './org-demo';

const S = CriteriaSection;

/**
 * 2024's bands add "Kém" below "Yếu", as several provinces do (a unit rated Kém has not completed
 * its tasks); 2025 keeps the national five bands. Shows that bands are the province's own data.
 */
const BANDS_WITH_POOR: ClassificationBand[] = [
  ...DEFAULT_BANDS.filter((b) => b.code !== 'WEAK').map((b) => ({ ...b })),
  { code: 'WEAK', labelVi: 'Yếu', labelEn: 'Weak', minIndex: 3500, color: '#E53935' },
  { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minIndex: 0, color: '#8E0000' },
];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A declared value a unit of quality q (0..1) would plausibly write, with some noise per leaf. */
function declare(leaf: CriteriaNodeEntity, q: number, rand: () => number): string | null {
  return plausibleDeclaredValue(leaf, clamp(q + (rand() - 0.5) * 0.3, 0, 1));
}

/** Appraisers trim a few claims: down to a lower quarter step, with the note the rules require. */
function appraise(self: Hundredths, rand: () => number): { points: Hundredths; note: string | null } {
  if (self === 0 || rand() > 0.18) return { points: self, note: null };
  const cut = Math.max(0, Math.floor((self * (0.5 + rand() * 0.3)) / 25) * 25);
  return { points: cut, note: 'Tài liệu kiểm chứng chưa chứng minh đầy đủ kết quả kê khai' };
}

type StoredState = ScoreSheetEntity['status'];

async function insertChunks<T extends object>(manager: EntityManager, target: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 150) await manager.getRepository(target).save(rows.slice(i, i + 150), { reload: false });
}

function isoDate(daysFromToday: number): string {
  // Deadlines are Vietnam calendar days (UTC+7).
  return new Date(Date.now() + 7 * 3600_000 + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

interface YearPlan {
  year: number;
  model: GovernmentModel;
  status: YearStatus;
  deadlines: { self: string; explanation: string; appraisal: string; publication: string };
  bands: ClassificationBand[];
  stateOf: (unitId: string, position: number) => StoredState;
  /**
   * Penalty leaves (codes) the unit keeps filling itself in this year: under the set's "mặc định 0
   * điểm" a unit with nothing to declare leaves them empty, so the demo shows the marker. Leaves
   * the assessor takes over later (the open year's D.1, D.2) get their baseline as in real use.
   */
  emptyWhenNothingToDeclare?: readonly string[];
}

/** Spread of states in the year under appraisal: every state occurs, most sheets are well advanced. */
const STATE_CYCLE: StoredState[] = [
  'APPROVED',
  'APPRAISED',
  'UNDER_APPRAISAL',
  'APPROVED',
  'EXPLANATION_REQUESTED',
  'SUBMITTED',
  'APPROVED',
  'EXPLAINED',
  'APPRAISED',
  'DRAFT',
  'UNDER_APPRAISAL',
  'APPROVED',
];

async function seedYear(scoringDb: DataSource, org: OrgDemo, plan: YearPlan, log: Logger): Promise<AssessmentYearEntity> {
  return scoringDb.transaction(async (manager) => {
    const year = await manager.getRepository(AssessmentYearEntity).save(
      manager.getRepository(AssessmentYearEntity).create({
        id: randomUUID(),
        provinceUnitId: org.provinceId,
        year: plan.year,
        name: `Chỉ số CCHC năm ${plan.year} — tỉnh Quảng Ninh`,
        model: plan.model,
        status: plan.status,
        selfAssessmentDeadline: plan.deadlines.self,
        explanationDeadline: plan.deadlines.explanation,
        appraisalDeadline: plan.deadlines.appraisal,
        publicationDeadline: plan.deadlines.publication,
        bands: structuredClone(plan.bands),
        headRatings: structuredClone({ ...DEFAULT_HEAD_RATINGS }),
        bonusCap: 200,
        penaltyCap: 300,
        copiedFromYearId: null,
        rosterFrozenAt: new Date(),
      }),
    );
    const groups = await manager.getRepository(UnitGroupEntity).save(
      defaultGroups(plan.model).map((g, i) =>
        manager.getRepository(UnitGroupEntity).create({
          id: randomUUID(),
          yearId: year.id,
          code: g.code,
          name: g.name,
          assessorRule: g.assessorRule,
          criteriaTotal: 10000,
          sortOrder: i,
          memberKinds: g.memberKinds,
          memberSubtypes: g.memberSubtypes,
          criteriaReopened: false,
          // The demo sets use "mặc định 0 điểm" (issue 11 §4), as most provinces would: a unit that
          // earned no bonus and incurred no penalty submits without typing 0 into those rows.
          bonusPenaltyDefaultZero: true,
        }),
      ),
    );
    const defaultZero = new Set(groups.filter((g) => g.bonusPenaltyDefaultZero).map((g) => g.id));
    const leavesByGroup = new Map<string, CriteriaNodeEntity[]>();
    const nodesByGroup = new Map<string, CriteriaNodeEntity[]>();
    const allNodes: CriteriaNodeEntity[] = [];
    for (const group of groups) {
      const nodes = criteriaNodesFromSpecs(demoCriteriaFor(plan.model, group.code), {
        yearId: year.id,
        groupId: group.id,
        evidenceGuidance: 'Văn bản, báo cáo, quyết định chứng minh kết quả (ghi số ký hiệu, ngày ban hành).',
      });
      const parents = new Set(nodes.map((n) => n.parentId));
      nodesByGroup.set(group.id, nodes);
      leavesByGroup.set(
        group.id,
        nodes.filter((n) => !parents.has(n.id)),
      );
      allNodes.push(...nodes);
    }
    await insertChunks(manager, CriteriaNodeEntity, allNodes);

    // The roster follows the real rule (rebuildRosterInTx): units valid on 31 December of the year,
    // grouped and delegated by planRoster — so units created in 2025 never appear in 2024.
    const directory = createOrgDirectory(manager);
    const [province] = await directory.unitsByIds([org.provinceId]);
    const planned = planRoster({
      model: plan.model,
      province: { id: org.provinceId, name: province?.name ?? '' },
      units: await directory.unitsOfProvince(org.provinceId, rosterReferenceDate(plan.year)),
      groups,
    });
    const units = planned.entries.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
    const roster: RosterEntryEntity[] = [];
    const sheets: ScoreSheetEntity[] = [];
    const entries: ScoreEntryEntity[] = [];
    const results: UnitResultEntity[] = [];
    const approver = org.users['chutich.qn']?.id ?? null;
    units.forEach((u, position) => {
      const rand = seededRandom(`${plan.year}:${u.unitCode}`);
      const quality = 0.45 + rand() * 0.5;
      const state = plan.stateOf(u.unitId, position);
      const rosterEntry = manager
        .getRepository(RosterEntryEntity)
        .create({ ...u, id: randomUUID(), yearId: year.id, addedManually: false });
      roster.push(rosterEntry);
      const submitted = state !== 'DRAFT';
      const explanation =
        ['EXPLANATION_REQUESTED', 'EXPLAINED'].includes(state) || (['APPRAISED', 'APPROVED'].includes(state) && rand() < 0.3);
      const sheet = manager.getRepository(ScoreSheetEntity).create({
        id: randomUUID(),
        yearId: year.id,
        unitId: u.unitId,
        rosterEntryId: rosterEntry.id,
        groupId: u.groupId,
        assessorUnitId: u.assessorUnitId,
        districtUnitId: u.parentDistrictId,
        unitName: u.unitName,
        status: state,
        version: 1 + Math.floor(rand() * 6),
        submittedAt: submitted ? new Date(Date.UTC(plan.year + 1, 0, 5 + Math.floor(rand() * 10))) : null,
        submittedBy: null,
        approvedAt: state === 'APPROVED' ? new Date(Date.UTC(plan.year + 1, 2, 10 + Math.floor(rand() * 15))) : null,
        approvedBy: state === 'APPROVED' && u.assessorUnitId === org.provinceId ? approver : null,
        lockedAt: submitted ? new Date(Date.UTC(plan.year + 1, 0, 15)) : null,
        lockedBy: null,
        explanationRound: explanation,
      });
      sheets.push(sheet);

      const leaves = leavesByGroup.get(u.groupId)!;
      const appraisedAll = ['EXPLANATION_REQUESTED', 'EXPLAINED', 'APPRAISED', 'APPROVED'].includes(state);
      const questioned = new Set(
        explanation
          ? leaves
              .filter((l) => l.section === S.SCORED)
              .slice(2 + Math.floor(rand() * 20))
              .slice(0, 2)
              .map((l) => l.id)
          : [],
      );
      const sheetEntries: ScoreEntryEntity[] = [];
      leaves.forEach((leaf, i) => {
        if (state === 'DRAFT' && leaf.section !== S.SURVEY && i > leaves.length * 0.6) return; // a half-filled draft
        const notApplicable = leaf.allowNotApplicable && rand() < 0.25;
        const value = leaf.section === S.PENALTY ? (rand() < 0.2 ? declare(leaf, 1 - quality, rand) : '0') : declare(leaf, quality, rand);
        const self = leaf.section === S.SURVEY || notApplicable ? null : pointsFor(leaf, value);
        const entry = newScoreEntry({
          id: randomUUID(),
          sheetId: sheet.id,
          criterionId: leaf.id,
          declaredValue: notApplicable ? null : value,
          notApplicable,
          selfPoints: self,
          selfNote: null,
          selfEvidence:
            self !== null && rand() < 0.5
              ? [
                  {
                    documentNumber: `${10 + Math.floor(rand() * 300)}/BC-${u.unitCode}`,
                    documentDate: `${plan.year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15`,
                    issuer: u.unitName,
                    title: `Báo cáo kết quả thực hiện tiêu chí ${leaf.code}`,
                  },
                ]
              : [],
          surveyPoints: leaf.section === S.SURVEY ? pointsFor(leaf, value) : null,
          updatedAt: new Date(Date.UTC(plan.year + 1, 0, 10)),
        });
        const appraised = self !== null && (appraisedAll || (state === 'UNDER_APPRAISAL' && i < leaves.length / 2));
        if (appraised) {
          const r1 = appraise(self, rand);
          entry.round1Points = r1.points;
          entry.round1Note = r1.note;
          if (questioned.has(leaf.id)) {
            entry.explanationRequested = true;
            entry.explanationRequestNote = 'Đề nghị bổ sung tài liệu kiểm chứng cho số liệu kê khai';
            if (state !== 'EXPLANATION_REQUESTED') {
              entry.explanationText = 'Đơn vị đã bổ sung báo cáo và quyết định liên quan.';
              entry.supplementaryEvidence = [
                {
                  documentNumber: `${100 + Math.floor(rand() * 200)}/QĐ-${u.unitCode}`,
                  documentDate: `${plan.year}-12-20`,
                  issuer: u.unitName,
                  title: 'Quyết định bổ sung',
                },
              ];
              if (state !== 'EXPLAINED') {
                entry.round2Points = self;
                entry.round2Note = r1.points === self ? null : 'Chấp nhận giải trình, khôi phục điểm tự chấm';
              }
            }
          }
          entry.finalPoints = entry.round2Points ?? entry.round1Points;
        }
        // Decided after every draw above, so the rest of the demo's figures stay as they were:
        // the empty row counts 0 points, filled, like the "0" it replaces.
        const leftEmpty =
          leaf.section === S.PENALTY &&
          value === '0' &&
          !notApplicable &&
          defaultZero.has(u.groupId) &&
          plan.emptyWhenNothingToDeclare?.includes(leaf.code);
        if (!leftEmpty) sheetEntries.push(entry);
      });
      entries.push(...sheetEntries);
      const result = computeResult(year, groups.find((g) => g.id === u.groupId)!, nodesByGroup.get(u.groupId)!, sheetEntries);
      results.push(
        manager.getRepository(UnitResultEntity).create({
          id: randomUUID(),
          yearId: year.id,
          unitId: u.unitId,
          sheetId: sheet.id,
          groupId: u.groupId,
          assessorUnitId: u.assessorUnitId,
          unitName: u.unitName,
          ...resultFields(year, state, result),
          rankInGroup: null,
          rankInAssessor: null,
          computedAt: new Date(),
        }),
      );
    });
    await insertChunks(manager, RosterEntryEntity, roster);
    await insertChunks(manager, ScoreSheetEntity, sheets);
    await insertChunks(manager, ScoreEntryEntity, entries);
    await insertChunks(manager, UnitResultEntity, results);
    await rerankGroups(
      manager,
      year.id,
      groups.map((g) => g.id),
    );
    log.info({ year: plan.year, units: units.length, entries: entries.length }, 'scoring demo year seeded');
    return year;
  });
}

/**
 * Seeds both demo years once (skipped when the province already has any assessment year). Units
 * come through the scoring subgraph's org directory, as when an administrator builds a roster.
 */
export async function ensureScoringDemo(scoringDb: DataSource, org: OrgDemo, log: Logger): Promise<boolean> {
  if ((await scoringDb.getRepository(AssessmentYearEntity).countBy({ provinceUnitId: org.provinceId })) > 0) return false;
  const started = Date.now();
  await seedYear(
    scoringDb,
    org,
    {
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.PUBLISHED,
      deadlines: { self: '2025-01-15', explanation: '2025-02-20', appraisal: '2025-03-15', publication: '2025-04-15' },
      bands: BANDS_WITH_POOR,
      stateOf: () => 'APPROVED',
      emptyWhenNothingToDeclare: [DEMO_ACCOUNTABILITY_CODES.lateReportPenalty],
    },
    log,
  );
  // The year under appraisal: deadlines relative to today so the demo works whenever it starts
  // (self-assessment is over, explanation and appraisal are still open).
  const stpId = org.departmentId;
  const year2025 = await seedYear(
    scoringDb,
    org,
    {
      year: 2025,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.APPRAISAL,
      deadlines: { self: isoDate(-20), explanation: isoDate(10), appraisal: isoDate(30), publication: isoDate(60) },
      bands: [...DEFAULT_BANDS],
      stateOf: (unitId, position) =>
        unitId === org.communeId
          ? 'EXPLANATION_REQUESTED'
          : unitId === stpId
            ? 'UNDER_APPRAISAL'
            : STATE_CYCLE[position % STATE_CYCLE.length],
    },
    log,
  );
  const history = await scoringDb.transaction((manager) => seedDemoHistory(manager, year2025.id, 2025, org));
  log.info({ events: history }, 'scoring demo history seeded');
  // The province's demo appraiser appraises every area of every unit (no limits): shown in the admin.
  const appraiser = org.users['thamdinh.qn'];
  if (appraiser)
    await scoringDb.getRepository(AppraiserAssignmentEntity).save(
      scoringDb.getRepository(AppraiserAssignmentEntity).create({
        id: randomUUID(),
        yearId: year2025.id,
        userId: appraiser.id,
        assessorUnitId: org.provinceId,
        unitIds: [],
        areaCodes: [],
      }),
    );
  log.info({ ms: Date.now() - started }, 'scoring demo seeded');
  return true;
}
