import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { EvidenceFileEntity } from './evidence-file.entity';
import { storedFiles } from './evidence-test-kit';

const MAX = 64 * 1024;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 7)]);

describe(`evidence upload and download through the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let base: string;
  let officer: string;
  let other: string;

  beforeAll(async () => {
    process.env.UPLOAD_MAX_BYTES = String(MAX);
    system = await startTestSystem();
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22' });
    const department = await insertUnit(system.orgDb, { name: 'Sở Tư pháp', kind: OrgUnitKind.DEPARTMENT, code: 'STP', parent: province });
    officer = (await system.createUser({ username: 'officer.stp', unitId: department.id, roles: [Role.UNIT_OFFICER] })).token;
    other = (await system.createUser({ username: 'officer.other', unitId: department.id, roles: [Role.UNIT_OFFICER] })).token;
  });
  afterAll(() => system?.stop());

  const upload = (body: Buffer | FormData, headers: Record<string, string> = {}, token: string | null = officer) =>
    fetch(`${base}/files`, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });

  it('stores a raw upload with its checksum and serves it back to the uploader', async () => {
    const res = await upload(PDF, { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('Quyết định 12.pdf') });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; fileName: string; size: number; sha256: string; contentType: string };
    expect(body).toMatchObject({ fileName: 'Quyết định 12.pdf', size: PDF.length, contentType: 'application/pdf' });
    expect(body.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const download = await fetch(`${base}/files/${body.id}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('Quyết định 12.pdf'));
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    // Unattached files are private to their uploader.
    expect((await fetch(`${base}/files/${body.id}`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(403);
    expect((await fetch(`${base}/files/${body.id}`)).status).toBe(401);
  });

  it('accepts multipart/form-data with a Vietnamese file name', async () => {
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'Ảnh chụp hồ sơ.png');
    const res = await upload(form);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ fileName: 'Ảnh chụp hồ sơ.png', size: PNG.length, contentType: 'image/png' });
  });

  it('refuses an upload without identity (401), through the gateway and directly', async () => {
    const res = await upload(PDF, { 'x-file-name': 'a.pdf' }, null);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const direct = await fetch(system.scoringUrl.replace(/\/graphql$/, '/files'), { method: 'POST', body: PDF });
    expect(direct.status).toBe(401);
  });

  it('refuses files over the size limit with 413 and a Vietnamese message, keeping nothing', async () => {
    const rowsBefore = await system.scoringDb.getRepository(EvidenceFileEntity).count();
    const filesBefore = storedFiles(system.config.uploadDir).length;
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX, 0x41)]);
    const raw = await upload(big, { 'x-file-name': 'lon.pdf' });
    expect(raw.status).toBe(413);
    const body = (await raw.json()) as { errors: { message: string; extensions: { reason: string } }[] };
    // The limit in the shared megabytes() wording: Vietnamese decimal comma, English point.
    expect(body.errors[0].message).toBe('Tệp quá lớn: dung lượng tối đa cho phép là 0,1 MB.');
    expect(body.errors[0].extensions.reason).toBe('FILE_TOO_LARGE');

    // Without a content length (chunked), the limit is enforced while streaming.
    const chunked = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'x-file-name': 'lon.pdf' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);

    const form = new FormData();
    form.append('file', new Blob([big]), 'lon.pdf');
    expect((await upload(form)).status).toBe(413);

    expect(await system.scoringDb.getRepository(EvidenceFileEntity).count()).toBe(rowsBefore);
    expect(storedFiles(system.config.uploadDir).length).toBe(filesBefore);

    const english = await upload(big, { 'x-file-name': 'lon.pdf', 'accept-language': 'en' });
    expect(((await english.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'The file is too large: at most 0.1 MB is allowed.',
    );
  });

  it('refuses types outside the allow-list and content that does not match its extension (415)', async () => {
    const exe = await upload(Buffer.from('MZ\x90\x00binary'), { 'x-file-name': 'virus.exe' });
    expect(exe.status).toBe(415);
    const fake = await upload(Buffer.from('MZ\x90\x00 not a pdf at all'), { 'x-file-name': 'bao-cao.pdf' });
    expect(fake.status).toBe(415);
    expect(((await fake.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/không đúng/);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('<html>')]), 'trang.html');
    expect((await upload(form)).status).toBe(415);
  });

  it('answers 404 for an unknown file', async () => {
    const res = await fetch(`${base}/files/00000000-0000-4000-8000-000000000000`, { headers: { authorization: `Bearer ${officer}` } });
    expect(res.status).toBe(404);
  });
});
