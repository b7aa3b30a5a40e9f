import type { ScoreSheetFieldsFragment, SheetAction } from '@/graphql/generated/graphql';

type Entry = ScoreSheetFieldsFragment['entries'][number];

/**
 * A leaf of the fixture: its entry (what ScoreSheet.entries returns) with the criterion it refers
 * to. The API sends the criterion once, in ScoreSheet.criteria (built from these by criteriaOf);
 * the extra fields here only let tests describe a leaf in one place.
 */
export interface LeafCriterion {
  code: string;
  title: string;
  depth: number;
  section: Criterion['section'];
  method: Criterion['method'];
  params: string | null;
  maxPoints: number;
  allowNotApplicable: boolean;
  evidenceGuidance: string | null;
}
export type FixtureLeaf = Entry & LeafCriterion;
export type FixtureSheet = Omit<ScoreSheetFieldsFragment, 'entries'> & { entries: FixtureLeaf[] };

export function leaf(over: Partial<FixtureLeaf> & Pick<FixtureLeaf, 'criterionId' | 'code' | 'title' | 'maxPoints'>): FixtureLeaf {
  return {
    __typename: 'ScoreEntry',
    depth: over.code.split('.').length,
    section: 'SCORED',
    method: 'YES_NO',
    params: null,
    allowNotApplicable: false,
    evidenceGuidance: null,
    declaredValue: null,
    notApplicable: false,
    selfPoints: null,
    selfNote: null,
    selfEvidence: [],
    round1Points: null,
    round1Note: null,
    explanationRequested: false,
    explanationRequestNote: null,
    explanationText: null,
    supplementaryEvidence: [],
    round2Points: null,
    round2Note: null,
    finalPoints: null,
    surveyPoints: null,
    ruleReview: false,
    updatedAt: null,
    enteredByAssessor: false,
    assessorEntryReason: null,
    assessorRecords: [],
    ...over,
  };
}

export const LEVELS = JSON.stringify({
  levels: [
    { key: 'tot', labelVi: 'Tốt', sharePercent: 100 },
    { key: 'day_du', labelVi: 'Đầy đủ', sharePercent: 75 },
    { key: 'chua', labelVi: 'Chưa đầy đủ', sharePercent: 50 },
    { key: 'khong', labelVi: 'Không', sharePercent: 0 },
  ],
});
export const TIERS = JSON.stringify({
  tiers: [
    { fromPercent: 0, toPercent: 80, sharePercent: 0 },
    { fromPercent: 80, toPercent: 100, sharePercent: 50 },
    { fromPercent: 100, toPercent: 100, sharePercent: 100 },
  ],
});

