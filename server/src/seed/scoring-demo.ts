/**
 * Scoring demo for Quảng Ninh, on top of the org demo: a three-level 2024 year (PUBLISHED:
 * departments and districts assessed by the province, phường and xã by their district) and a
 * two-level 2025 year (APPRAISAL: departments, phường and xã/đặc khu by the province), with a
 * realistic criteria set (the eight areas of the national method, 44 leaves using every scoring
 * method, 70 scored + 30 survey points, a bonus and a penalty block) and sheets in every state.
 *
 * Scores come from a seeded PRNG, so every start shows the same figures. Points follow from the
 * declared values through the domain rules (computeLeafPoints, computeSheetResult, rankUnits),
 * never from numbers typed here. Rows are written in bulk so seeding stays well under a second
 * per hundred units on SQLite.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_BANDS, DEFAULT_HEAD_RATINGS, type Hundredths } from '../domain/scoring';
import { plausibleDeclaredValue, pointsFor, seededRandom } from './plausible-scores';
import type { Logger } from '../platform/logging/logger';
import { OrgUnitLinkEntity } from '../subgraphs/org/org-unit/org-unit-link.entity';
import { OrgUnitEntity, OrgUnitKind } from '../subgraphs/org/org-unit/org-unit.entity';
import { AppraiserAssignmentEntity } from '../subgraphs/scoring/appraiser-assignment/appraiser-assignment.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { computeResult, rerankGroups, resultFields } from '../subgraphs/scoring/results/results.service';
import { UnitResultEntity } from '../subgraphs/scoring/results/unit-result.entity';
import { groupForUnit } from '../subgraphs/scoring/roster/roster-builder';
import { RosterEntryEntity } from '../subgraphs/scoring/roster/roster-entry.entity';
import { newScoreEntry, ScoreEntryEntity } from '../subgraphs/scoring/score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../subgraphs/scoring/score-sheet/score-sheet.entity';
import { criteriaNodesFromSpecs, LEVELS, TIERS, type NodeSpec } from '../subgraphs/scoring/score-sheet/scoring-fixture';
import { defaultGroups } from '../subgraphs/scoring/unit-group/group-defaults';
import { UnitGroupEntity } from '../subgraphs/scoring/unit-group/unit-group.entity';
import type { OrgDemo } from './org-demo';

const S = CriteriaSection;
const M = ScoringMethod;
const pct = (points: number) => ({ pointsPerItem: points });

/** Bộ chỉ số demo: eight areas (70 points), the survey part (30) and the bonus/penalty block. */
export const DEMO_CRITERIA: NodeSpec[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    max: 1000,
    children: [
      {
        code: '1.1',
        title: 'Kế hoạch cải cách hành chính năm',
        max: 200,
        children: [
          { code: '1.1.1', title: 'Ban hành kế hoạch CCHC năm đúng thời hạn', max: 100, method: M.YES_NO },
          { code: '1.1.2', title: 'Tỷ lệ nhiệm vụ trong kế hoạch CCHC được hoàn thành', max: 100, method: M.RATIO_TIERS, params: TIERS },
        ],
      },
      { code: '1.2', title: 'Chất lượng báo cáo CCHC định kỳ', max: 200, method: M.LEVELS, params: LEVELS },
      {
        code: '1.3',
        title: 'Tỷ lệ cơ quan, đơn vị trực thuộc được kiểm tra công tác CCHC',
        max: 200,
        method: M.RATIO_TIERS,
        params: TIERS,
      },
      { code: '1.4', title: 'Số hoạt động tuyên truyền CCHC', max: 150, method: M.COUNT, params: pct(50) },
      { code: '1.5', title: 'Sáng kiến, giải pháp mới trong CCHC được áp dụng', max: 150, method: M.COUNT, params: pct(75) },
      { code: '1.6', title: 'Trách nhiệm của người đứng đầu trong chỉ đạo, điều hành CCHC', max: 100, method: M.MANUAL, params: {} },
    ],
  },
  {
    code: '2',
    title: 'Cải cách thể chế',
    max: 700,
    children: [
      { code: '2.1', title: 'Tỷ lệ văn bản quy phạm pháp luật ban hành đúng kế hoạch', max: 250, method: M.RATIO_TIERS, params: TIERS },
      { code: '2.2', title: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', max: 150, method: M.YES_NO },
      { code: '2.3', title: 'Tỷ lệ văn bản trái pháp luật được xử lý sau kiểm tra', max: 150, method: M.PROPORTIONAL, params: {} },
      { code: '2.4', title: 'Tổ chức thi hành pháp luật', max: 150, method: M.LEVELS, params: LEVELS },
    ],
  },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    max: 1200,
    children: [
      { code: '3.1', title: 'Công bố, công khai thủ tục hành chính đúng quy định', max: 200, method: M.RATIO_TIERS, params: TIERS },
      { code: '3.2', title: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', max: 300, method: M.RATIO_TIERS, params: TIERS },
      { code: '3.3', title: 'Thực hiện cơ chế một cửa, một cửa liên thông', max: 200, method: M.LEVELS, params: LEVELS },
      {
        code: '3.4',
        title: 'Hồ sơ trễ hạn không có văn bản xin lỗi người dân',
        max: 150,
        method: M.DEDUCTION,
        params: { pointsPerViolation: 25 },
      },
      { code: '3.5', title: 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', max: 200, method: M.PROPORTIONAL, params: {} },
      { code: '3.6', title: 'Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa', max: 150, method: M.PROPORTIONAL, params: {} },
    ],
  },
  {
    code: '4',
    title: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    max: 700,
    children: [
      { code: '4.1', title: 'Sắp xếp tổ chức bộ máy theo quy định', max: 200, method: M.YES_NO },
      { code: '4.2', title: 'Thực hiện đúng số lượng biên chế được giao', max: 200, method: M.YES_NO },
      { code: '4.3', title: 'Thực hiện phân cấp, ủy quyền', max: 150, method: M.LEVELS, params: LEVELS },
      {
        code: '4.4',
        title: 'Kiểm tra tình hình tổ chức, hoạt động của đơn vị trực thuộc',
        max: 150,
        method: M.MANUAL,
        params: {},
        allowNa: true,
      },
    ],
  },
  {
    code: '5',
    title: 'Cải cách chế độ công vụ',
    max: 900,
    children: [
      { code: '5.1', title: 'Cơ cấu công chức theo vị trí việc làm được phê duyệt', max: 200, method: M.YES_NO },
      {
        code: '5.2',
        title: 'Sai phạm trong tuyển dụng, sử dụng công chức',
        max: 200,
        method: M.DEDUCTION,
        params: { pointsPerViolation: 50 },
      },
      { code: '5.3', title: 'Đánh giá, xếp loại công chức', max: 150, method: M.LEVELS, params: LEVELS },
      { code: '5.4', title: 'Tỷ lệ công chức được đào tạo, bồi dưỡng theo kế hoạch', max: 150, method: M.RATIO_TIERS, params: TIERS },
      { code: '5.5', title: 'Vi phạm kỷ luật, kỷ cương hành chính', max: 200, method: M.DEDUCTION, params: { pointsPerViolation: 100 } },
    ],
  },
  {
    code: '6',
    title: 'Cải cách tài chính công',
    max: 700,
    children: [
      { code: '6.1', title: 'Tỷ lệ thực hiện dự toán ngân sách được giao', max: 200, method: M.PROPORTIONAL, params: {} },
      { code: '6.2', title: 'Tỷ lệ giải ngân vốn đầu tư công', max: 250, method: M.RATIO_TIERS, params: TIERS },
      { code: '6.3', title: 'Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập', max: 150, method: M.YES_NO, allowNa: true },
      { code: '6.4', title: 'Tỷ lệ kiến nghị kiểm toán, thanh tra được thực hiện', max: 100, method: M.PROPORTIONAL, params: {} },
    ],
  },
  {
    code: '7',
    title: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    max: 1000,
    children: [
      { code: '7.1', title: 'Hạ tầng, nền tảng số phục vụ chỉ đạo, điều hành', max: 200, method: M.LEVELS, params: LEVELS },
      { code: '7.2', title: 'Tỷ lệ hồ sơ trực tuyến toàn trình', max: 300, method: M.PROPORTIONAL, params: {} },
      { code: '7.3', title: 'Tỷ lệ hồ sơ có thanh toán trực tuyến', max: 200, method: M.PROPORTIONAL, params: {} },
      { code: '7.4', title: 'Tỷ lệ văn bản điện tử có chữ ký số', max: 200, method: M.RATIO_TIERS, params: TIERS },
      { code: '7.5', title: 'Bảo đảm an toàn thông tin mạng', max: 100, method: M.MANUAL, params: {} },
    ],
  },
  {
    code: '8',
    title: 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội',
    max: 800,
    children: [
      { code: '8.1', title: 'Thu hút đầu tư, phát triển doanh nghiệp', max: 300, method: M.LEVELS, params: LEVELS },
      { code: '8.2', title: 'Tỷ lệ chỉ tiêu phát triển kinh tế - xã hội đạt và vượt', max: 300, method: M.RATIO_TIERS, params: TIERS },
      { code: '8.3', title: 'Tỷ lệ đánh giá hài lòng tại bộ phận một cửa', max: 200, method: M.PROPORTIONAL, params: {} },
    ],
  },
  {
    code: '9',
    title: 'Điều tra xã hội học',
    max: 3000,
    section: S.SURVEY,
    children: [
      { code: '9.1', title: 'Đánh giá của đại biểu HĐND, lãnh đạo các cơ quan', max: 1000, method: M.SURVEY, params: { basis: 'PERCENT' } },
      { code: '9.2', title: 'Đánh giá của cán bộ, công chức', max: 800, method: M.SURVEY, params: { basis: 'PERCENT' } },
      { code: '9.3', title: 'Sự hài lòng của người dân, tổ chức (SIPAS)', max: 1200, method: M.SURVEY, params: { basis: 'PERCENT' } },
    ],
  },
  {
    code: 'T',
    title: 'Điểm thưởng',
    max: 300,
    section: S.BONUS,
    children: [{ code: 'T.1', title: 'Sáng kiến CCHC được cấp tỉnh công nhận', max: 300, method: M.COUNT, params: pct(100) }],
  },
  {
    code: 'D',
    title: 'Điểm trừ',
    max: 500,
    section: S.PENALTY,
    children: [
      { code: 'D.1', title: 'Số lần chậm gửi báo cáo CCHC', max: 200, method: M.COUNT, params: pct(50) },
      { code: 'D.2', title: 'Vi phạm bị cơ quan có thẩm quyền kết luận', max: 300, method: M.MANUAL, params: {} },
    ],
  },
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

interface DemoUnit {
  unit: OrgUnitEntity;
  group: UnitGroupEntity;
  assessor: { id: string; name: string };
  districtId: string | null;
  predecessors: string[];
}

function committeeName(unit: OrgUnitEntity): string {
  const rest = unit.name.slice(unit.subtype.length).trim();
  return `UBND ${unit.subtype} ${rest}`;
}

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
  units: (groups: UnitGroupEntity[]) => DemoUnit[];
  stateOf: (unit: OrgUnitEntity, position: number) => StoredState;
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
        bands: structuredClone([...DEFAULT_BANDS]),
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
        }),
      ),
    );
    const leavesByGroup = new Map<string, CriteriaNodeEntity[]>();
    const nodesByGroup = new Map<string, CriteriaNodeEntity[]>();
    const allNodes: CriteriaNodeEntity[] = [];
    for (const group of groups) {
      const nodes = criteriaNodesFromSpecs(DEMO_CRITERIA, {
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

    const units = plan.units(groups).sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
    const roster: RosterEntryEntity[] = [];
    const sheets: ScoreSheetEntity[] = [];
    const entries: ScoreEntryEntity[] = [];
    const results: UnitResultEntity[] = [];
    const approver = org.users['chutich.qn']?.id ?? null;
    units.forEach((u, position) => {
      const rand = seededRandom(`${plan.year}:${u.unit.code}`);
      const quality = 0.45 + rand() * 0.5;
      const state = plan.stateOf(u.unit, position);
      const rosterEntry = manager.getRepository(RosterEntryEntity).create({
        id: randomUUID(),
        yearId: year.id,
        unitId: u.unit.id,
        unitName: u.unit.name,
        unitCode: u.unit.code,
        unitKind: u.unit.kind,
        unitSubtype: u.unit.subtype,
        groupId: u.group.id,
        assessorUnitId: u.assessor.id,
        assessorUnitName: u.assessor.name,
        parentDistrictId: u.districtId,
        predecessorUnitIds: u.predecessors,
        addedManually: false,
      });
      roster.push(rosterEntry);
      const submitted = state !== 'DRAFT';
      const explanation =
        ['EXPLANATION_REQUESTED', 'EXPLAINED'].includes(state) || (['APPRAISED', 'APPROVED'].includes(state) && rand() < 0.3);
      const sheet = manager.getRepository(ScoreSheetEntity).create({
        id: randomUUID(),
        yearId: year.id,
        unitId: u.unit.id,
        rosterEntryId: rosterEntry.id,
        groupId: u.group.id,
        assessorUnitId: u.assessor.id,
        districtUnitId: u.districtId,
        unitName: u.unit.name,
        status: state,
        version: 1 + Math.floor(rand() * 6),
        submittedAt: submitted ? new Date(Date.UTC(plan.year + 1, 0, 5 + Math.floor(rand() * 10))) : null,
        submittedBy: null,
        approvedAt: state === 'APPROVED' ? new Date(Date.UTC(plan.year + 1, 2, 10 + Math.floor(rand() * 15))) : null,
        approvedBy: state === 'APPROVED' && u.assessor.id === org.provinceId ? approver : null,
        lockedAt: submitted ? new Date(Date.UTC(plan.year + 1, 0, 15)) : null,
        lockedBy: null,
        explanationRound: explanation,
      });
      sheets.push(sheet);

      const leaves = leavesByGroup.get(u.group.id)!;
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
                    documentNumber: `${10 + Math.floor(rand() * 300)}/BC-${u.unit.code}`,
                    documentDate: `${plan.year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15`,
                    issuer: u.unit.name,
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
                  documentNumber: `${100 + Math.floor(rand() * 200)}/QĐ-${u.unit.code}`,
                  documentDate: `${plan.year}-12-20`,
                  issuer: u.unit.name,
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
        sheetEntries.push(entry);
      });
      entries.push(...sheetEntries);
      const result = computeResult(year, nodesByGroup.get(u.group.id)!, sheetEntries);
      results.push(
        manager.getRepository(UnitResultEntity).create({
          id: randomUUID(),
          yearId: year.id,
          unitId: u.unit.id,
          sheetId: sheet.id,
          groupId: u.group.id,
          assessorUnitId: u.assessor.id,
          unitName: u.unit.name,
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
 * Seeds both demo years once (skipped when the province already has any assessment year).
 * Reads the org demo's units directly: seeding is the one place allowed to look at both
 * subgraphs' tables, the running scoring subgraph never does.
 */
export async function ensureScoringDemo(orgDb: DataSource, scoringDb: DataSource, org: OrgDemo, log: Logger): Promise<boolean> {
  if ((await scoringDb.getRepository(AssessmentYearEntity).countBy({ provinceUnitId: org.provinceId })) > 0) return false;
  const started = Date.now();
  const province = await orgDb.getRepository(OrgUnitEntity).findOneByOrFail({ id: org.provinceId });
  const all = await orgDb
    .getRepository(OrgUnitEntity)
    .createQueryBuilder('u')
    .where('u.path LIKE :prefix AND u.id <> :id', { prefix: `${province.path}%`, id: province.id })
    .getMany();
  const links = await orgDb.getRepository(OrgUnitLinkEntity).find();
  const predecessorsOf = new Map<string, string[]>();
  for (const l of links) predecessorsOf.set(l.successorId, [...(predecessorsOf.get(l.successorId) ?? []), l.predecessorId]);
  const byId = new Map(all.map((u) => [u.id, u]));
  const provinceAssessor = { id: province.id, name: `UBND ${province.name.replace(/^Tỉnh /, 'tỉnh ')}` };
  const member = (u: OrgUnitEntity, groups: UnitGroupEntity[]) => groupForUnit({ kind: u.kind, subtype: u.subtype }, groups);

  // Three-level 2024: units valid before the 1 July 2025 reform.
  const threeLevel = (groups: UnitGroupEntity[]): DemoUnit[] =>
    all
      .filter(
        (u) => u.kind !== OrgUnitKind.PROVINCE && (u.kind === OrgUnitKind.DEPARTMENT || (u.validTo !== null && u.validTo <= '2025-06-30')),
      )
      .flatMap((u) => {
        const group = member(u, groups);
        if (!group) return [];
        const district = u.kind === OrgUnitKind.COMMUNE ? byId.get(u.parentId ?? '') : undefined;
        if (u.kind === OrgUnitKind.COMMUNE && (!district || district.kind !== OrgUnitKind.DISTRICT)) return [];
        const assessor = district ? { id: district.id, name: committeeName(district) } : provinceAssessor;
        return [{ unit: u, group, assessor, districtId: district?.id ?? null, predecessors: [] }];
      });
  // Two-level 2025: departments and the open communes, all assessed by the province.
  const twoLevel = (groups: UnitGroupEntity[]): DemoUnit[] =>
    all
      .filter((u) => (u.kind === OrgUnitKind.DEPARTMENT || u.kind === OrgUnitKind.COMMUNE) && u.validTo === null)
      .flatMap((u) => {
        const group = member(u, groups);
        return group
          ? [{ unit: u, group, assessor: provinceAssessor, districtId: null, predecessors: predecessorsOf.get(u.id) ?? [] }]
          : [];
      });

  await seedYear(
    scoringDb,
    org,
    {
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.PUBLISHED,
      deadlines: { self: '2025-01-15', explanation: '2025-02-20', appraisal: '2025-03-15', publication: '2025-04-15' },
      units: threeLevel,
      stateOf: () => 'APPROVED',
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
      units: twoLevel,
      stateOf: (u, position) =>
        u.id === org.communeId ? 'EXPLANATION_REQUESTED' : u.id === stpId ? 'UNDER_APPRAISAL' : STATE_CYCLE[position % STATE_CYCLE.length],
    },
    log,
  );
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
