/**
 * Every workbook import a province administrator can send (criteria set, national indices,
 * survey results) refuses a decompression bomb and a sheet of too many rows with a coded
 * Vietnamese answer, before exceljs expands it: one province's upload must not stall or exhaust
 * the process that serves every province.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { hugeCellSheet, rezipWithSheet, tallSheet } from '../../../testing/xlsx-bomb';
import { GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { insertGroup, insertYear } from '../score-sheet/year-setup-test-kit';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { NationalIndexEntity } from './national-index.entity';

const MB = 1024 * 1024;
const CRITERIA = `mutation($y: ID!, $g: ID!, $b: String!) { importCriteriaSet(yearId: $y, groupId: $g, base64: $b) { locked } }`;
const INDICES = `mutation($p: ID!, $b: String!) { importNationalIndices(provinceId: $p, base64: $b) { created } }`;

describe(`workbook imports refuse bombs before expanding them (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let token: string;
  let provinceId: string;
  let yearId: string;
  let groupId: string;
  let small: Buffer;

  beforeAll(async () => {
    system = await startTestSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    provinceId = province.id;
    const year = await insertYear(system.scoringDb, {
      provinceUnitId: province.id,
      year: 2026,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PLANNING,
    });
    yearId = year.id;
    groupId = (
      await insertGroup(system.scoringDb, year.id, {
        code: 'DEPARTMENTS',
        name: 'Khối sở',
        rule: AssessorRule.PROVINCE,
        kinds: [OrgUnitKind.DEPARTMENT],
      })
    ).id;
    token = (await system.createUser({ username: 'bomb.admin', unitId: province.id, roles: [Role.PROVINCE_ADMIN] })).token;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Bo chi so').addRow(['Mã', 'Nội dung', 'Điểm tối đa']);
    small = Buffer.from(await workbook.xlsx.writeBuffer());
  });
  afterAll(() => system?.stop());

  const send = (kind: 'criteria' | 'indices', file: Buffer) =>
    kind === 'criteria'
      ? system.gql(CRITERIA, { y: yearId, g: groupId, b: file.toString('base64') }, { token })
      : system.gql(INDICES, { p: provinceId, b: file.toString('base64') }, { token });
  const refusal = (res: GraphQLResponse) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.reason];

  it('a 100 MB cell in a small zip: FILE_TOO_LARGE in Vietnamese, quickly, nothing written', async () => {
    const bomb = rezipWithSheet(small, hugeCellSheet(100 * MB));
    expect(bomb.length).toBeLessThan(MB);
    for (const kind of ['criteria', 'indices'] as const) {
      const started = process.cpuUsage();
      const res = await send(kind, bomb);
      const used = process.cpuUsage(started);
      expect([kind, ...refusal(res)]).toEqual([kind, 'BAD_USER_INPUT', 'FILE_TOO_LARGE']);
      expect(res.errors?.[0]?.message).toMatch(/^Tệp Excel sau khi giải nén quá lớn/);
      expect(JSON.stringify(res).length).toBeLessThan(5000);
      // Inflating up to the 32 MB bound, not parsing 100 MB of XML (which took seconds).
      expect(used.user + used.system).toBeLessThan(5_000_000);
    }
    expect(await system.scoringDb.getRepository(CriteriaNodeEntity).countBy({ groupId })).toBe(0);
    expect(await system.scoringDb.getRepository(NationalIndexEntity).count()).toBe(0);
  });

  it('a sheet of 60,000 rows: TOO_MANY_ROWS before a row is built', async () => {
    const tall = rezipWithSheet(small, tallSheet(60_000));
    for (const kind of ['criteria', 'indices'] as const) {
      const res = await send(kind, tall);
      expect([kind, ...refusal(res)]).toEqual([kind, 'BAD_USER_INPUT', 'TOO_MANY_ROWS']);
      expect(res.errors?.[0]?.message).toMatch(/tính cả các trang tính khác/);
    }
  });

  it('a broken zip is still the usual “not a valid workbook”', async () => {
    const broken = small.subarray(0, small.length - 40);
    expect((await send('criteria', broken)).errors?.[0]?.message).toBe('Tệp không phải là tệp Excel (.xlsx) hợp lệ.');
    expect(refusal(await send('indices', broken))).toEqual(['BAD_USER_INPUT', 'FILE_UNREADABLE']);
  });
});