/** Areas 1 (8 points) and 2 (7 points), survey part 3 (5 points): 20 points in all. */
export function sheetFixture(over: Partial<FixtureSheet> = {}, actions: SheetAction[] = ['SAVE_SELF', 'SUBMIT']): FixtureSheet {
  const sheet: FixtureSheet = {
    __typename: 'ScoreSheet',
    id: 's1',
    yearId: 'y2025',
    unitId: 'c1',
    unitName: 'Phường Hồng Gai',
    unitCode: '06661',
    groupId: 'g1',
    assessorUnitId: 'p1',
    assessorUnitName: 'Tỉnh Quảng Ninh',
    status: 'DRAFT',
    version: 3,
    deadline: '2026-01-15',
    overdue: false,
    historyReadable: true,
    submittedAt: null,
    updatedAt: '2026-01-02T03:00:00Z',
    attestations: [
      {
        __typename: 'SheetAttestation' as const,
        purpose: 'SUBMIT',
        status: 'NONE',
        sheetVersion: null,
        attestedByName: null,
        attestedAt: null,
        headName: null,
        statement: null,
        requestedByName: null,
        requestedAt: null,
      },
      {
        __typename: 'SheetAttestation' as const,
        purpose: 'EXPLANATION',
        status: 'NONE',
        sheetVersion: null,
        attestedByName: null,
        attestedAt: null,
        headName: null,
        statement: null,
        requestedByName: null,
        requestedAt: null,
      },
    ],
    availableActions: actions,
    lockReason: null,
    ruleReview: null,
    totals: {
      __typename: 'SheetTotals',
      maxApplicable: 20,
      selfTotal: 0,
      appraisedTotal: 0,
      index: 0,
      selfIndex: 0,
      provisional: true,
      appraisalComplete: false,
      appraisedCriteria: 0,
      criteriaToAppraise: 7,
    },
    progress: { __typename: 'SheetProgress', total: 7, filled: 0, appraised: 0 },
    group: { __typename: 'UnitGroup', id: 'g1', code: 'WARDS', name: 'Khối phường', bonusPenaltyDefaultZero: false },
    year: {
      __typename: 'AssessmentYear',
      id: 'y2025',
      year: 2025,
      name: 'Chỉ số CCHC năm 2025',
      model: 'TWO_LEVEL',
      status: 'SELF_ASSESSMENT',
      selfAssessmentDeadline: '2026-01-15',
      explanationDeadline: '2026-02-15',
      appraisalDeadline: '2026-03-15',
      bonusCap: null,
      penaltyCap: null,
    },
    criteria: [],
    entries: [
      leaf({ criterionId: 'l11', code: '1.1', title: 'Ban hành kế hoạch CCHC', maxPoints: 2, method: 'YES_NO' }),
      leaf({ criterionId: 'l12', code: '1.2', title: 'Tỷ lệ nhiệm vụ hoàn thành', maxPoints: 3, method: 'PROPORTIONAL' }),
      leaf({ criterionId: 'l13', code: '1.3', title: 'Chất lượng báo cáo', maxPoints: 2, method: 'LEVELS', params: LEVELS }),
      leaf({ criterionId: 'l14', code: '1.4', title: 'Sáng kiến CCHC', maxPoints: 1, method: 'MANUAL', allowNotApplicable: true }),
      leaf({
        criterionId: 'l21',
        code: '2.1',
        title: 'Số thủ tục được rà soát',
        maxPoints: 2,
        method: 'COUNT',
        params: JSON.stringify({ pointsPerItem: 50 }),
      }),
      leaf({
        criterionId: 'l22',
        code: '2.2',
        title: 'Hồ sơ trễ hạn',
        maxPoints: 2,
        method: 'DEDUCTION',
        params: JSON.stringify({ pointsPerViolation: 50 }),
      }),
      leaf({ criterionId: 'l23', code: '2.3', title: 'Tỷ lệ hồ sơ trực tuyến', maxPoints: 3, method: 'RATIO_TIERS', params: TIERS }),
      leaf({
        criterionId: 'l31',
        code: '3.1',
        title: 'Mức độ hài lòng (SIPAS)',
        maxPoints: 5,
        method: 'SURVEY',
        section: 'SURVEY',
        params: JSON.stringify({ basis: 'PERCENT' }),
        surveyPoints: 4,
      }),
    ],
    ...over,
  };
  if (!over.criteria) sheet.criteria = criteriaOf(AREAS, sheet.entries);
  return sheet;
}

type Criterion = ScoreSheetFieldsFragment['criteria'][number];

/** Areas of the fixture: 1 (8 points) and 2 (7 points), survey part 3 (5 points). */
export const AREAS: [string, string, string, number, string][] = [
  ['a1', '1', 'Công tác chỉ đạo, điều hành CCHC', 8, 'SCORED'],
  ['a2', '2', 'Cải cách thủ tục hành chính', 7, 'SCORED'],
  ['a3', '3', 'Điều tra xã hội học', 5, 'SURVEY'],
];

/** ScoreSheet.criteria as the API returns it: top-level blocks, then the leaves under them. */
export function criteriaOf(blocks: [string, string, string, number, string][], entries: readonly FixtureLeaf[]): Criterion[] {
  const inner = blocks.map(([id, code, title, maxPoints, section], i) => ({
    __typename: 'CriteriaNode' as const,
    id,
    parentId: null,
    code,
    title,
    section: section as Criterion['section'],
    maxPoints,
    method: null,
    params: null,
    allowNotApplicable: false,
    enteredByAssessor: false,
    assessorEntryReason: null,
    sortOrder: i,
    evidenceGuidance: null,
    scoringGuidance: null,
  }));
  const idOf = new Map(inner.map((n) => [n.code, n.id]));
  const leaves = entries.map((e, i) => ({
    __typename: 'CriteriaNode' as const,
    id: e.criterionId,
    parentId: idOf.get(e.code.split('.').slice(0, -1).join('.')) ?? null,
    code: e.code,
    title: e.title,
    section: e.section,
    maxPoints: e.maxPoints,
    method: e.method ?? null,
    params: e.params ?? null,
    allowNotApplicable: e.allowNotApplicable,
    enteredByAssessor: e.enteredByAssessor,
    assessorEntryReason: e.assessorEntryReason ?? null,
    sortOrder: i,
    evidenceGuidance: e.evidenceGuidance ?? null,
    scoringGuidance: null,
  }));
  return [...inner, ...leaves];
}
