import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { EvidenceFileEntity } from './evidence-file.entity';
import { DiskFileStorage } from './file-storage';
import { startEvidenceSweep, sweepUnattachedFiles } from './upload-limits';

const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size, 0x41), Buffer.from('\n%%EOF')]);
const HOUR = 3600 * 1000;

/** Issue 7, item 7: any signed-in user, a viewer included, could upload unlimited files; unattached files stayed forever. */
describe(`upload roles, quotas and the sweep of unattached files (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let base: string;
  let sxdId: string;
  const tokens: Record<string, string> = {};
  const log = pino({ level: 'silent' });

  beforeAll(async () => {
    system = await startTestSystem({
      config: { uploadQuotaFilesPerUnitYear: 3, uploadQuotaBytesPerUnitYear: 6000, evidenceSweepIntervalMs: 0 },
    });
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const stp = await insertUnit(system.orgDb, {
      name: 'Sở Tư pháp',
      kind: OrgUnitKind.DEPARTMENT,
      code: 'STP',
      subtype: 'sở',
      parent: province,
    });
    const syt = await insertUnit(system.orgDb, {
      name: 'Sở Y tế',
      kind: OrgUnitKind.DEPARTMENT,
      code: 'SYT',
      subtype: 'sở',
      parent: province,
    });
    const sxd = await insertUnit(system.orgDb, {
      name: 'Sở Xây dựng',
      kind: OrgUnitKind.DEPARTMENT,
      code: 'SXD',
      subtype: 'sở',
      parent: province,
    });
    sxdId = sxd.id;
    for (const [name, unitId, roles] of [
      ['officer', stp.id, [Role.UNIT_OFFICER]],
      ['head', stp.id, [Role.UNIT_HEAD]],
      ['viewer', province.id, [Role.VIEWER]],
      ['admin', province.id, [Role.PROVINCE_ADMIN]],
      ['appraiser', province.id, [Role.APPRAISER]],
      ['otherOfficer', syt.id, [Role.UNIT_OFFICER]],
      ['parallelOfficer', sxd.id, [Role.UNIT_OFFICER]],
    ] as const)
      tokens[name] = (await system.createUser({ username: `u.${name.toLowerCase()}`, unitId, roles: [...roles] })).token;
  });
  afterAll(() => system?.stop());

  const upload = (token: string, body: Buffer, name = 'Quyết định.pdf') =>
    fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent(name) },
      body,
    });
  const files = () => system.scoringDb.getRepository(EvidenceFileEntity);
  const errorOf = async (res: Response) =>
    ((await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0];

  it('a viewer, an administrator or an appraiser cannot upload (403, coded); the unit officer and head can', async () => {
    const before = await files().count();
    for (const who of ['viewer', 'admin', 'appraiser']) {
      const res = await upload(tokens[who], pdf(100));
      expect(res.status).toBe(403);
      const error = await errorOf(res);
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UPLOAD_ROLE' });
      expect(error.message).toMatch(/^Chỉ cán bộ hoặc lãnh đạo của đơn vị được đánh giá/);
    }
    expect(await files().count()).toBe(before);
    expect((await upload(tokens.head, pdf(100))).status).toBe(201);
  });

  it('the unit’s yearly quota (files and bytes) refuses the upload past it, in Vietnamese; other units are not affected', async () => {
    // The head's file above already counts for the unit: two more fit the 3-file quota.
    expect((await upload(tokens.officer, pdf(100))).status).toBe(201);
    expect((await upload(tokens.officer, pdf(100))).status).toBe(201);
    const before = await files().count();
    const refused = await upload(tokens.officer, pdf(100));
    expect(refused.status).toBe(403);
    const error = await errorOf(refused);
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UPLOAD_QUOTA_EXCEEDED', quotaFiles: 3, usedFiles: 3 });
    expect(error.message).toMatch(/đạt hạn mức 3 tệp/);
    expect(await files().count()).toBe(before);
    // Bytes: another unit's 5,000-byte file fits, the next 2,000 bytes do not.
    expect((await upload(tokens.otherOfficer, pdf(5000))).status).toBe(201);
    const tooBig = await errorOf(await upload(tokens.otherOfficer, pdf(2000)));
    expect(tooBig.extensions).toMatchObject({ reason: 'UPLOAD_QUOTA_EXCEEDED', quotaBytes: 6000 });
    // 5,000 of 6,000 bytes, rounded up to a tenth of a MB (megabytes()): never "0 MB".
    expect(tooBig.message).toMatch(/^Đơn vị đã dùng 0,1 MB trong hạn mức 0,1 MB tệp minh chứng của năm \d{4};/);
  });

  it('parallel uploads cannot pass the quota together', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => upload(tokens.parallelOfficer, pdf(100))));
    expect(answers.filter((r) => r.status === 201).length).toBeLessThanOrEqual(3);
    expect(answers.every((r) => r.status === 201 || r.status === 403)).toBe(true);
    expect(await files().countBy({ uploaderUnitId: sxdId })).toBe(answers.filter((r) => r.status === 201).length);
  });

  it('files never attached are removed a day after upload (row and bytes); attached and recent ones stay', async () => {
    const storage = new DiskFileStorage(system.config.uploadDir);
    const ids: string[] = [];
    // Stored directly: the units above have used their small test quotas.
    for (let i = 0; i < 3; i++) {
      const id = crypto.randomUUID();
      await storage.put(id, Readable.from([pdf(10)]), { maxBytes: 1000 });
      await files().insert({
        id,
        fileName: `f${i}.pdf`,
        contentType: 'application/pdf',
        size: 25,
        sha256: '0'.repeat(64),
        uploadedBy: 'u',
        uploaderUnitId: 'x',
        sheetId: null,
      });
      ids.push(id);
    }
    const [stale, recent, attached] = ids;
    const now = Date.now();
    await files().update({ id: stale }, { createdAt: new Date(now - 25 * HOUR) });
    await files().update({ id: recent }, { createdAt: new Date(now - 1 * HOUR) });
    await files().update({ id: attached }, { createdAt: new Date(now - 25 * HOUR), sheetId: crypto.randomUUID() });

    expect(await sweepUnattachedFiles({ db: system.scoringDb, storage, log }, new Date(now))).toBeGreaterThanOrEqual(1);
    expect(await files().existsBy({ id: stale })).toBe(false);
    expect(await storage.get(stale)).toBeNull();
    expect(await files().existsBy({ id: recent })).toBe(true);
    expect(await files().existsBy({ id: attached })).toBe(true);
    expect(await storage.get(attached)).not.toBeNull();

    // The periodic sweep, with a clock two days ahead, removes the recent one too.
    const stop = startEvidenceSweep({ db: system.scoringDb, storage, log }, 20, () => new Date(now + 48 * HOUR));
    try {
      for (let i = 0; i < 100 && (await files().existsBy({ id: recent })); i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      stop();
    }
    expect(await files().existsBy({ id: recent })).toBe(false);
    expect(await files().existsBy({ id: attached })).toBe(true);
  });
});
