/**
 * The sweep of leftover bytes (leftover-bytes.ts): bytes on disk that no evidence_file row stands
 * for — an upload cut off between its bytes and its row, a removal whose byte deletion failed —
 * are removed once older than the grace period; bytes with a row, younger bytes (an upload between
 * its bytes and its row) and bytes something still cites are never touched. Also from the command
 * line (cli/sweep-evidence.ts), with a dry run.
 */
import { utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLeftoverReport, parseSweepEvidenceArgs, sweepEvidence } from '../../../cli/sweep-evidence';
import { createLogger } from '../../../platform/logging/logger';
import { buildSecurityWorld, type SecurityWorld } from '../../../testing/security-fixture';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { EvidenceFileEntity } from './evidence-file.entity';
import { bytesStored, storedFiles, storedPath } from './evidence-test-kit';
import { DiskFileStorage } from './file-storage';
import { LEFTOVER_GRACE_MS, looksLikeWrongDatabase, sweepLeftoverBytes } from './leftover-bytes';

const pdf = (tag: string) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(tag.padEnd(200, 'x')), Buffer.from('\n%%EOF')]);
const SAVE_SELF = `mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) {
  saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id version } }`;
const HOUR = 3600 * 1000;

describe(`the sweep of leftover evidence bytes (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let base: string;
  let storage: DiskFileStorage;
  const log = createLogger('silent', 'test');
  const deps = () => ({ db: system.scoringDb, storage, log });
  const root = () => system.config.uploadDir;

  const upload = async (name: string): Promise<string> => {
    const res = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.tokens.officer}`, 'x-file-name': encodeURIComponent(name) },
      body: pdf(name),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  /** Bytes stored as an upload stores them, with no row after them (the upload was cut off). */
  const bytesWithoutRow = async (tag: string) => {
    const id = randomUUID();
    await storage.put(id, Readable.from([pdf(tag)]), { maxBytes: 1 << 20 });
    return id;
  };
  /** Makes the stored bytes look written `ms` ago. */
  const age = (file: string, ms: number) => {
    const at = new Date(Date.now() - ms);
    utimesSync(file, at, at);
  };

  beforeAll(async () => {
    system = await startTestSystem({ config: { sessionCacheSeconds: 0, evidenceSweepIntervalMs: 0 } });
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    world = await buildSecurityWorld(system);
    storage = new DiskFileStorage(root());
  }, 120_000);
  afterAll(() => system?.stop());

  it('removes old bytes without a row and old partial writes; keeps rows’ bytes, young bytes, cited bytes and foreign files', async () => {
    // An upload cut off between its bytes and its row, two days ago: leftover.
    const cutOff = await bytesWithoutRow('cắt ngang');
    age(storedPath(root(), cutOff), 2 * LEFTOVER_GRACE_MS);
    // A file whose row is there (attached or not), however old: kept.
    const attached = await upload('Gắn với phiếu.pdf');
    const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: world.sheetId });
    const saved = await system.gql(
      SAVE_SELF,
      {
        s: sheet.id,
        v: sheet.version,
        e: [{ criterionId: world.criteria.get('1.1')!.id, declaredValue: '1', evidence: [{ fileId: attached }] }],
      },
      { token: world.tokens.officer },
    );
    expect(saved.errors).toBeUndefined();
    const unattached = await upload('Chưa gắn.pdf');
    for (const id of [attached, unattached]) age(storedPath(root(), id), 10 * LEFTOVER_GRACE_MS);
    // An upload between its bytes and its row right now: young, kept.
    const inFlight = await bytesWithoutRow('đang tải');
    age(storedPath(root(), inFlight), LEFTOVER_GRACE_MS - HOUR);
    // A row lost while the sheet still cites the file: kept for an operator (and logged).
    const cited = await upload('Vẫn được trích.pdf');
    const sheet2 = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: world.sheetId });
    expect(
      (
        await system.gql(
          SAVE_SELF,
          {
            s: sheet2.id,
            v: sheet2.version,
            e: [{ criterionId: world.criteria.get('2.1')!.id, declaredValue: '2', evidence: [{ fileId: cited }] }],
          },
          { token: world.tokens.officer },
        )
      ).errors,
    ).toBeUndefined();
    await system.scoringDb.getRepository(EvidenceFileEntity).delete({ id: cited });
    age(storedPath(root(), cited), 2 * LEFTOVER_GRACE_MS);
    // Partial writes: an old one (a crash mid-upload) goes, a current one stays.
    mkdirSync(path.join(root(), 'tmp'), { recursive: true });
    const oldPart = path.join(root(), 'tmp', `${randomUUID()}.part`);
    const newPart = path.join(root(), 'tmp', `${randomUUID()}.part`);
    for (const part of [oldPart, newPart]) writeFileSync(part, 'x');
    age(oldPart, 2 * LEFTOVER_GRACE_MS);
    // Something not ours in the storage root (an operator's note, a name that is no id): never touched.
    const foreign = path.join(root(), 'ab', 'cd', 'ghi-chu.txt');
    mkdirSync(path.dirname(foreign), { recursive: true });
    writeFileSync(foreign, 'x');
    age(foreign, 10 * LEFTOVER_GRACE_MS);

    const before = storedFiles(root()).length;
    const dry = await sweepLeftoverBytes(deps(), { dryRun: true });
    expect(dry.removed).toEqual([cutOff]);
    expect(dry.cited).toEqual([cited]);
    expect(storedFiles(root()).length).toBe(before);

    const report = await sweepLeftoverBytes(deps());
    expect(report).toMatchObject({ removed: [cutOff], cited: [cited], partials: 1 });
    expect(report.scanned).toBeGreaterThanOrEqual(5);
    expect(bytesStored(root(), cutOff)).toBe(false);
    for (const id of [attached, unattached, inFlight, cited]) expect([id, bytesStored(root(), id)]).toEqual([id, true]);
    expect(storedFiles(root())).not.toContain(oldPart);
    expect(storedFiles(root())).toContain(newPart);
    expect(storedFiles(root())).toContain(foreign);
    // The kept files still download.
    for (const id of [attached, unattached]) {
      const res = await fetch(`${base}/files/${id}`, { headers: { authorization: `Bearer ${world.tokens.officer}` } });
      expect([id, res.status]).toEqual([id, 200]);
    }
    // Nothing more to do the second time.
    expect(await sweepLeftoverBytes(deps())).toMatchObject({ removed: [], partials: 0 });
  });

  it('through what looks like the wrong database (no rows, or most old files without one) it removes nothing and says why; --force sweeps', async () => {
    expect(looksLikeWrongDatabase(0, 100, 0)).toBe(false);
    expect(looksLikeWrongDatabase(1, 100, 0)).toBe(true); // an empty database: every old file would go
    expect(looksLikeWrongDatabase(20, 30, 5)).toBe(false); // a handful: leftovers
    expect(looksLikeWrongDatabase(25, 300, 275)).toBe(false); // under a tenth
    expect(looksLikeWrongDatabase(25, 100, 75)).toBe(true);
    const later = { now: new Date(Date.now() + 2 * LEFTOVER_GRACE_MS) };
    const many = await Promise.all(Array.from({ length: 30 + (await storedFiles(root())).length }, (_, i) => bytesWithoutRow(`lạc ${i}`)));
    const refused = await sweepLeftoverBytes(deps(), later);
    expect(refused.removed).toEqual([]);
    expect(refused.refused).toMatch(/have no row/);
    expect(many.every((id) => bytesStored(root(), id))).toBe(true);
    const forced = await sweepLeftoverBytes(deps(), { ...later, force: true });
    expect(forced.removed).toEqual(expect.arrayContaining(many));
    expect(many.some((id) => bytesStored(root(), id))).toBe(false);
    // Rows' bytes stayed.
    const rows = await system.scoringDb.getRepository(EvidenceFileEntity).find({ select: { id: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => bytesStored(root(), r.id))).toBe(true);
  });

  it('a removal whose byte deletion failed leaves bytes the sweep takes once the grace period is over', async () => {
    const id = await upload('Gỡ mà còn byte.pdf');
    // The removal's transaction deleted the row; deleting the bytes after the commit failed (logged).
    await system.scoringDb.getRepository(EvidenceFileEntity).delete({ id });
    expect((await sweepLeftoverBytes(deps())).removed).toEqual([]);
    expect(bytesStored(root(), id)).toBe(true);
    const later = await sweepLeftoverBytes(deps(), { now: new Date(Date.now() + LEFTOVER_GRACE_MS + HOUR) });
    expect(later.removed).toContain(id);
    expect(bytesStored(root(), id)).toBe(false);
    // Whatever else it took then (the first test's young row-less bytes, now old), none had a row.
    expect(await system.scoringDb.getRepository(EvidenceFileEntity).countBy({ id: In(later.removed) })).toBe(0);
    expect(await system.scoringDb.getRepository(EvidenceFileEntity).count()).toBeGreaterThan(0);
  });

  it('from the command line: --dry-run reports, --older-than-hours sets the grace (at least 1 hour), bad arguments refused', async () => {
    expect(parseSweepEvidenceArgs([])).toEqual({ dryRun: false, graceMs: LEFTOVER_GRACE_MS, force: false });
    expect(parseSweepEvidenceArgs(['--', '--dry-run', '--older-than-hours', '48'])).toEqual({
      dryRun: true,
      graceMs: 48 * HOUR,
      force: false,
    });
    expect(parseSweepEvidenceArgs(['--force'])).toMatchObject({ force: true });
    for (const bad of [['--older-than-hours', '0.5'], ['--older-than-hours', 'x'], ['--older-than-hours'], ['--all']])
      expect(() => parseSweepEvidenceArgs(bad), bad.join(' ')).toThrow(/Usage: sweep-evidence/);

    const leftover = await bytesWithoutRow('dòng lệnh');
    age(storedPath(root(), leftover), 3 * HOUR);
    const dry = await sweepEvidence({ dryRun: true, graceMs: 2 * HOUR, force: false }, deps());
    expect(dry.removed).toEqual([leftover]);
    expect(formatLeftoverReport(dry, true)).toMatch(/^Dry run: 1 leftover file would be removed/);
    expect(bytesStored(root(), leftover)).toBe(true);
    const kept = await sweepEvidence({ dryRun: false, graceMs: 4 * HOUR, force: false }, deps());
    expect(kept.removed).toEqual([]);
    const done = await sweepEvidence({ dryRun: false, graceMs: 2 * HOUR, force: false }, deps());
    expect(done.removed).toEqual([leftover]);
    expect(formatLeftoverReport(done, false)).toMatch(/^1 leftover file removed/);
    expect(bytesStored(root(), leftover)).toBe(false);
  });
});
