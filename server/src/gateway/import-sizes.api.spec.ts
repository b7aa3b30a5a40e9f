import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_ENVELOPE_BYTES, MAX_IMPORT_FILE_BYTES, MAX_REQUEST_BYTES } from '../domain/scoring/import-limits';
import { AssessmentYearEntity, YearStatus } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { expectCodedJson, rawRequest } from '../testing/raw-http';
import { buildSecurityWorld, type SecurityWorld } from '../testing/security-fixture';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { PERSISTED_DOCUMENTS_FILE } from './trusted-documents';

/** The imports that carry a file, as the admin calls them; `$b` is the file's base64. */
const IMPORTS = {
  surveyPreview: 'query($y: ID!, $b: String!) { surveyImportPreview(yearId: $y, base64: $b, format: CSV) { canApply } }',
  surveyImport: 'mutation($y: ID!, $b: String!) { importSurveyResults(yearId: $y, base64: $b, format: XLSX) { changed } }',
  criteriaImport: 'mutation($y: ID!, $g: ID!, $b: String!) { importCriteriaSet(yearId: $y, groupId: $g, base64: $b) { __typename } }',
  nationalImport: 'mutation($p: ID!, $b: String!) { importNationalIndices(provinceId: $p, base64: $b) { created } }',
} as const;

const FIELD = {
  surveyPreview: 'surveyImportPreview',
  surveyImport: 'importSurveyResults',
  criteriaImport: 'importCriteriaSet',
  nationalImport: 'importNationalIndices',
} as const;

/**
 * The limits a file meets on its way in, each on both sides: an import's file (1.4 MB, the same
 * for survey, criteria and national indices: MAX_IMPORT_FILE_BYTES) and the request around it
 * (2 MB of JSON at the gateway). The file limit is what fits in a request as base64, so the
 * import's own message is the one an official sees, and it states the real limit.
 */
describe(`import file limits meet the request limit (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let base: string;
  let groupId: string;

  const send = (kind: keyof typeof IMPORTS, bytes: number, headers: Record<string, string> = {}) => {
    const variables = { y: world.year.id, g: groupId, p: world.province.id, b: Buffer.alloc(bytes, 0x61).toString('base64') };
    const body = JSON.stringify({ query: IMPORTS[kind], variables });
    return rawRequest(base, 'POST', '/graphql', body, {
      'content-type': 'application/json',
      authorization: `Bearer ${world.tokens.admin}`,
      ...headers,
    });
  };

  beforeAll(async () => {
    system = await startTestSystem();
    world = await buildSecurityWorld(system);
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    groupId = world.criteria.values().next().value!.groupId;
  });
  afterAll(() => system?.stop());

  it('the largest file fits one request with the admin’s own import documents, with room to spare', () => {
    const manifest = JSON.parse(readFileSync(PERSISTED_DOCUMENTS_FILE, 'utf8')) as Record<string, string>;
    const documents = Object.values(manifest).filter((text) => /\$base64: String!/.test(text));
    expect(documents.length).toBeGreaterThanOrEqual(4);
    const largestFile = 'A'.repeat(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4);
    for (const query of documents) {
      const body = JSON.stringify({
        query,
        variables: { base64: largestFile, yearId: world.year.id, groupId, provinceId: world.province.id },
      });
      expect(Buffer.byteLength(body) + IMPORT_ENVELOPE_BYTES / 2).toBeLessThan(MAX_REQUEST_BYTES);
    }
  });

  it.each(['surveyPreview', 'surveyImport', 'nationalImport', 'criteriaImport'] as const)(
    '%s: a file of exactly 1.4 MB is read (whatever it holds); one byte more is FILE_TOO_LARGE stating the limit',
    async (kind) => {
      // The criteria set of an open year is locked: the import checks that before the file.
      if (kind === 'criteriaImport')
        await system.scoringDb.getRepository(AssessmentYearEntity).update(world.year.id, { status: YearStatus.PLANNING });
      try {
        const atLimit = await send(kind, MAX_IMPORT_FILE_BYTES);
        // It reached the import (an answer, or the import's own refusal of what the file holds), not a size check.
        expect(atLimit.status).toBe(200);
        expect(atLimit.json.errors?.[0]?.path?.[0] ?? Object.keys(atLimit.json.data ?? {})[0]).toBe(FIELD[kind]);
        expect(atLimit.json.errors?.[0]?.extensions?.reason ?? null).not.toBe('FILE_TOO_LARGE');

        const over = await send(kind, MAX_IMPORT_FILE_BYTES + 1);
        expect(over.status).toBe(200);
        expect(over.json.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'FILE_TOO_LARGE',
          maxBytes: MAX_IMPORT_FILE_BYTES,
          bytes: MAX_IMPORT_FILE_BYTES + 1,
        });
        expect(over.json.errors?.[0]?.message).toBe(
          'Tệp quá lớn (1,5 MB); tối đa 1,4 MB. Hãy xóa các trang tính, cột và định dạng không cần thiết rồi lưu lại.',
        );
      } finally {
        if (kind === 'criteriaImport')
          await system.scoringDb.getRepository(AssessmentYearEntity).update(world.year.id, { status: YearStatus.SELF_ASSESSMENT });
      }
    },
  );

  it('a request past 2 MB is PAYLOAD_TOO_LARGE (413) in JSON, in the caller’s language, with both limits', async () => {
    // 1.6 MB of file is 2.1 MB of base64: the request limit answers before any import runs.
    const over = await send('surveyPreview', 1.6 * 1024 * 1024);
    expectCodedJson(over, 413, 'PAYLOAD_TOO_LARGE');
    expect(over.json.errors?.[0]).toEqual({
      message: 'Yêu cầu quá lớn: tối đa 2 MB cho một yêu cầu, tệp nhập (Excel, CSV) tối đa 1,4 MB.',
      extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_REQUEST_BYTES, maxFileBytes: MAX_IMPORT_FILE_BYTES },
    });
    const english = await send('nationalImport', 1.6 * 1024 * 1024, { 'accept-language': 'en' });
    expectCodedJson(english, 413, 'PAYLOAD_TOO_LARGE');
    expect(english.json.errors?.[0].message).toBe('Request too large: at most 2 MB per request, 1.4 MB for an imported file (Excel, CSV).');
    // Just under the request limit is parsed (and refused by the import, not by the parser).
    const under = await send('nationalImport', Math.floor(((MAX_REQUEST_BYTES - 1024) * 3) / 4));
    expect(under.status).toBe(200);
    expect(under.json.errors?.[0]?.extensions?.reason).toBe('FILE_TOO_LARGE');
  });
});
