import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../domain/scoring';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { toCriteriaNodes } from '../subgraphs/scoring/results/results.service';
import { ScoreSheetEntity } from '../subgraphs/scoring/score-sheet/score-sheet.entity';
import { UnitGroupEntity } from '../subgraphs/scoring/unit-group/unit-group.entity';
import { OrgUnitEntity, OrgUnitKind } from '../subgraphs/org/org-unit/org-unit.entity';
import { RosterEntryEntity } from '../subgraphs/scoring/roster/roster-entry.entity';
import { criteriaNodesFromSpecs } from '../subgraphs/scoring/criteria/criteria-outline';
import { ensureDemoData } from './demo';
import { demoCriteriaFor } from './demo-criteria';
import { DEMO_PASSWORD, findOrgDemo } from './org-demo';
import { ensureScoringDemo } from './scoring-demo';

describe(`scoring demo seed (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  const log = pino({ level: 'silent' });
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    await ensureDemoData({ orgDb: system.orgDb, scoringDb: system.scoringDb, log, config: system.config });
    for (const username of ['admin.qn', 'thamdinh.qn', 'canbo.ansinh', 'truong.ansinh', 'chutich.dongtrieu', 'canbo.sotuphap']) {
      const res = await system.gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        {
          u: username,
          p: DEMO_PASSWORD,
        },
      );
      tokens[username] = res.data!.login.token;
    }
  }, 120_000);
  afterAll(() => system?.stop());

  it('seeds a published three-level 2024 and a two-level 2025 under appraisal, with one valid criteria set per kind of unit, once', async () => {
    // How fast the seed is belongs to `pnpm bench`, not here: on a loaded machine a wall-clock
    // assertion failed at 17–19 s while nothing was wrong.
    const years = await system.scoringDb.getRepository(AssessmentYearEntity).find({ order: { year: 'ASC' } });
    expect(years.map((y) => [y.year, y.model, y.status])).toEqual([
      [2024, 'THREE_LEVEL', 'PUBLISHED'],
      [2025, 'TWO_LEVEL', 'APPRAISAL'],
    ]);
    for (const group of await system.scoringDb.getRepository(UnitGroupEntity).find()) {
      const year = years.find((y) => y.id === group.yearId)!;
      const nodes = await system.scoringDb.getRepository(CriteriaNodeEntity).findBy({ groupId: group.id });
      // Each group got the set of its kind of unit, whole.
      const expected = criteriaNodesFromSpecs(demoCriteriaFor(year.model, group.code), { yearId: '', groupId: '', evidenceGuidance: '' });
      expect(nodes.map((n) => `${n.code} ${n.title}`).sort(), `${year.year} ${group.code}`).toEqual(
        expected.map((n) => `${n.code} ${n.title}`).sort(),
      );
      const issues = validateCriteriaSet(toCriteriaNodes(nodes), { total: 10000 }).filter((i) => i.severity === 'ERROR');
      expect(issues, group.code).toEqual([]);
      // The demo shows "mặc định 0 điểm" for bonus and penalty leaves (issue 11 §4).
      expect(group.bonusPenaltyDefaultZero, `${year.year} ${group.code}`).toBe(true);
    }
    // 2024 shows a province's own bands: "Kém" below "Yếu"; 2025 keeps the national five.
    expect(years.map((y) => y.bands.map((b) => b.labelVi))).toEqual([
      ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu', 'Kém'],
      ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'],
    ]);
    const states = await system.scoringDb
      .getRepository(ScoreSheetEntity)
      .createQueryBuilder('s')
      .select('DISTINCT s.status', 'status')
      .where('s.year_id = :y', { y: years[1].id })
      .getRawMany<{ status: string }>();
    expect(states.map((s) => s.status).sort()).toEqual([
      'APPRAISED',
      'APPROVED',
      'DRAFT',
      'EXPLAINED',
      'EXPLANATION_REQUESTED',
      'SUBMITTED',
      'UNDER_APPRAISAL',
    ]);
    const org = (await findOrgDemo(system.orgDb))!;
    expect(await ensureScoringDemo(system.scoringDb, org, log)).toBe(false);
  });

  it('rosters follow the real rule: units valid on 31 December of the year (no 2025 departments in the published 2024 ranking)', async () => {
    const years = await system.scoringDb.getRepository(AssessmentYearEntity).find({ order: { year: 'ASC' } });
    const units = await system.orgDb.getRepository(OrgUnitEntity).find();
    const byId = new Map(units.map((u) => [u.id, u]));
    const created2025 = units.filter((u) => u.kind === OrgUnitKind.DEPARTMENT && u.validFrom === '2025-03-01');
    expect(created2025.length).toBeGreaterThanOrEqual(2); // the org demo has departments formed on 1 March 2025
    for (const year of years) {
      const day = `${year.year}-12-31`;
      const roster = await system.scoringDb.getRepository(RosterEntryEntity).findBy({ yearId: year.id });
      const inRoster = new Set(roster.map((e) => e.unitId));
      for (const entry of roster) {
        const unit = byId.get(entry.unitId)!;
        expect((unit.validFrom ?? '') <= day && (unit.validTo ?? '9999') >= day, `${year.year} ${unit.name}`).toBe(true);
      }
      // …and every unit of an assessed kind valid that day is in it.
      const kinds = year.model === 'THREE_LEVEL' ? ['DEPARTMENT', 'DISTRICT', 'COMMUNE'] : ['DEPARTMENT', 'COMMUNE'];
      const valid = units.filter((u) => kinds.includes(u.kind) && (u.validFrom ?? '') <= day && (u.validTo ?? '9999') >= day);
      expect(valid.filter((u) => !inRoster.has(u.id)).map((u) => u.name)).toEqual([]);
    }
    const org = (await findOrgDemo(system.orgDb))!;
    const published = await system.gql<{ publishedResults: { rankings: { rows: { unitId: string; unitName: string }[] }[] } }>(
      'query($p: ID!) { publishedResults(provinceId: $p, year: 2024) { rankings { rows { unitId unitName } } } }',
      { p: org.provinceId },
    );
    const ranked = published.data!.publishedResults.rankings.flatMap((r) => r.rows);
    expect(ranked.filter((r) => created2025.some((u) => u.id === r.unitId)).map((r) => r.unitName)).toEqual([]);
    expect(ranked.length).toBe(await system.scoringDb.getRepository(RosterEntryEntity).countBy({ yearId: years[0].id }));
  });

  it('shows real results through the API: rankings, published results without sign-in, history across the merger', async () => {
    const org = (await findOrgDemo(system.orgDb))!;
    const published = await system.gql<{
      publishedResults: { rankings: { groupName: string; rows: { rank: number; index: number; classification: { label: string } }[] }[] };
    }>(
      'query($p: ID!) { publishedResults(provinceId: $p, year: 2024) { rankings { groupName rows { rank index classification { label } } } } }',
      { p: org.provinceId },
    );
    expect(published.errors).toBeUndefined();
    const blocks = published.data!.publishedResults.rankings;
    expect(blocks.map((b) => b.groupName)).toEqual(['Khối sở, ban, ngành', 'Khối UBND cấp huyện', 'Khối phường', 'Khối xã, thị trấn']);
    expect(blocks[1].rows).toHaveLength(13);
    expect(blocks.every((b) => b.rows[0].rank === 1 && b.rows[0].index > 0 && b.rows[0].classification)).toBe(true);

    const unit = await system.gql<{
      orgUnit: {
        name: string;
        assessment: { totals: { index: number | null; selfIndex: number; provisional: boolean }; rankInGroup: number | null };
        indexHistory: { year: number; viaPredecessor: boolean }[];
      };
    }>(
      'query($id: ID!) { orgUnit(id: $id) { name assessment(year: 2025) { totals { index selfIndex provisional } rankInGroup } indexHistory { year viaPredecessor } } }',
      { id: org.communeId },
      { token: tokens['canbo.ansinh'] },
    );
    expect(unit.errors).toBeUndefined();
    // 2025 is still under appraisal: the ward sees its own self-assessment, provisional, and no index or rank yet.
    expect(unit.data!.orgUnit.assessment).toMatchObject({ totals: { index: null, provisional: true }, rankInGroup: null });
    expect(unit.data!.orgUnit.assessment.totals.selfIndex).toBeGreaterThan(0);
    // Phường An Sinh was formed in 2025: its 2024 history comes from its predecessors.
    expect(unit.data!.orgUnit.indexHistory.some((p) => p.year === 2024 && p.viaPredecessor)).toBe(true);
  });

  it('shows "Mặc định 0": in 2024 units with no late report left D.1 empty, their sheets complete at the same points', async () => {
    const org = (await findOrgDemo(system.orgDb))!;
    const year = (await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ year: 2024 })).id;
    const res = await system.gql<{
      scoreSheetFor: {
        group: { bonusPenaltyDefaultZero: boolean };
        progress: { total: number; filled: number };
        entries: { code: string; section: string; enteredByAssessor: boolean; selfPoints: number | null }[];
      };
    }>(
      'query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { group { bonusPenaltyDefaultZero } progress { total filled } entries { code section enteredByAssessor selfPoints } } }',
      { y: year, u: org.departmentId },
      { token: tokens['canbo.sotuphap'] },
    );
    const sheet = res.data!.scoreSheetFor;
    expect(sheet.group.bonusPenaltyDefaultZero).toBe(true);
    // Sở Tư pháp sent no report late in 2024: the row is empty and stands at 0 (the marker's case).
    const d1 = sheet.entries.find((e) => e.code === 'D.1')!;
    expect(d1).toMatchObject({ section: 'PENALTY', enteredByAssessor: false, selfPoints: null });
    expect(sheet.progress.filled).toBe(sheet.progress.total);
    // Across the year most units did the same; those that sent reports late declared them.
    const rows: { n: number | string }[] = await system.scoringDb.query(
      `SELECT COUNT(*) AS n FROM score_sheet s JOIN criteria_node c ON c.group_id = s.group_id AND c.code = 'D.1'
        WHERE s.year_id = ? AND NOT EXISTS (SELECT 1 FROM score_entry e WHERE e.sheet_id = s.id AND e.criterion_id = c.id)`,
      [year],
    );
    expect(Number(rows[0].n)).toBeGreaterThan(10);
  });

  it('demo users can act: the ward answers its explanation request, the province appraiser appraises Sở Tư pháp', async () => {
    const org = (await findOrgDemo(system.orgDb))!;
    const year = (await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ year: 2025 })).id;
    const q =
      'query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { status availableActions entries { explanationRequested } } }';
    const ward = await system.gql<{
      scoreSheetFor: { status: string; availableActions: string[]; entries: { explanationRequested: boolean }[] };
    }>(q, { y: year, u: org.communeId }, { token: tokens['canbo.ansinh'] });
    expect(ward.data!.scoreSheetFor.status).toBe('EXPLANATION_REQUESTED');
    // The officer prepares the explanation; sending it waits for the head's attestation (issue 10),
    // and the head may send it himself.
    expect(ward.data!.scoreSheetFor.availableActions).toEqual(['SAVE_EXPLANATION']);
    const head = await system.gql<{ scoreSheetFor: { availableActions: string[] } }>(
      q,
      { y: year, u: org.communeId },
      { token: tokens['truong.ansinh'] },
    );
    expect(head.data!.scoreSheetFor.availableActions).toEqual(['SAVE_EXPLANATION', 'SUBMIT_EXPLANATION']);
    expect(ward.data!.scoreSheetFor.entries.filter((e) => e.explanationRequested).length).toBeGreaterThan(0);
    const stp = await system.gql<{ scoreSheetFor: { status: string; availableActions: string[] } }>(
      q,
      { y: year, u: org.departmentId },
      { token: tokens['thamdinh.qn'] },
    );
    expect(stp.data!.scoreSheetFor).toMatchObject({ status: 'UNDER_APPRAISAL' });
    expect(stp.data!.scoreSheetFor.availableActions).toEqual(expect.arrayContaining(['SAVE_APPRAISAL', 'REQUEST_EXPLANATION']));
    const sheets = await system.gql<{ scoreSheets: { totalCount: number } }>(
      'query($y: ID!) { scoreSheets(yearId: $y, first: 5) { totalCount } }',
      { y: year },
      { token: tokens['admin.qn'] },
    );
    expect(sheets.data!.scoreSheets.totalCount).toBeGreaterThan(60);
    // Dashboard filters: drafts are past the self-assessment deadline in the demo year.
    const late = await system.gql<{
      scoreSheets: { totalCount: number; edges: { node: { status: string; overdue: boolean; deadline: string } }[] };
    }>(
      'query($y: ID!) { scoreSheets(yearId: $y, status: DRAFT, overdue: true) { totalCount edges { node { status overdue deadline } } } }',
      { y: year },
      { token: tokens['admin.qn'] },
    );
    expect(late.data!.scoreSheets.totalCount).toBeGreaterThan(0);
    expect(late.data!.scoreSheets.edges.every((e) => e.node.status === 'DRAFT' && e.node.overdue)).toBe(true);
    // Paging: cursors walk the whole list without repeats.
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const page: {
        data?: { scoreSheets: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } | null;
      } = await system.gql(
        'query($y: ID!, $a: String) { scoreSheets(yearId: $y, first: 25, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { y: year, a: after },
        { token: tokens['admin.qn'] },
      );
      for (const e of page.data!.scoreSheets.edges) seen.add(e.node.id);
      after = page.data!.scoreSheets.pageInfo.hasNextPage ? page.data!.scoreSheets.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(sheets.data!.scoreSheets.totalCount);
  });

  it('gives the province administrator the demo national indices (2024 beside the own average) and DDCI to feed survey leaf 9.4 of 2025', async () => {
    const provinceId = (await findOrgDemo(system.orgDb))!.provinceId;
    type Overview = {
      nationalIndices: {
        canManage: boolean;
        entries: { year: number; kind: string; value: number; rank: number | null; published: boolean; source: string | null }[];
        ownAverages: { year: number; averageIndex: number | null }[];
      };
    };
    const res = await system.gql<Overview>(
      'query($p: ID!) { nationalIndices(provinceId: $p) { canManage entries { year kind value rank published source } ownAverages { year averageIndex } } }',
      { p: provinceId },
      { token: tokens['admin.qn'] },
    );
    expect(res.errors).toBeUndefined();
    const o = res.data!.nationalIndices;
    expect(o.canManage).toBe(true);
    expect(o.entries.filter((e) => e.year === 2024 && e.kind !== 'DDCI').map((e) => e.kind)).toEqual(['PAPI', 'PAR_INDEX', 'PCI', 'SIPAS']);
    // Clearly demo data.
    expect(o.entries.every((e) => e.source?.includes('minh họa'))).toBe(true);
    expect(o.ownAverages.map((a) => a.year)).toEqual([2024]);
    expect(o.ownAverages[0].averageIndex).toBeGreaterThan(0);
    expect(o.entries.filter((e) => e.year === 2025 && e.kind === 'DDCI').every((e) => !e.published)).toBe(true);

    const year2025 = await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ year: 2025 });
    const ddci = await system.gql<{ ddciSurveyPreview: { canApply: boolean; validCount: number; issues: unknown[] } }>(
      'query($y: ID!) { ddciSurveyPreview(yearId: $y, criterionCode: "9.4") { canApply validCount issues { row code message } } }',
      { y: year2025.id },
      { token: tokens['admin.qn'] },
    );
    expect(ddci.errors).toBeUndefined();
    expect(ddci.data!.ddciSurveyPreview.issues).toEqual([]);
    expect(ddci.data!.ddciSurveyPreview.validCount).toBe(o.entries.filter((e) => e.year === 2025 && e.kind === 'DDCI').length);
    // The survey import screen works on the demo's open year: its template lists the roster.
    const template = await system.gql<{ surveyImportTemplate: { fileName: string } }>(
      'query($y: ID!) { surveyImportTemplate(yearId: $y) { fileName } }',
      { y: year2025.id },
      { token: tokens['admin.qn'] },
    );
    expect(template.data!.surveyImportTemplate.fileName).toBe('mau-dieu-tra-xa-hoi-hoc-2025.xlsx');
  });
});
