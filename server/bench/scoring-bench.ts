/**
 * Scoring hot paths at the scale of the largest real provinces, measured through the gateway:
 * - TP.HCM, two-level 2025 (168 communes in one block + 14 departments), in self-assessment with
 *   most sheets already appraised and ranked: saves, full sheet reads, worst-case rank shifts;
 * - Hà Nội, three-level 2024 (526 communes of the 2025-03 data in one block, assessed by their 30
 *   districts, + districts and departments), published: the largest ranking, a 200-row dashboard
 *   page, publishedResults throughput with API keys.
 * Statement counts are checked to stay flat with rows and group size (the run fails otherwise).
 */
import { IsNull } from 'typeorm';
import { Role } from '../src/platform/auth/roles';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, signInternalToken } from '../src/platform/auth/tokens';
import { OrgUnitEntity, OrgUnitKind } from '../src/subgraphs/org/org-unit/org-unit.entity';
import { importUnitDataset } from '../src/subgraphs/org/unit-import/unit-import.service';
import { UnitDataset } from '../src/subgraphs/org/unit-import/unit-import.types';
import { CriteriaNodeEntity } from '../src/subgraphs/scoring/criteria/criteria-node.entity';
import { UnitResultEntity } from '../src/subgraphs/scoring/results/unit-result.entity';
import { ScoreSheetEntity } from '../src/subgraphs/scoring/score-sheet/score-sheet.entity';
import { countQueries } from '../src/testing/query-counter';
import type { GraphQLResponse, TestSystem } from '../src/testing/test-system';
import { latency, round, throughput, timeIt } from './measure';
import type { BenchReport } from './report';
import {
  advanceYear,
  alternatingSheetInputs,
  fillYear,
  gqlOk,
  openYear,
  type BenchGroup,
  type BenchYear,
  type StoredState,
} from './scoring-data';

const TOTALS = 'maxApplicable selfTotal appraisedTotal surveyPoints bonusPoints penaltyPoints index selfIndex gapPoints gapIndex';
const COMPONENT = 'criterionId code title maxPoints maxApplicable selfPoints finalPoints index selfIndex';

