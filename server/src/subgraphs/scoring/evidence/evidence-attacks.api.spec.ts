/**
 * Adversarial audit of the evidence file routes (/files through the gateway's proxy): who reads
 * which file in which state, path tricks that must never reach anything but a file, hostile names
 * and contents, sizes, Range, and what an error says.
 */
import { request as httpRequest } from 'node:http';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { buildSecurityWorld, type SecurityWorld } from '../../../testing/security-fixture';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { UserEntity } from '../../org/user/user.entity';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { EvidenceFileEntity } from './evidence-file.entity';

const MAX = 64 * 1024;
const pdf = (size = 200) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size, 0x41), Buffer.from('\n%%EOF')]);
const SAVE_SELF = `mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) {
  saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id version } }`;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request whose path is sent byte for byte (fetch and URL would normalise dot segments and encodings). */
function raw(base: string, method: string, rawPath: string, headers: Record<string, string> = {}, body?: Buffer): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe(`evidence files under attack (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let base: string;
  let attachedId: string;
  let unattachedId: string;
  const tokens: Record<string, string> = {};
  let apiKey: string;

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const download = (id: string, headers: Record<string, string> = {}) => fetch(`${base}/files/${id}`, { headers });
  const upload = (token: string, body: Buffer, name: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/files`, { method: 'POST', headers: { ...bearer(token), 'x-file-name': encodeURIComponent(name), ...headers }, body });
  const codeOf = async (res: Response) => ((await res.json()) as { errors: { extensions: { code: string; reason?: string } }[] }).errors[0];
  const sheet = () => system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: world.sheetId });
  const setYear = (status: YearStatus) => system.scoringDb.getRepository(AssessmentYearEntity).update({ id: world.year.id }, { status });

  beforeAll(async () => {
    system = await startTestSystem({ config: { uploadMaxBytes: MAX, sessionCacheSeconds: 0 } });
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    world = await buildSecurityWorld(system);
    Object.assign(tokens, world.tokens);
    // A second department of the same province, with its own officer.
    const syt = await insertUnit(system.orgDb, {
      name: 'Sở Y tế',
      kind: OrgUnitKind.DEPARTMENT,
      code: 'SYT',
      subtype: 'sở',
      parent: world.province,
    });
    tokens.neighbour = (await system.createUser({ username: 'att.neighbour', unitId: syt.id, roles: [Role.UNIT_OFFICER] })).token;
    tokens.colleague = (
      await system.createUser({ username: 'att.colleague', unitId: world.department.id, roles: [Role.UNIT_OFFICER] })
    ).token;
    apiKey = (
      await system.gql<{ createApiClient: { key: string } }>(
        'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
        { n: 'Cổng thông tin' },
        { token: tokens.admin },
      )
    ).data!.createApiClient.key;

    const up = await upload(tokens.officer, pdf(), 'Kế hoạch CCHC.pdf');
    expect(up.status).toBe(201);
    attachedId = ((await up.json()) as { id: string }).id;
    const current = await sheet();
    const saved = await system.gql(
      SAVE_SELF,
      {
        s: world.sheetId,
        v: current.version,
        e: [{ criterionId: world.criteria.get('1.1')!.id, declaredValue: '1', evidence: [{ fileId: attachedId }] }],
      },
      { token: tokens.officer },
    );
    expect(saved.errors).toBeUndefined();
    const second = await upload(tokens.officer, pdf(), 'Nháp.pdf');
    unattachedId = ((await second.json()) as { id: string }).id;
  });
  afterAll(() => system?.stop());

  it('an attached file: the unit and its assessor side read it; another unit, another province, an app and nobody do not', async () => {
    expect((await system.scoringDb.getRepository(EvidenceFileEntity).findOneByOrFail({ id: attachedId })).sheetId).toBe(world.sheetId);
    for (const who of ['officer', 'colleague', 'admin', 'appraiser', 'viewer'])
      expect([who, (await download(attachedId, bearer(tokens[who]))).status]).toEqual([who, 200]);
    for (const who of ['neighbour', 'otherAdmin', 'otherViewer']) {
      const res = await download(attachedId, bearer(tokens[who]));
      expect([who, res.status]).toEqual([who, 403]);
      expect((await codeOf(res)).extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await download(attachedId);
    expect(anonymous.status).toBe(401);
    expect((await codeOf(anonymous)).extensions.code).toBe('UNAUTHENTICATED');
    for (const headers of [{ 'x-api-key': apiKey }, { authorization: `ApiKey ${apiKey}` }] as Record<string, string>[]) {
      const app = await download(attachedId, headers);
      expect(app.status).toBe(403);
      expect((await codeOf(app)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'APP_READ_ONLY' });
    }
    // Published: the figures become public, the documents stay inside the province.
    await setYear(YearStatus.PUBLISHED);
    try {
      expect((await download(attachedId, bearer(tokens.otherAdmin))).status).toBe(403);
      expect((await download(attachedId)).status).toBe(401);
      expect((await download(attachedId, { 'x-api-key': apiKey })).status).toBe(403);
      expect((await download(attachedId, bearer(tokens.officer))).status).toBe(200);
    } finally {
      await setYear(YearStatus.SELF_ASSESSMENT);
    }
  });

  it('an unattached file is its uploader’s only, not even the same unit’s colleague or the province’s', async () => {
    expect((await download(unattachedId, bearer(tokens.officer))).status).toBe(200);
    for (const who of ['colleague', 'admin', 'neighbour', 'otherAdmin'])
      expect([who, (await download(unattachedId, bearer(tokens[who]))).status]).toEqual([who, 403]);
  });

  it('a disabled user or one moved to another unit, with a token still unexpired, reads nothing', async () => {
    const moved = await system.createUser({ username: 'att.moved', unitId: world.department.id, roles: [Role.UNIT_OFFICER] });
    const disabled = await system.createUser({ username: 'att.disabled', unitId: world.department.id, roles: [Role.UNIT_OFFICER] });
    expect((await download(attachedId, bearer(moved.token))).status).toBe(200);
    expect((await download(attachedId, bearer(disabled.token))).status).toBe(200);
    await system.orgDb.getRepository(UserEntity).update({ id: disabled.user.id }, { active: false });
    await system.orgDb.getRepository(UserEntity).update({ id: moved.user.id }, { unitId: world.otherProvince.id, roles: [Role.VIEWER] });
    const refused = await download(attachedId, bearer(disabled.token));
    expect(refused.status).toBe(401);
    expect((await codeOf(refused)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await upload(disabled.token, pdf(), 'a.pdf')).status).toBe(401);
    const movedAnswer = await download(attachedId, bearer(moved.token));
    expect([401, 403]).toContain(movedAnswer.status);
    expect([401, 403]).toContain((await upload(moved.token, pdf(), 'a.pdf')).status);
  });

  it('path tricks never reach anything but one file: dot segments, encodings, backslashes, NUL, long paths', async () => {
    const auth = bearer(tokens.officer);
    const tricks = [
      '/files/../graphql',
      '/files/%2e%2e/graphql',
      '/files/%2E%2E%2Fgraphql',
      '/files/%252e%252e%252fgraphql',
      '/files/..%5cgraphql',
      '/files/..\\graphql',
      `/files/${attachedId}/../${unattachedId}`,
      `/files/${attachedId}%00`,
      `/files/${attachedId}%00.html`,
      `/files/${attachedId}/`,
      `/files//${attachedId}`,
      `/files/./${attachedId}`,
      `/files/${attachedId.replace(/-/g, '%2d')}`,
      `/files/${attachedId.slice(0, 35)}%EF%BC%90`, // fullwidth digit zero
      `/files/${'a'.repeat(8000)}`,
      '/files/%',
      '/files/%zz',
    ];
    for (const trick of tricks) {
      const res = await raw(base, 'GET', trick, auth);
      expect([trick, res.status]).toEqual([trick, 404]);
      expect(res.body).not.toMatch(/%PDF|"data"|stack|\/tmp|par-uploads|node_modules/);
      expect(JSON.parse(res.body).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    // Uploading to anything but /files itself is refused before any byte is stored.
    const before = await system.scoringDb.getRepository(EvidenceFileEntity).count();
    for (const trick of ['/files/../graphql', '/files/%2e%2e/graphql', '/files/x', `/files/${attachedId}/x`]) {
      const res = await raw(base, 'POST', trick, { ...auth, 'x-file-name': 'a.pdf', 'content-type': 'application/pdf' }, pdf());
      expect([trick, res.status]).toEqual([trick, 404]);
    }
    // No other method on a file: it cannot be uploaded over, replaced or deleted through /files —
    // the route is there, the method is not: 405 with Allow, coded, in the caller's language, as
    // the gateway's other routes answer (unknown-paths.ts), before any identity or subgraph call.
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      // With its length declared: node:http sends a DELETE's body unframed (read as a next request).
      const body = pdf();
      const headers = { ...auth, 'content-type': 'application/pdf', 'content-length': String(body.length) };
      const res = await raw(base, method, `/files/${attachedId}`, headers, body);
      expect([method, res.status, res.headers.allow]).toEqual([method, 405, 'GET, HEAD']);
      expect(JSON.parse(res.body).errors[0]).toMatchObject({
        message: `Địa chỉ /files/${attachedId} chỉ nhận yêu cầu GET hoặc HEAD, không nhận ${method}.`,
        extensions: { code: 'METHOD_NOT_ALLOWED', allow: ['GET', 'HEAD'] },
      });
    }
    // /files itself takes uploads only; HEAD answers the same headers without a body, anonymous too.
    for (const [method, target] of [
      ['GET', '/files'],
      ['GET', '/files/'],
      ['GET', '/files?name=../../graphql'],
      ['DELETE', '/files'],
    ] as const) {
      const res = await raw(base, method, target);
      expect([target, method, res.status, res.headers.allow]).toEqual([target, method, 405, 'POST']);
      expect(JSON.parse(res.body).errors[0].extensions).toEqual({ code: 'METHOD_NOT_ALLOWED', allow: ['POST'] });
    }
    const head = await raw(base, 'HEAD', '/files');
    expect([head.status, head.headers.allow, head.body]).toEqual([405, 'POST', '']);
    const english = await raw(base, 'PUT', `/files/${attachedId}`, { 'accept-language': 'en' });
    expect(JSON.parse(english.body).errors[0].message).toBe(`/files/${attachedId} takes GET or HEAD only, not PUT.`);
    expect(await system.scoringDb.getRepository(EvidenceFileEntity).count()).toBe(before);
    expect((await download(attachedId, auth)).status).toBe(200);
  });

  it('hostile names: path parts dropped, NUL and bidi refused, active types refused, long names kept valid in the header', async () => {
    const stored = async (name: string) => {
      const res = await upload(tokens.officer, pdf(), name);
      expect([name, res.status]).toEqual([name, 201]);
      return (await res.json()) as { id: string; fileName: string };
    };
    expect((await stored('../../etc/passwd.pdf')).fileName).toBe('passwd.pdf');
    expect((await stored('..\\..\\windows\\win.pdf')).fileName).toBe('win.pdf');
    // NFD (macOS) arrives NFC.
    expect((await stored('Quye\u0302\u0301t đi\u0323nh.pdf')).fileName).toBe('Quyết định.pdf');
    for (const name of ['a.pdf\u0000.html', 'hoso\u202Efdp.exe', 'a\r\nSet-Cookie: x=1.pdf']) {
      const res = await upload(tokens.officer, pdf(), name);
      expect([JSON.stringify(name), res.status]).toEqual([JSON.stringify(name), 400]);
      const error = await codeOf(res);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSAFE_CHARACTER' });
    }
    for (const [name, body] of [
      ['anh.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
      ['trang.html', Buffer.from('<script>alert(1)</script>')],
      ['trang.htm', Buffer.from('<script>alert(1)</script>')],
      ['gia.pdf', Buffer.from('<html><script>alert(1)</script></html>')],
      ['gia.png', Buffer.from('<svg onload=alert(1)>xxxxxxxx')],
      ['noext', pdf()],
      ['dot.pdf.', pdf()],
    ] as const) {
      const res = await upload(tokens.officer, body, name);
      expect([name, res.status]).toEqual([name, 415]);
      expect((await codeOf(res)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FILE_TYPE' });
    }
    // Text that looks like HTML is served as a plain-text attachment that no browser sniffs.
    const html = await upload(tokens.officer, Buffer.from('<html><script>alert(document.cookie)</script></html>'), 'ghi chu.txt');
    expect(html.status).toBe(201);
    const served = await download(((await html.json()) as { id: string }).id, bearer(tokens.officer));
    expect(served.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
    // A very long name is cut to 200 characters keeping its extension, and never splits a character
    // so that the download header can still be written (an astral character at the cut).
    for (const name of [`${'ả'.repeat(600)}.pdf`, `${'😀'.repeat(150)}.pdf`, `x${'😀'.repeat(150)}y.pdf`]) {
      const file = await stored(name);
      expect(file.fileName.endsWith('.pdf')).toBe(true);
      expect(file.fileName.length).toBeLessThanOrEqual(200);
      expect(() => encodeURIComponent(file.fileName)).not.toThrow(); // no half surrogate pair
      const res = await download(file.id, bearer(tokens.officer));
      expect([name.slice(0, 3), res.status]).toEqual([name.slice(0, 3), 200]);
      expect(decodeURIComponent(res.headers.get('content-disposition')!.split("''")[1])).toBe(file.fileName);
    }
  });

  it('sizes: declared too large, chunked past the limit and empty are refused with their status, nothing kept', async () => {
    const files = () => system.scoringDb.getRepository(EvidenceFileEntity).count();
    const before = await files();
    const declared = await upload(tokens.officer, pdf(MAX + 10), 'lon.pdf');
    expect(declared.status).toBe(413);
    expect((await codeOf(declared)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    // No content-length: the limit is enforced while streaming.
    const chunks = [pdf(10), Buffer.alloc(MAX, 0x42)];
    const streamed = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { ...bearer(tokens.officer), 'x-file-name': 'lon.pdf' },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const empty = await upload(tokens.officer, Buffer.alloc(0), 'rong.txt');
    expect(empty.status).toBe(400);
    expect((await codeOf(empty)).extensions.code).toBe('BAD_USER_INPUT');
    expect(await files()).toBe(before);
  });

  it('Range is ignored (the whole file, 200) and HEAD sends no body', async () => {
    const ranged = await download(attachedId, { ...bearer(tokens.officer), range: 'bytes=0-3' });
    expect(ranged.status).toBe(200);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(pdf())).toBe(true);
    const multi = await download(attachedId, { ...bearer(tokens.officer), range: 'bytes=0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1' });
    expect(multi.status).toBe(200);
    const head = await raw(base, 'HEAD', `/files/${attachedId}`, bearer(tokens.officer));
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('a file whose bytes are gone is 404 in Vietnamese, with no path or stack', async () => {
    const res = await upload(tokens.officer, pdf(), 'mat.pdf');
    const { id } = (await res.json()) as { id: string };
    rmSync(path.join(system.config.uploadDir, id.slice(0, 2), id.slice(2, 4), id));
    const gone = await raw(base, 'GET', `/files/${id}`, bearer(tokens.officer));
    expect(gone.status).toBe(404);
    expect(gone.body).not.toMatch(/stack|par-uploads|\/tmp|ENOENT/);
    expect(JSON.parse(gone.body).errors[0]).toMatchObject({ message: 'Không tìm thấy tệp minh chứng.', extensions: { code: 'NOT_FOUND' } });
  });

  it('a locked sheet takes no new evidence: the file stays unattached and the sheet unchanged', async () => {
    const res = await upload(tokens.officer, pdf(), 'Bo sung.pdf');
    const { id } = (await res.json()) as { id: string };
    await system.scoringDb.getRepository(ScoreSheetEntity).update({ id: world.sheetId }, { status: 'SUBMITTED' });
    try {
      const current = await sheet();
      const saved = await system.gql(
        SAVE_SELF,
        {
          s: world.sheetId,
          v: current.version,
          e: [{ criterionId: world.criteria.get('1.1')!.id, declaredValue: '1', evidence: [{ fileId: id }] }],
        },
        { token: tokens.officer },
      );
      expect(saved.errors?.[0]?.extensions?.code).toMatch(/CONFLICT|FORBIDDEN/);
      expect(saved.errors?.[0]?.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect((await system.scoringDb.getRepository(EvidenceFileEntity).findOneByOrFail({ id })).sheetId).toBeNull();
      expect((await sheet()).version).toBe(current.version);
    } finally {
      await system.scoringDb.getRepository(ScoreSheetEntity).update({ id: world.sheetId }, { status: 'DRAFT' });
    }
  });
});
