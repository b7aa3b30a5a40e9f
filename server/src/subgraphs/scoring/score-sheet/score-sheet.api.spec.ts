import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA, type RosterUnit } from './year-setup-test-kit';
import { createSheetsForYear } from './sheet-creation';
import { seedThreeLevelYear, signInUsers } from './sheet-test-kit';

const SHEET_FIELDS = `id version status unitName availableActions lockReason actions { action allowed reason }
  totals { maxApplicable selfTotal appraisedTotal index selfIndex gapPoints bonusPoints penaltyPoints surveyPoints }
  progress { total filled appraised }`;

type Sheet = {
  id: string;
  version: number;
  status: string;
  unitName: string;
  availableActions: string[];
  lockReason: string | null;
  actions: { action: string; allowed: boolean; reason: string | null }[];
  totals: Record<string, number | null>;
  progress: { total: number; filled: number; appraised: number };
};

const rosterUnit = (u: OrgUnitEntity): RosterUnit => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype });

describe(`score sheets through the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  let communeNodes: Map<string, CriteriaNodeEntity>;
  let units: Record<string, OrgUnitEntity>;
  let tokens: Record<string, string>;
  let sheetOf: Record<string, string>;

  const gql = async <T>(token: string | undefined, query: string, variables?: Record<string, unknown>) =>
    (await system.gql<T>(query, variables, { token })) as GraphQLResponse<T>;
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
  const id = (c: string) => nodes.get(c)!.id;
  const cid = (c: string) => communeNodes.get(c)!.id;

  const sheet = async (who: string, unit: string) => {
    const res = await gql<{ scoreSheet: Sheet }>(tokens[who], `query($id: ID!) { scoreSheet(id: $id) { ${SHEET_FIELDS} } }`, {
      id: sheetOf[unit],
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.scoreSheet;
  };
  const act = async (who: string, mutation: string, unit: string, extra = '', variables: Record<string, unknown> = {}) => {
    const current = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf[unit] });
    return gql<Record<string, Sheet>>(
      tokens[who],
      `mutation($sheetId: ID!, $version: Int!${extra ? `, ${extra}` : ''}) { r: ${mutation} { ${SHEET_FIELDS} } }`,
      { sheetId: sheetOf[unit], version: current.version, ...variables },
    );
  };
  const saveSelf = (who: string, unit: string, entries: unknown[]) =>
    act(
      who,
      'saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries)',
      unit,
      '$entries: [SelfAssessmentEntryInput!]!',
      { entries },
    );
  const saveAppraisal = (who: string, unit: string, round: number, entries: unknown[]) =>
    act(
      who,
      'saveAppraisal(sheetId: $sheetId, version: $version, round: $round, entries: $entries)',
      unit,
      '$round: Int!, $entries: [AppraisalEntryInput!]!',
      {
        round,
        entries,
      },
    );
  const simple = (who: string, mutation: string, unit: string) => act(who, `${mutation}(sheetId: $sheetId, version: $version)`, unit);
  /** The unit's head attests the current version (issue 10: an officer sends nothing without it). */
  const attest = (unit: string, purpose = 'SUBMIT') =>
    act(`head${unit}`, `attestScoreSheet(sheetId: $sheetId, version: $version, purpose: ${purpose}, confirmed: true)`, unit);
  /** The head attests, then the officer submits. */
  const submitAttested = async (who: string, unit: string) => {
    const attested = await attest(unit);
    if (attested.errors) return attested;
    return simple(who, 'submitSelfAssessment', unit);
  };

  const FULL = (lookup: (code: string) => string = id) =>
    Object.entries({
      '1.1': '1',
      '1.2': 'tot',
      '2.1': '4',
      '2.2': '100',
      '2.3': '100',
      '2.4': '0',
      '2.5': null,
      'T.1': '0',
      'D.1': '0',
    }).map(([c, v]) => ({ criterionId: lookup(c), declaredValue: v, notApplicable: c === '2.5' && v === null }));

  beforeAll(async () => {
    system = await startTestSystem();
    const seeded = await seedThreeLevelYear(system);
    ({ units, year, sheetOf } = seeded);
    ({ d: nodes, c: communeNodes } = seeded.nodes);

    const users: [string, string, Role[]][] = [
      ['admin', 'P', [Role.PROVINCE_ADMIN]],
      ['appraiserP', 'P', [Role.APPRAISER]],
      ['chairP', 'P', [Role.ASSESSOR_CHAIR]],
      ['viewerP', 'P', [Role.VIEWER]],
      ['officerSTP', 'STP', [Role.UNIT_OFFICER]],
      ['headSTP', 'STP', [Role.UNIT_HEAD]],
      ['officerSYT', 'SYT', [Role.UNIT_OFFICER]],
      ['officerSNV', 'SNV', [Role.UNIT_OFFICER]],
      ['headSYT', 'SYT', [Role.UNIT_HEAD]],
      ['headSNV', 'SNV', [Role.UNIT_HEAD]],
      ['headC1a', 'C1a', [Role.UNIT_HEAD]],
      ['headC1b', 'C1b', [Role.UNIT_HEAD]],
      ['headC2a', 'C2a', [Role.UNIT_HEAD]],
      ['appraiserH1', 'H1', [Role.APPRAISER]],
      ['chairH1', 'H1', [Role.ASSESSOR_CHAIR]],
      ['officerC1a', 'C1a', [Role.UNIT_OFFICER]],
      ['officerC2a', 'C2a', [Role.UNIT_OFFICER]],
    ];
    tokens = await signInUsers(system, units, users);
  });
  afterAll(() => system?.stop());

  it('computes the index of a hand-computed sheet exactly, self and appraised, with survey import', async () => {
    const res = await saveSelf('officerSTP', 'STP', [
      { criterionId: id('1.1'), declaredValue: '1', note: 'Kế hoạch số 12/KH-STP' }, // 10.00
      { criterionId: id('1.2'), declaredValue: 'day_du' }, // 75 % of 10 = 7.50
      { criterionId: id('2.1'), declaredValue: '3' }, // 3 × 2.50 = 7.50
      { criterionId: id('2.2'), declaredValue: '85' }, // tier 80–<100 → 50 % of 15 = 7.50
      { criterionId: id('2.3'), declaredValue: '33,33' }, // 33.33 % of 10 = 3.333 → 3.33
      { criterionId: id('2.4'), declaredValue: '2' }, // 5 − 2 × 1 = 3.00
      { criterionId: id('2.5'), notApplicable: true }, // removes 10 from the maximum
      { criterionId: id('T.1'), declaredValue: '2' }, // bonus 2, capped at 1.50
      { criterionId: id('D.1'), declaredValue: '0.5' }, // penalty 0.50
    ]);
    expect(res.errors).toBeUndefined();
    // scored 38.83 + bonus 1.50 − penalty 0.50 = 39.83 over 90 (survey 30 counts in the maximum) = 44.2555… → 44.26
    expect(res.data!.r.totals).toMatchObject({ maxApplicable: 90, selfTotal: 39.83, selfIndex: 44.26 });
    // The not-applicable leaf counts as done for both the unit and the appraiser.
    expect(res.data!.r.progress).toEqual({ total: 9, filled: 9, appraised: 1 });

    const csv = Buffer.from('Mã đơn vị;Mã tiêu chí;Giá trị\nSTP;3.1;81,5\n').toString('base64');
    const imported = await gql<{ importSurveyResults: { imported: number; sheetsUpdated: number } }>(
      tokens.admin,
      'mutation($y: ID!, $b: String!) { importSurveyResults(yearId: $y, base64: $b, format: CSV) { imported sheetsUpdated } }',
      { y: year.id, b: csv },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importSurveyResults).toEqual({ imported: 1, sheetsUpdated: 1 });
    // + survey 81.5 % of 30 = 24.45 → 64.28 / 90 = 71.4222… → 71.42
    expect((await sheet('officerSTP', 'STP')).totals).toMatchObject({ selfTotal: 64.28, selfIndex: 71.42, surveyPoints: 24.45 });

    expect(code(await simple('headSTP', 'submitSelfAssessment', 'STP'))).toBeNull();
    expect(code(await simple('appraiserP', 'startAppraisal', 'STP'))).toBeNull();
    const accept = ['1.1', '1.2', '2.1', '2.2', '2.4', 'T.1', 'D.1'].map((c) => ({ criterionId: id(c) }));
    const noNote = await saveAppraisal('appraiserP', 'STP', 1, [...accept, { criterionId: id('2.3'), points: 2 }]);
    expect(code(noNote)).toBe('BAD_USER_INPUT');
    expect(noNote.errors![0].message).toMatch(/ghi chú/);
    const ok = await saveAppraisal('appraiserP', 'STP', 1, [...accept, { criterionId: id('2.3'), points: 2, note: 'Tỷ lệ thực tế 20 %' }]);
    expect(ok.errors).toBeUndefined();
    expect(code(await simple('appraiserP', 'completeAppraisal', 'STP'))).toBeNull();
    const approved = await simple('chairP', 'approveScoreSheet', 'STP');
    expect(approved.errors).toBeUndefined();
    // appraised: 38.83 − 3.33 + 2.00 = 37.50 + 24.45 + 1.50 − 0.50 = 62.95 / 90 = 69.9444… → 69.94; gap 1.33
    expect(approved.data!.r.totals).toMatchObject({
      appraisedTotal: 62.95,
      index: 69.94,
      gapPoints: 1.33,
      bonusPoints: 1.5,
      penaltyPoints: 0.5,
    });
    expect(approved.data!.r.status).toBe('APPROVED');
  });

  it('records an audit row for every score change, with before, after and reason', async () => {
    const rows = await system.scoringDb.getRepository(AuditEventEntity).find({ where: { sheetId: sheetOf.STP }, order: { id: 'ASC' } });
    const override = rows.find((r) => r.action === 'SAVE_APPRAISAL_ROUND_1' && r.criterionId === id('2.3'))!;
    expect(override).toMatchObject({ reason: 'Tỷ lệ thực tế 20 %', actorName: 'appraiserp' });
    expect(override.after).toMatchObject({ points: 2 });
    expect(rows.filter((r) => r.action === 'SAVE_SELF')).toHaveLength(9);
    expect(rows.some((r) => r.action === 'IMPORT_SURVEY')).toBe(true);
    expect(rows.filter((r) => r.entityType === 'SHEET').map((r) => r.action)).toEqual([
      'SUBMIT',
      'START_APPRAISAL',
      'COMPLETE_APPRAISAL',
      'APPROVE',
    ]);
  });

  it('two saves with the same version: one wins, the other gets CONFLICT; sequential versions both apply', async () => {
    const before = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf.SYT });
    const body = (value: string) => ({
      sheetId: sheetOf.SYT,
      version: before.version,
      entries: [{ criterionId: id('2.1'), declaredValue: value }],
    });
    const mutation = `mutation($sheetId: ID!, $version: Int!, $entries: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) { version } }`;
    const [a, b] = await Promise.all([
      system.gql(mutation, body('1'), { token: tokens.officerSYT }),
      system.gql(mutation, body('2'), { token: tokens.officerSYT }),
    ]);
    expect([code(a), code(b)].sort()).toEqual(['CONFLICT', null].sort());
    const loser = code(a) === 'CONFLICT' ? a : b;
    expect(loser.errors![0].message).toMatch(/người khác cập nhật/);
    const after = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf.SYT });
    expect(after.version).toBe(before.version + 1);
    // Sequential saves with fresh versions: both are kept.
    expect((await saveSelf('officerSYT', 'SYT', [{ criterionId: id('1.1'), declaredValue: '1' }])).errors).toBeUndefined();
    expect((await saveSelf('officerSYT', 'SYT', [{ criterionId: id('1.2'), declaredValue: 'tot' }])).errors).toBeUndefined();
    const entries = await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: sheetOf.SYT });
    expect(entries.map((e) => [nodesCode(e.criterionId), e.selfPoints]).sort()).toEqual(
      [
        ['1.1', 1000],
        ['1.2', 1000],
        ['2.1', code(a) === null ? 250 : 500],
      ].sort(),
    );
  });

  function nodesCode(criterionId: string): string {
    return [...nodes.values()].find((n) => n.id === criterionId)!.code;
  }

  it('refuses bad inputs with coded errors and writes nothing (bulk save is all or nothing)', async () => {
    const snapshot = async () => ({
      version: (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf.SNV })).version,
      entries: await system.scoringDb.getRepository(ScoreEntryEntity).countBy({ sheetId: sheetOf.SNV }),
      audits: await system.scoringDb.getRepository(AuditEventEntity).countBy({ sheetId: sheetOf.SNV }),
    });
    const before = await snapshot();
    const good = { criterionId: id('1.1'), declaredValue: '1' };
    const cases: [string, unknown][] = [
      ['2.5', { criterionId: id('2.5'), declaredValue: '11' }], // above max
      ['2.1', { criterionId: id('2.1'), declaredValue: '-1' }], // negative
      ['2.3', { criterionId: id('2.3'), declaredValue: 'NaN' }], // not a number
      ['1.1', { criterionId: id('1.1'), declaredValue: '2' }], // not yes/no
      ['1.1', { criterionId: id('1.1'), notApplicable: true }], // N/A not allowed
      ['3.1', { criterionId: id('3.1'), declaredValue: '50' }], // survey leaves are imported, not typed
      ['00000000-0000-4000-8000-000000000000', { criterionId: '00000000-0000-4000-8000-000000000000', declaredValue: '1' }], // unknown
    ];
    for (const [criterionCode, entry] of cases) {
      const res = await saveSelf('officerSNV', 'SNV', [good, entry]);
      expect(code(res), criterionCode).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.criteria).toEqual([criterionCode]);
    }
    const many = await saveSelf('officerSNV', 'SNV', [
      { criterionId: id('2.5'), declaredValue: '-3' },
      { criterionId: id('2.2'), declaredValue: '120' },
      good,
    ]);
    expect(many.errors![0].extensions!.criteria).toEqual(['2.5', '2.2']);
    expect(many.errors![0].message).toMatch(/Phiếu chưa được lưu: 2 tiêu chí có lỗi/);
    expect(await snapshot()).toEqual(before);

    const appraisal = await saveAppraisal('appraiserP', 'SNV', 1, [{ criterionId: id('1.1'), points: 5 }]);
    expect(code(appraisal)).toBe('CONFLICT'); // still a draft
    expect(await snapshot()).toEqual(before);
  });

  it('a closed year refuses every change', async () => {
    const closed = await insertYear(system.scoringDb, {
      provinceUnitId: units.P.id,
      year: 2023,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.FINALIZED,
    });
    const group = await insertGroup(system.scoringDb, closed.id, {
      code: 'DEPARTMENTS',
      name: 'Khối sở',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    const closedNodes = await insertCriteria(system.scoringDb, closed.id, group.id, TEST_CRITERIA);
    await insertRoster(system.scoringDb, closed.id, group, { id: units.P.id, name: 'UBND tỉnh' }, [rosterUnit(units.STP)]);
    await createSheetsForYear(system.scoringDb, closed.id);
    const s = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: closed.id });
    const res = await system.gql(
      'mutation($s: ID!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $s, version: 1, entries: $e) { id } }',
      { s: s.id, e: [{ criterionId: closedNodes.get('1.1')!.id, declaredValue: '1' }] },
      { token: tokens.officerSTP },
    );
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0].message).toMatch(/đã chốt kết quả/);
    expect(await system.scoringDb.getRepository(ScoreEntryEntity).countBy({ sheetId: s.id })).toBe(0);
  });

  it('scope matrix: a district acts only on its communes, a unit reads only its own unpublished sheet', async () => {
    const read = async (who: string, unit: string) =>
      code(await gql(tokens[who], 'query($id: ID!) { scoreSheet(id: $id) { id } }', { id: sheetOf[unit] }));
    const matrix: [string, string, string | null][] = [
      ['chairH1', 'C1a', null],
      ['appraiserH1', 'C1b', null],
      ['chairH1', 'C2a', 'FORBIDDEN'],
      ['appraiserH1', 'C2a', 'FORBIDDEN'],
      ['appraiserH1', 'STP', 'FORBIDDEN'],
      ['officerC1a', 'C1b', 'FORBIDDEN'],
      ['officerSYT', 'STP', 'FORBIDDEN'],
      ['officerSTP', 'STP', null],
      ['admin', 'C2a', null],
      ['viewerP', 'C1a', null],
    ];
    for (const [who, unit, expected] of matrix) expect(await read(who, unit), `${who} reads ${unit}`).toBe(expected);
    expect(code(await gql(undefined, 'query($id: ID!) { scoreSheet(id: $id) { id } }', { id: sheetOf.STP }))).toBe('UNAUTHENTICATED');

    // Writes: the other district's commune is refused before anything happens.
    await saveSelf('officerC2a', 'C2a', FULL(cid));
    expect(code(await submitAttested('officerC2a', 'C2a'))).toBeNull();
    expect(code(await simple('appraiserH1', 'startAppraisal', 'C2a'))).toBe('FORBIDDEN');
    expect(code(await simple('chairH1', 'approveScoreSheet', 'C2a'))).toBe('FORBIDDEN');
    expect(code(await saveSelf('officerC1a', 'C2a', FULL(cid)))).toBe('FORBIDDEN');

    // Lists are filtered the same way.
    const list = async (who: string) =>
      (
        await gql<{ scoreSheets: { totalCount: number; edges: { node: { unitName: string } }[] } }>(
          tokens[who],
          'query($y: ID!) { scoreSheets(yearId: $y) { totalCount edges { node { unitName } } } }',
          { y: year.id },
        )
      ).data!.scoreSheets.edges.map((e) => e.node.unitName);
    expect(await list('appraiserH1')).toEqual(['Xã Bình Dân', 'Xã Đài Xuyên']);
    expect(await list('officerSYT')).toEqual(['Sở Y tế']);
    expect(await list('admin')).toHaveLength(6);
  });

  it('workflow: transitions allowed and refused across role × scope × state × deadline', async () => {
    // C1a: draft → submitted → under appraisal → explanation → explained → appraised → returned → approved
    const steps: [string, () => Promise<GraphQLResponse<Record<string, Sheet>>>, string | null, RegExp?][] = [
      ['unit submits an incomplete sheet', () => simple('officerC1a', 'submitSelfAssessment', 'C1a'), 'BAD_USER_INPUT', /chưa tự chấm/],
      ['appraiser cannot fill the self-assessment', () => saveSelf('appraiserH1', 'C1a', FULL(cid)), 'FORBIDDEN', /vai trò/],
      ['unit saves', () => saveSelf('officerC1a', 'C1a', FULL(cid)), null],
      ['appraiser cannot start before submission', () => simple('appraiserH1', 'startAppraisal', 'C1a'), 'CONFLICT'],
      ['an officer alone may not submit', () => simple('officerC1a', 'submitSelfAssessment', 'C1a'), 'FORBIDDEN', /người đứng đầu/],
      ['the head attests', () => attest('C1a'), null],
      ['unit submits', () => simple('officerC1a', 'submitSelfAssessment', 'C1a'), null],
      ['locked after submission', () => saveSelf('officerC1a', 'C1a', FULL(cid)), 'CONFLICT', /đã khóa/],
      ['unit withdraws', () => simple('officerC1a', 'withdrawSubmission', 'C1a'), null],
      ['the withdrawal voided the attestation', () => simple('officerC1a', 'submitSelfAssessment', 'C1a'), 'FORBIDDEN', /xác nhận lại/],
      ['unit submits again once the head attests', () => submitAttested('officerC1a', 'C1a'), null],
      ['province appraiser is not the assessor of a commune', () => simple('appraiserP', 'startAppraisal', 'C1a'), 'FORBIDDEN'],
      ['district appraiser starts', () => simple('appraiserH1', 'startAppraisal', 'C1a'), null],
      ['no withdraw once appraisal started', () => simple('officerC1a', 'withdrawSubmission', 'C1a'), 'CONFLICT', /bắt đầu thẩm định/],
      ['chair cannot approve before appraisal is complete', () => simple('chairH1', 'approveScoreSheet', 'C1a'), 'CONFLICT'],
      ['round 2 needs an explanation round', () => saveAppraisal('appraiserH1', 'C1a', 2, [{ criterionId: cid('1.1') }]), 'BAD_USER_INPUT'],
      [
        'appraiser requests an explanation',
        () =>
          act(
            'appraiserH1',
            'requestExplanation(sheetId: $sheetId, version: $version, items: $items)',
            'C1a',
            '$items: [ExplanationRequestInput!]!',
            { items: [{ criterionId: cid('2.2'), note: 'Bổ sung số liệu hồ sơ' }] },
          ),
        null,
      ],
      [
        'unit explains',
        () =>
          act(
            'officerC1a',
            'saveExplanation(sheetId: $sheetId, version: $version, items: $items)',
            'C1a',
            '$items: [ExplanationEntryInput!]!',
            {
              items: [
                {
                  criterionId: cid('2.2'),
                  explanation: 'Đã bổ sung',
                  evidence: [{ documentNumber: '45/BC-UBND', documentDate: '2025-01-10', issuer: 'UBND xã' }],
                },
              ],
            },
          ),
        null,
      ],
      [
        'unit cannot explain an unquestioned leaf',
        () =>
          act(
            'officerC1a',
            'saveExplanation(sheetId: $sheetId, version: $version, items: $items)',
            'C1a',
            '$items: [ExplanationEntryInput!]!',
            { items: [{ criterionId: cid('1.1'), explanation: 'x' }] },
          ),
        'BAD_USER_INPUT',
      ],
      [
        'closing the explanation needs its deadline passed',
        () => simple('appraiserH1', 'closeExplanation', 'C1a'),
        'FORBIDDEN',
        /Chưa hết hạn giải trình/,
      ],
      ['the explanation needs the head too', () => simple('officerC1a', 'submitExplanation', 'C1a'), 'FORBIDDEN', /gửi giải trình/],
      ['the head attests the explanation', () => attest('C1a', 'EXPLANATION'), null],
      ['unit submits the explanation', () => simple('officerC1a', 'submitExplanation', 'C1a'), null],
      [
        'round 1 for all leaves',
        () =>
          saveAppraisal(
            'appraiserH1',
            'C1a',
            1,
            FULL(cid)
              .filter((e) => !e.notApplicable)
              .map((e) => ({ criterionId: e.criterionId })),
          ),
        null,
      ],
      [
        'round 2 after the explanation',
        () => saveAppraisal('appraiserH1', 'C1a', 2, [{ criterionId: cid('2.2'), points: 7.5, note: 'Giữ mức 50 %' }]),
        null,
      ],
      ['appraiser completes', () => simple('appraiserH1', 'completeAppraisal', 'C1a'), null],
      ['appraiser cannot approve', () => simple('appraiserH1', 'approveScoreSheet', 'C1a'), 'FORBIDDEN'],
      [
        'chair returns it',
        () => act('chairH1', 'returnToAppraisal(sheetId: $sheetId, version: $version, reason: "Xem lại 2.2")', 'C1a'),
        null,
      ],
      ['appraiser completes again', () => simple('appraiserH1', 'completeAppraisal', 'C1a'), null],
      ['viewer cannot approve', () => simple('viewerP', 'approveScoreSheet', 'C1a'), 'FORBIDDEN'],
      ['province chair is not the assessor chair of a commune', () => simple('chairP', 'approveScoreSheet', 'C1a'), 'FORBIDDEN'],
      ['district chair approves', () => simple('chairH1', 'approveScoreSheet', 'C1a'), null],
      [
        'admin reopen needs a reason',
        () => act('admin', 'reopenScoreSheet(sheetId: $sheetId, version: $version, target: APPRAISAL, reason: " ")', 'C1a'),
        'BAD_USER_INPUT',
      ],
    ];
    for (const [label, run, expected, message] of steps) {
      const res = await run();
      expect(code(res), `${label}: ${JSON.stringify(res.errors)}`).toBe(expected);
      if (message) expect(res.errors![0].message, label).toMatch(message);
    }
    const done = await sheet('officerC1a', 'C1a');
    expect(done.status).toBe('APPROVED');
    expect(done.availableActions).toEqual([]);
    expect(done.lockReason).toBeTruthy();
    const admin = await sheet('admin', 'C1a');
    expect(admin.availableActions).toEqual(['REOPEN_SELF_ASSESSMENT', 'REOPEN_APPRAISAL']);
  });

  it('deadlines: past the self-assessment deadline the unit is refused with the date', async () => {
    await system.scoringDb.getRepository(ScoreSheetEntity).update({ id: sheetOf.C1b }, {});
    const yearRepo = system.scoringDb.getRepository((await import('../assessment-year/assessment-year.entity')).AssessmentYearEntity);
    await yearRepo.update({ id: year.id }, { selfAssessmentDeadline: '2020-01-15' });
    try {
      const res = await saveSelf('officerC1a', 'C1a', FULL(cid));
      expect(code(res)).toBe('CONFLICT'); // C1a is approved: the state is checked before the deadline
      const own = await gql<{ scoreSheetFor: Sheet }>(
        tokens.officerSTP,
        `query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { ${SHEET_FIELDS} } }`,
        {
          y: year.id,
          u: units.SNV.id,
        },
      );
      expect(code(own)).toBe('FORBIDDEN');
      const late = await saveSelf('officerSNV', 'SNV', FULL(cid));
      expect(code(late)).toBe('FORBIDDEN');
      expect(late.errors![0].message).toBe('Đã quá hạn tự đánh giá (15/01/2020)');
      const snv = await sheet('officerSNV', 'SNV');
      expect(snv.lockReason).toBe('Đã quá hạn tự đánh giá (15/01/2020)');
      expect(snv.availableActions).toEqual([]);
    } finally {
      await yearRepo.update({ id: year.id }, { selfAssessmentDeadline: '2099-12-31' });
    }
    const open = await sheet('officerSNV', 'SNV');
    expect(open.lockReason).toBeNull();
    // Submitting waits for the head's attestation (issue 10); the head himself may submit.
    expect(open.availableActions).toEqual(['SAVE_SELF']);
    expect(open.actions.find((a) => a.action === 'SUBMIT')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/người đứng đầu/),
    });
    expect((await sheet('headSNV', 'SNV')).availableActions).toEqual(['SAVE_SELF', 'SUBMIT']);
  });

  it('ranks 1, 2, 2 with ties in Vietnamese order, exports XLSX, and keeps query counts flat', async () => {
    for (const [who, unit] of [
      ['officerSYT', 'SYT'],
      ['officerSNV', 'SNV'],
    ]) {
      expect((await saveSelf(who, unit, FULL())).errors).toBeUndefined();
      expect(code(await submitAttested(who, unit))).toBeNull();
      expect(code(await simple('appraiserP', 'startAppraisal', unit))).toBeNull();
      expect(
        code(
          await saveAppraisal(
            'appraiserP',
            unit,
            1,
            FULL()
              .filter((e) => !e.notApplicable)
              .map((e) => ({ criterionId: e.criterionId })),
          ),
        ),
      ).toBeNull();
      expect(code(await simple('appraiserP', 'completeAppraisal', unit))).toBeNull();
    }
    const groupId = (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf.STP })).groupId;
    const query = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { groupName areas { code } rows { rank position tied provisional unitName index
      classification { code label color } headRating { label } areas { code index } totals { selfTotal appraisedTotal gapPoints } } } }`;
    const res = await gql<{
      ranking: { rows: { rank: number; unitName: string; index: number; tied: boolean; classification: { label: string } }[] };
    }>(tokens.admin, query, { y: year.id, g: groupId });
    expect(res.errors).toBeUndefined();
    // Full marks on 60 of 90 (no survey): 66.67; STP 69.94 ranks first.
    expect(res.data!.ranking.rows.map((r) => [r.rank, r.unitName, r.index, r.tied])).toEqual([
      [1, 'Sở Tư pháp', 69.94, false],
      [2, 'Sở Nội vụ', 66.67, true],
      [2, 'Sở Y tế', 66.67, true],
    ]);
    expect(res.data!.ranking.rows[0].classification.label).toBe('Trung bình');

    // A unit sees only its own row before publication.
    const own = await gql<{ ranking: { rows: { unitName: string }[] } }>(tokens.officerSYT, query, { y: year.id, g: groupId });
    expect(own.data!.ranking.rows.map((r) => r.unitName)).toEqual(['Sở Y tế']);

    const file = await gql<{ exportRanking: { fileName: string; base64: string } }>(
      tokens.admin,
      'query($y: ID!, $g: ID!) { exportRanking(yearId: $y, groupId: $g) { fileName base64 } }',
      { y: year.id, g: groupId },
    );
    expect(file.data!.exportRanking.fileName).toBe('xep-hang-2024-khoi-so-ban-nganh.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data!.exportRanking.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(5).getCell(3).value).toBe('Sở Tư pháp');

    // Statements per request do not grow with rows.
    const communeGroup = (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf.C1a })).groupId;
    const rankingQuery = `query($y: ID!, $g: ID!, $a: ID) { ranking(yearId: $y, groupId: $g, assessorUnitId: $a) { rows { rank unitName
      classification { label } headRating { label } areas { index } totals { index } } } }`;
    const all = () => gql<{ ranking: { rows: unknown[] } }>(tokens.admin, rankingQuery, { y: year.id, g: communeGroup });
    const one = () => gql<{ ranking: { rows: unknown[] } }>(tokens.admin, rankingQuery, { y: year.id, g: communeGroup, a: units.H2.id });
    expect((await all()).data!.ranking.rows).toHaveLength(3);
    expect((await one()).data!.ranking.rows).toHaveLength(1);
    expect(await countQueries(all)).toBe(await countQueries(one));
    const page = (first: number) => () =>
      gql(
        tokens.admin,
        `query($y: ID!) { scoreSheets(yearId: $y, first: ${first}) { edges { node { unitName unitCode status overdue deadline availableActions lockReason totals { index } progress { filled } ruleReviewCount ruleReview { count } entries { code selfPoints selfEvidence { file { id } } } } } } }`,
        { y: year.id },
      );
    expect(await countQueries(page(1))).toBe(await countQueries(page(6)));
  });

  async function countQueries(run: () => Promise<unknown>): Promise<number> {
    const runner = system.scoringDb.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    // The gateway re-checks the caller's session once its short cache expires; a warm-up run refreshes it so the
    // counted run measures the request itself, not when the session cache happened to expire.
    await run();
    const original = proto.query;
    let count = 0;
    proto.query = function (this: unknown, ...args: unknown[]) {
      count += 1;
      return original.apply(this, args);
    };
    try {
      await run();
    } finally {
      proto.query = original;
    }
    return count;
  }

  it('appraiser assignments limit an appraiser to some units and some areas', async () => {
    const limited = await system.createUser({ username: 'appraiserH1b', unitId: units.H1.id, roles: [Role.APPRAISER] });
    const other = await system.createUser({ username: 'appraiserH1c', unitId: units.H1.id, roles: [Role.APPRAISER] });
    const officer = (await system.createUser({ username: 'officerC1b', unitId: units.C1b.id, roles: [Role.UNIT_OFFICER] })).token;
    const assignments = system.scoringDb.getRepository(AppraiserAssignmentEntity);
    await assignments.save([
      assignments.create({
        id: crypto.randomUUID(),
        yearId: year.id,
        userId: limited.user.id,
        assessorUnitId: units.H1.id,
        unitIds: [units.C1b.id],
        areaCodes: ['1'],
      }),
      assignments.create({
        id: crypto.randomUUID(),
        yearId: year.id,
        userId: other.user.id,
        assessorUnitId: units.H1.id,
        unitIds: [units.C1a.id],
        areaCodes: [],
      }),
    ]);
    tokens.appraiserH1b = limited.token;
    tokens.appraiserH1c = other.token;
    tokens.officerC1b = officer;
    expect((await saveSelf('officerC1b', 'C1b', FULL(cid))).errors).toBeUndefined();
    expect(code(await submitAttested('officerC1b', 'C1b'))).toBeNull();
    // Limited to C1a: no appraisal of C1b (but he may still read it: it is his assessor unit's).
    expect(code(await simple('appraiserH1c', 'startAppraisal', 'C1b'))).toBe('FORBIDDEN');
    expect(code(await simple('appraiserH1b', 'startAppraisal', 'C1b'))).toBeNull();
    const outside = await saveAppraisal('appraiserH1b', 'C1b', 1, [{ criterionId: cid('1.1') }, { criterionId: cid('2.1') }]);
    expect(code(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors![0].extensions!.criteria).toEqual(['2.1']);
    expect(outside.errors![0].message).toMatch(/lĩnh vực được phân công/);
    expect(
      (
        await saveAppraisal('appraiserH1b', 'C1b', 1, [
          { criterionId: cid('1.1') },
          { criterionId: cid('1.2'), points: 5, note: 'Báo cáo thiếu số liệu' },
        ])
      ).errors,
    ).toBeUndefined();
  });

  it('criteria: every node of the set with title, section, maximum and parent, batched for a page of sheets', async () => {
    type Node = {
      id: string;
      parentId: string | null;
      code: string;
      title: string;
      section: string;
      maxPoints: number;
      method: string | null;
    };
    const res = await gql<{ scoreSheet: { criteria: Node[] } }>(
      tokens.officerSTP,
      'query($id: ID!) { scoreSheet(id: $id) { criteria { id parentId code title section maxPoints method } } }',
      { id: sheetOf.STP },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.scoreSheet.criteria;
    expect(list.map((n) => n.code)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3',
      '3.1',
      'D',
      'D.1',
      'T',
      'T.1',
    ]);
    const byCode = new Map(list.map((n) => [n.code, n]));
    // Inner nodes outside the areas carry their own titles (not their codes).
    expect(byCode.get('T')).toMatchObject({ title: 'Điểm thưởng', section: 'BONUS', maxPoints: 2, parentId: null, method: null });
    expect(byCode.get('D')).toMatchObject({ title: 'Điểm trừ', section: 'PENALTY', maxPoints: 3, parentId: null });
    expect(byCode.get('D.1')).toMatchObject({ parentId: byCode.get('D')!.id, maxPoints: 3, method: 'MANUAL' });
    expect(byCode.get('3')).toMatchObject({ title: 'Điều tra xã hội học', section: 'SURVEY', maxPoints: 30 });
    expect(byCode.get('2.2')).toMatchObject({ parentId: id('2'), maxPoints: 15 });

    // One batched read per request, whatever the number of sheets.
    const page = (first: number) => () =>
      gql(tokens.admin, `query($y: ID!) { scoreSheets(yearId: $y, first: ${first}) { edges { node { criteria { code title } } } } }`, {
        y: year.id,
      });
    expect(await countQueries(page(1))).toBe(await countQueries(page(6)));
  });

  it('evidence files attached to a sheet are readable by whoever reads the sheet', async () => {
    const base = system.gatewayUrl.replace(/\/graphql$/, '');
    const pdf = Buffer.from('%PDF-1.4\nminh chung\n%%EOF');
    const upload = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.officerC2a}`, 'x-file-name': encodeURIComponent('Báo cáo.pdf') },
      body: pdf,
    });
    const file = (await upload.json()) as { id: string };
    // C2a is submitted: reopen to draft first (admin, with a reason), then attach.
    expect(
      code(
        await act(
          'admin',
          'reopenScoreSheet(sheetId: $sheetId, version: $version, target: SELF_ASSESSMENT, reason: "Bổ sung minh chứng")',
          'C2a',
        ),
      ),
    ).toBeNull();
    const saved = await saveSelf('officerC2a', 'C2a', [
      {
        criterionId: cid('1.1'),
        declaredValue: '1',
        evidence: [{ fileId: file.id, documentNumber: '12/KH-UBND', documentDate: '2024-02-01' }],
      },
    ]);
    expect(saved.errors).toBeUndefined();
    const get = (who: string) =>
      fetch(`${base}/files/${file.id}`, { headers: { authorization: `Bearer ${tokens[who]}` } }).then((r) => r.status);
    expect(await get('officerC2a')).toBe(200);
    expect(await get('admin')).toBe(200);
    expect(await get('appraiserH1')).toBe(403);
    expect(await get('officerC1a')).toBe(403);
    // Another unit cannot attach that file to its own sheet.
    const stolen = await saveSelf('officerSTP', 'SNV', [{ criterionId: id('1.1'), declaredValue: '1', evidence: [{ fileId: file.id }] }]);
    expect(code(stolen)).toBe('FORBIDDEN');
  });
});