/** What the admin's ranking page asks for. */
const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) {
  yearId year groupName areas { code title }
  rows { rank position tied provisional unitId unitName unitCode assessorUnitName sheetId status index
    totals { ${TOTALS} } classification { code label color } headRating { code label } areas { code index } } } }`;

/** The progress dashboard: one page of sheets with status, deadline, progress, totals and buttons. */
const DASHBOARD = `query($y: ID!, $first: Int) { scoreSheets(yearId: $y, first: $first) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id unitName unitCode assessorUnitName status version deadline overdue availableActions
    progress { total filled appraised } totals { index selfIndex selfTotal appraisedTotal gapPoints } } } } }`;

/** The score sheet page: the sheet, its actions, totals, components and every leaf with its entry. */
const FULL_SHEET = `query($id: ID!) { scoreSheet(id: $id) {
  id version status unitName unitCode assessorUnitName deadline overdue lockReason availableActions
  actions { action allowed reason }
  year { id year name status } group { id code name }
  totals { ${TOTALS} } progress { total filled appraised } areas { ${COMPONENT} } criteriaIndices { ${COMPONENT} }
  entries { criterionId code title depth section method params maxPoints allowNotApplicable evidenceGuidance
    declaredValue notApplicable selfPoints selfNote selfEvidence { fileId documentNumber documentDate issuer title }
    round1Points round1Note explanationRequested explanationRequestNote explanationText
    supplementaryEvidence { fileId documentNumber title } round2Points round2Note finalPoints surveyPoints updatedBy updatedAt } } }`;

const SHEET_AFTER_SAVE = `id version status totals { ${TOTALS} } progress { total filled appraised } availableActions lockReason`;

const SAVE_SELF = `mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) {
  saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { ${SHEET_AFTER_SAVE} } }`;
const REOPEN = `mutation($s: ID!, $v: Int!) {
  reopenScoreSheet(sheetId: $s, version: $v, target: APPRAISAL, reason: "Rà soát lại theo kết luận của Hội đồng") { ${SHEET_AFTER_SAVE} } }`;
const COMPLETE = `mutation($s: ID!, $v: Int!) { completeAppraisal(sheetId: $s, version: $v) { ${SHEET_AFTER_SAVE} } }`;

/** What an external app reads once results are public (no sign-in). */
const PUBLISHED = `query($p: ID!, $y: Int!, $g: String) { publishedResults(provinceId: $p, year: $y, groupCode: $g) {
  yearId year name rankings { groupName areas { code title }
    rows { rank tied unitId unitName unitCode assessorUnitName index classification { code label } headRating { label } areas { code index } } } } }`;

/** Two-level HCM year: most sheets appraised or approved (ranked), some still in draft or with the appraisers. */
const HCM_STATES: StoredState[] = ['APPROVED', 'APPRAISED', 'APPROVED', 'SUBMITTED', 'APPROVED', 'UNDER_APPRAISAL', 'APPRAISED', 'DRAFT'];

type Call = () => Promise<GraphQLResponse<unknown>>;

/** A benchmark of error responses measures nothing: every response must be clean. */
function checked<T>(call: () => Promise<GraphQLResponse<T>>): () => Promise<GraphQLResponse<T>> {
  return async () => {
    const res = await call();
    if (res.errors?.length) throw new Error(`benchmark query failed: ${res.errors[0].message}`);
    return res;
  };
}

export async function benchScoring(system: TestSystem, report: BenchReport): Promise<void> {
  const dbs = [system.orgDb, system.scoringDb];
  const statements = async (call: Call) => (await countQueries(dbs, checked(call))).count;
  /** Statement counts of the same request at several sizes must be equal (no N+1); returns that count. */
  const flat = async (what: string, calls: [string, Call][]) => {
    const counts: [string, number][] = [];
    // Each once before counting: the first request of a kind fills per-process caches (sessions, years).
    for (const [, call] of calls) await call();
    for (const [size, call] of calls) counts.push([size, await statements(call)]);
    if (new Set(counts.map(([, n]) => n)).size !== 1)
      throw new Error(`${what}: SQL statements grow with rows (${counts.map(([size, n]) => `${size}: ${n}`).join(', ')})`);
    return counts[0][1];
  };

  // ---- data: real units, years through the gateway, scores by the demo seed's rules
  report.startSection('scoring data (built through the gateway + demo-seed rules)');
  const three = await timeIt(() => importUnitDataset(system.orgDb, { dataset: UnitDataset.THREE_LEVEL_2025, provinceCode: '01' }));
  report.value('importThreeLevelHanoiMs', `import three-level Hà Nội 2025-03 (${three.result.created} units)`, round(three.ms), 'ms');
  const province = (code: string) =>
    system.orgDb.getRepository(OrgUnitEntity).findOneByOrFail({ code, kind: OrgUnitKind.PROVINCE, validTo: IsNull() });
  const [hcm, hanoi] = [await province('79'), await province('01')];
  const admin = async (unit: OrgUnitEntity, name: string, roles: Role[]) =>
    (await system.createUser({ username: name, unitId: unit.id, roles })).token;
  const hcmAdmin = await admin(hcm, 'bench.admin.hcm', [Role.PROVINCE_ADMIN]);
  const hcmAppraiser = await admin(hcm, 'bench.thamdinh.hcm', [Role.APPRAISER]);
  const hanoiAdmin = await admin(hanoi, 'bench.admin.hn', [Role.PROVINCE_ADMIN]);

  const setup = await timeIt(async () => {
    const twoLevel = await openYear(system, hcmAdmin, {
      provinceId: hcm.id,
      year: 2025,
      name: 'Chỉ số CCHC năm 2025 — TP. Hồ Chí Minh',
      model: 'TWO_LEVEL',
      dropGroups: ['WARDS'], // one block of all 168 phường, xã and đặc khu: the largest two-level group
    });
    const threeLevel = await openYear(system, hanoiAdmin, {
      provinceId: hanoi.id,
      year: 2024,
      name: 'Chỉ số CCHC năm 2024 — TP. Hà Nội',
      model: 'THREE_LEVEL',
      dropGroups: ['WARDS'], // one block of all 526 phường, xã, thị trấn (data of 2025-03), each assessed by its district
    });
    const filledTwo = await fillYear(system.scoringDb, twoLevel.id, (i) => HCM_STATES[i % HCM_STATES.length]);
    const filledThree = await fillYear(system.scoringDb, threeLevel.id, () => 'APPROVED');
    await advanceYear(system, hanoiAdmin, threeLevel.id, ['APPRAISAL', 'FINALIZED', 'PUBLISHED']);
    return { twoLevel, threeLevel, sheets: filledTwo.sheets + filledThree.sheets, entries: filledTwo.entries + filledThree.entries };
  });
  const { twoLevel, threeLevel } = setup.result;
  const group = (year: BenchYear, code: string): BenchGroup => year.groups.find((g) => g.code === code)!;
  const [hcmDepartments, hcmCommunes] = [group(twoLevel, 'DEPARTMENTS'), group(twoLevel, 'COMMUNES')];
  const hanoiCommunes = group(threeLevel, 'COMMUNES');
  report.value(
    'scoringSetupMs',
    `2 years, ${setup.result.sheets} sheets, ${setup.result.entries} entries (HCM ${hcmDepartments.rosterSize}+${hcmCommunes.rosterSize}, HN communes ${hanoiCommunes.rosterSize})`,
    round(setup.ms),
    'ms',
  );

  // ---- ranking of the largest groups
  report.startSection('ranking(yearId, groupId)');
  const ranking = (year: BenchYear, g: BenchGroup, token: string) => checked(() => system.gql(RANKING, { y: year.id, g: g.id }, { token }));
  report.value(
    'rankingStatements',
    `statements, equal for ${hcmDepartments.rosterSize} / ${hcmCommunes.rosterSize} / ${hanoiCommunes.rosterSize} rows`,
    await flat('ranking', [
      [String(hcmDepartments.rosterSize), ranking(twoLevel, hcmDepartments, hcmAdmin)],
      [String(hcmCommunes.rosterSize), ranking(twoLevel, hcmCommunes, hcmAdmin)],
      [String(hanoiCommunes.rosterSize), ranking(threeLevel, hanoiCommunes, hanoiAdmin)],
    ]),
    'SQL',
  );
  report.latency(
    'ranking',
    `Hà Nội communes (${hanoiCommunes.rosterSize} rows, 30 assessors)`,
    await latency(ranking(threeLevel, hanoiCommunes, hanoiAdmin), 40, 3),
  );
  report.latency(
    'rankingTwoLevel',
    `TP.HCM communes (${hcmCommunes.rosterSize} rows)`,
    await latency(ranking(twoLevel, hcmCommunes, hcmAdmin), 40, 3),
  );

  // ---- dashboard page
  report.startSection('scoreSheets dashboard (province admin)');
  const dashboard = (first: number) => checked(() => system.gql(DASHBOARD, { y: threeLevel.id, first }, { token: hanoiAdmin }));
  const dashboardStatements = await flat('scoreSheets', [
    ['20', dashboard(20)],
    ['200', dashboard(200)],
  ]);
  report.latency(
    'dashboard',
    'Hà Nội 2024, page of 200 rows (statements equal for 20)',
    await latency(dashboard(200), 40, 3),
    dashboardStatements,
  );

  // ---- full sheet read
  report.startSection('scoreSheet(id) with entries and totals');
  const sheets = system.scoringDb.getRepository(ScoreSheetEntity);
  const results = system.scoringDb.getRepository(UnitResultEntity);
  const topOf = async (g: BenchGroup) => (await results.findOneByOrFail({ groupId: g.id, rankInGroup: 1 })).sheetId;
  const readSheet = (id: string) => checked(() => system.gql(FULL_SHEET, { id }, { token: hcmAppraiser }));
  const topCommune = await topOf(hcmCommunes);
  report.latency(
    'sheetReadSmall',
    'TP.HCM commune, approved, 44 leaves (appraiser)',
    await latency(readSheet(topCommune), 60, 3),
    await statements(readSheet(topCommune)),
  );

  // ---- saveSelfAssessment of a whole sheet, in a small and in the large group
  report.startSection('saveSelfAssessment, whole sheet (unit officer)');
  const saveCounts: number[] = [];
  for (const [key, g] of [
    ['saveSelfSmall', hcmDepartments],
    ['saveSelfLarge', hcmCommunes],
  ] as const) {
    const sheet = await sheets.findOneOrFail({ where: { groupId: g.id, status: 'DRAFT' }, order: { unitName: 'ASC' } });
    const officer = (await system.createUser({ username: `bench.canbo.${key}`, unitId: sheet.unitId, roles: [Role.UNIT_OFFICER] })).token;
    const leaves = await system.scoringDb.getRepository(CriteriaNodeEntity).find({ where: { groupId: g.id }, order: { code: 'ASC' } });
    // Two whole-sheet versions a commune officer alternates between: every leaf changes each save.
    const inputs = alternatingSheetInputs(leaves);
    let version = sheet.version;
    let turn = 0;
    const save = checked(async () => {
      const res = await system.gql<{ saveSelfAssessment: { version: number } }>(
        SAVE_SELF,
        { s: sheet.id, v: version, e: inputs[turn++ % 2] },
        { token: officer },
      );
      if (res.data) version = res.data.saveSelfAssessment.version;
      return res;
    });
    const stats = await latency(save, 40, 3);
    // Counted once every leaf has an entry (the first save of a half-filled draft inserts some).
    const count = await statements(save);
    saveCounts.push(count);
    report.latency(key, `${inputs[0].length} leaves, group of ${g.rosterSize}`, stats, count);
  }
  if (saveCounts[1] > saveCounts[0]) throw new Error(`saveSelfAssessment: SQL statements grow with the group (${saveCounts.join(' → ')})`);

  // ---- worst case for the stored ranks: the top unit leaves the ranking and comes back
  report.startSection('rank shift: reopen + complete appraisal of the top unit');
  const shiftCounts: number[] = [];
  for (const [key, g] of [
    ['rankShiftSmall', hcmDepartments],
    ['rankShiftLarge', hcmCommunes],
  ] as const) {
    const sheetId = await topOf(g);
    let version = (await sheets.findOneByOrFail({ id: sheetId })).version;
    const step = (query: string, token: string) =>
      checked(async () => {
        const res = await system.gql<Record<string, { version: number }>>(query, { s: sheetId, v: version }, { token });
        if (res.data) version = Object.values(res.data)[0].version;
        return res;
      });
    const [reopen, complete] = [step(REOPEN, hcmAdmin), step(COMPLETE, hcmAppraiser)];
    const count = (await statements(reopen)) + (await statements(complete));
    shiftCounts.push(count);
    const ranked = await results.countBy({ groupId: g.id, rankable: true });
    report.latency(
      key,
      `group of ${g.rosterSize} (${ranked} ranked): both mutations`,
      await latency(async () => [await reopen(), await complete()], 20, 2),
      count,
    );
  }
  if (shiftCounts[1] > shiftCounts[0]) throw new Error(`rank shift: SQL statements grow with the group (${shiftCounts.join(' → ')})`);

  // ---- public results, as external apps read them: each client with its own API key
  report.startSection('publishedResults (external apps, X-Api-Key)');
  const keys: string[] = [];
  for (let i = 0; i < 10; i++) {
    const { createApiClient } = await gqlOk<{ createApiClient: { key: string } }>(
      system,
      hanoiAdmin,
      'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
      { n: `Ứng dụng khai thác ${i + 1}` },
    );
    keys.push(createApiClient.key);
  }
  let next = 0;
  const published = checked(() =>
    system.gql(PUBLISHED, { p: hanoi.id, y: threeLevel.year }, { headers: { 'x-api-key': keys[next++ % keys.length] } }),
  );
  const units = threeLevel.groups.reduce((n, g) => n + g.rosterSize, 0);
  report.latency(
    'published',
    `Hà Nội 2024, ${units} units in ${threeLevel.groups.length} rankings`,
    await latency(published, 20, 2),
    await statements(published),
  );
  report.value('throughputPublishedMinRps', '10 concurrent clients for 3 s', await throughput(published, 10, 3000), 'req/s');
  // The same query straight to the scoring subgraph (as the gateway sends it): what is left is the gateway's share.
  const direct = checked(async () =>
    system.gql(
      PUBLISHED,
      { p: hanoi.id, y: threeLevel.year },
      {
        url: system.scoringUrl,
        headers: {
          [INTERNAL_TOKEN_HEADER]: await signInternalToken(
            { actor: ANONYMOUS, requestId: 'bench', clientIp: '' },
            system.config.internalSecret,
          ),
        },
      },
    ),
  );
  report.latency('publishedSubgraph', 'same query to the scoring subgraph directly (no gateway)', await latency(direct, 20, 2));
  const size = JSON.stringify((await published()).data).length;
  report.value('publishedKb', 'response size, every block', round(size / 1024), 'KB');
  // The largest block alone, as an app that needs one group asks for it.
  const largest = [...threeLevel.groups].sort((a, b) => b.rosterSize - a.rosterSize)[0]!;
  const oneGroup = checked(() =>
    system.gql(PUBLISHED, { p: hanoi.id, y: threeLevel.year, g: largest.code }, { headers: { 'x-api-key': keys[next++ % keys.length] } }),
  );
  report.latency('publishedOneGroup', `groupCode ${largest.code} only (${largest.rosterSize} units)`, await latency(oneGroup, 20, 2));
  report.value('publishedOneGroupKb', 'response size, one block', round(JSON.stringify((await oneGroup()).data).length / 1024), 'KB');
}
