import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientEntity } from '../../subgraphs/org/api-client/api-client.entity';
import { UserEntity } from '../../subgraphs/org/user/user.entity';
import { AuditEventEntity } from '../../subgraphs/scoring/audit/audit-event.entity';
import { EvidenceFileEntity } from '../../subgraphs/scoring/evidence/evidence-file.entity';
import { ScoreEntryEntity } from '../../subgraphs/scoring/score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../../subgraphs/scoring/score-sheet/score-sheet.entity';
import { buildSecurityWorld, type SecurityWorld } from '../../testing/security-fixture';
import { TEST_DB_KIND } from '../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../testing/test-system';
import { MAX_EVIDENCE_ITEMS, MAX_NOTE } from './input-guard';

const SAVE =
  'mutation($id: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $id, version: $v, entries: $e) { version } }';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x41), Buffer.from('\n%%EOF')]);

/** Issue 7, item 10: size limits on texts and lists, NFC, refused invisible characters; nothing written when refused. */
describe(`input limits and text safety (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;

  beforeAll(async () => {
    system = await startTestSystem();
    world = await buildSecurityWorld(system);
  });
  afterAll(() => system?.stop());

  const snapshot = async () => ({
    sheet: await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: world.sheetId }),
    entries: await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: world.sheetId }),
    audit: await system.scoringDb.getRepository(AuditEventEntity).count(),
  });
  const save = (entry: Record<string, unknown>) =>
    system.gql(
      SAVE,
      { id: world.sheetId, v: 1, e: [{ criterionId: world.criteria.get('1.1')!.id, ...entry }] },
      { token: world.tokens.officer },
    );

  it('a note over the limit (and one over 64 KB) is BAD_USER_INPUT in Vietnamese, nothing written', async () => {
    const before = await snapshot();
    for (const length of [MAX_NOTE + 1, 70_000]) {
      const answer = await save({ declaredValue: '1', note: 'ả'.repeat(length) });
      expect(answer.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_LONG',
        maxLength: MAX_NOTE,
        argument: 'entries[0].note',
      });
      expect(answer.errors?.[0].message).toMatch(/^Ghi chú quá dài: .* tối đa 4\.000 ký tự/);
    }
    expect(await snapshot()).toEqual(before);
    // At the limit it is stored whole, on MySQL too (TEXT holds 4,000 three-byte characters).
    const ok = await save({ declaredValue: '1', note: 'ả'.repeat(MAX_NOTE) });
    expect(ok.errors).toBeUndefined();
    const entry = await system.scoringDb
      .getRepository(ScoreEntryEntity)
      .findOneByOrFail({ sheetId: world.sheetId, criterionId: world.criteria.get('1.1')!.id });
    expect(entry.selfNote).toHaveLength(MAX_NOTE);
  });

  it(`an evidence list over ${MAX_EVIDENCE_ITEMS} items or an evidence title over 300 characters is refused, nothing written`, async () => {
    const { sheet } = await snapshot();
    const before = await snapshot();
    const items = Array.from({ length: MAX_EVIDENCE_ITEMS + 1 }, (_, i) => ({ documentNumber: `${i}/QĐ-UBND`, title: 'Quyết định' }));
    const tooMany = await system.gql(
      SAVE,
      { id: world.sheetId, v: sheet.version, e: [{ criterionId: world.criteria.get('1.1')!.id, evidence: items }] },
      { token: world.tokens.officer },
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ITEMS',
      maxItems: MAX_EVIDENCE_ITEMS,
    });
    expect(tooMany.errors?.[0].message).toBe(`Danh sách minh chứng có 21 mục, tối đa 20 mục.`);
    const longTitle = await system.gql(
      SAVE,
      { id: world.sheetId, v: sheet.version, e: [{ criterionId: world.criteria.get('1.1')!.id, evidence: [{ title: 'x'.repeat(301) }] }] },
      { token: world.tokens.officer },
    );
    expect(longTitle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'entries[0].evidence[0].title' });
    expect(await snapshot()).toEqual(before);
  });

  it('NUL, bidi and zero-width characters in names are refused with a code; nothing created', async () => {
    const create = (fullName: string, username: string) =>
      system.gql(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { username, fullName, unitId: world.province.id, roles: ['VIEWER'], password: 'mat-khau-du-dai' } },
        { token: world.tokens.admin },
      );
    for (const [i, name] of [
      'Nguyễn\u200bVăn An',
      'Nguyễn Văn\u0000An',
      'Trần \u202eAn',
      'Lê\u2066An\u2069',
      '\ufeffPhạm An',
      'Hồ\nAn',
    ].entries()) {
      const answer = await create(name, `nguoi.${i}`);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toMatch(/^Họ và tên (chứa ký tự điều khiển hoặc ký tự ẩn|phải nằm trên một dòng)/);
    }
    expect(await system.orgDb.getRepository(UserEntity).count({ where: { username: 'nguoi.0' } })).toBe(0);
  });

  it('names are stored in NFC whatever the keyboard sent', async () => {
    const decomposed = 'Cổng thông tin điện tử tỉnh'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const answer = await system.gql<{ createApiClient: { client: { id: string } } }>(
      'mutation($n: String!) { createApiClient(input: { name: $n }) { client { id } } }',
      { n: decomposed },
      { token: world.tokens.admin },
    );
    expect(answer.errors).toBeUndefined();
    const row = await system.orgDb.getRepository(ApiClientEntity).findOneByOrFail({ id: answer.data!.createApiClient.client.id });
    expect(row.name).toBe('Cổng thông tin điện tử tỉnh'.normalize('NFC'));
  });

  it('a file name with a bidi override or a zero-width character is refused (400, coded), nothing stored', async () => {
    const base = system.gatewayUrl.replace(/\/graphql$/, '');
    const files = system.scoringDb.getRepository(EvidenceFileEntity);
    const before = await files.count();
    for (const name of ['hoso\u202efdp.exe', 'Quyết\u200bđịnh.pdf', 'a\u0001.pdf']) {
      const res = await fetch(`${base}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${world.tokens.officer}`, 'x-file-name': encodeURIComponent(name) },
        body: PDF,
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(/^Tên tệp chứa ký tự điều khiển hoặc ký tự ẩn/);
    }
    expect(await files.count()).toBe(before);
    const nfd = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.tokens.officer}`, 'x-file-name': encodeURIComponent('Quyết định.pdf'.normalize('NFD')) },
      body: PDF,
    });
    expect(((await nfd.json()) as { fileName: string }).fileName).toBe('Quyết định.pdf'.normalize('NFC'));
  });
});
