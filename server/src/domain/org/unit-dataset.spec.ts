import * as fs from 'fs';
import * as path from 'path';
import { describe, it, expect } from 'vitest';
import {
  communeSuccession,
  defaultDataDir,
  findMergerRecord,
  importPlan,
  oldCommunesForNewProvince,
  planThreeLevel,
  planTwoLevel,
  predecessorProvinceCodes,
  readThreeLevelUnits,
  UnitDatasetError,
} from './unit-dataset';
import type { PlannedUnit } from './org-types';

const DATA_DIR = path.resolve(__dirname, '../../../data/vn-admin-units');
const count = (units: readonly PlannedUnit[], kind: PlannedUnit['kind']): number => units.filter((u) => u.kind === kind).length;

describe('data files', () => {
  it('live in server/data/vn-admin-units with their licence notice', () => {
    expect(defaultDataDir()).toBe(DATA_DIR);
    for (const f of [
      'LICENSE',
      'NOTICE.md',
      'README.md',
      'units-2025-03-three-level.json',
      'units-2026-07-two-level.json',
      'mergers-2025-07.json',
    ]) {
      expect(fs.existsSync(path.join(DATA_DIR, f))).toBe(true);
    }
  });
  it('are parsed once and cached', () => {
    expect(readThreeLevelUnits(DATA_DIR)).toBe(readThreeLevelUnits(DATA_DIR));
  });
});

describe('planTwoLevel', () => {
  const plan = planTwoLevel({ dataDir: DATA_DIR });
  it('has 34 provinces and 3,321 communes', () => {
    expect(count(plan, 'PROVINCE')).toBe(34);
    expect(count(plan, 'COMMUNE')).toBe(3321);
    expect(count(plan, 'DISTRICT')).toBe(0);
  });
  it('opens communes on 2025-07-01 directly under the province, with their merger text', () => {
    const c = plan.find((u) => u.sourceKey === 'v2026:commune:07090');
    expect(c).toEqual({
      sourceKey: 'v2026:commune:07090',
      kind: 'COMMUNE',
      subtype: 'phường',
      code: '07090',
      name: 'Phường An Sinh',
      parentSourceKey: 'province:22',
      validFrom: '2025-07-01',
      validTo: null,
      mergerText: 'Phường Bình Dương, Xã An Sinh, Xã Việt Dân, Phường Đức Chính',
    });
    expect(plan.filter((u) => u.kind === 'COMMUNE' && u.mergerText === undefined)).toEqual([]);
  });
  it('keeps provinces continuing (all 34 kept a pre-reform code)', () => {
    expect(plan.filter((u) => u.kind === 'PROVINCE').every((u) => u.validFrom === null && u.validTo === null)).toBe(true);
  });
  it('canonicalises only the prefix capitalisation ("xã Bắc Sơn")', () => {
    expect(plan.find((u) => u.code === '06325')?.name).toBe('Xã Bắc Sơn');
  });
  it('has unique sourceKeys', () => {
    expect(new Set(plan.map((u) => u.sourceKey)).size).toBe(plan.length);
  });
});

describe('planThreeLevel', () => {
  const plan = planThreeLevel({ dataDir: DATA_DIR });
  it('has 63 provinces, 696 districts and 10,035 communes', () => {
    expect(count(plan, 'PROVINCE')).toBe(63);
    expect(count(plan, 'DISTRICT')).toBe(696);
    expect(count(plan, 'COMMUNE')).toBe(10035);
  });
  it('closes districts and communes on 2025-06-30 and merged-away provinces too', () => {
    expect(plan.filter((u) => u.kind !== 'PROVINCE').every((u) => u.validTo === '2025-06-30')).toBe(true);
    const provinces = plan.filter((u) => u.kind === 'PROVINCE');
    expect(provinces.filter((u) => u.validTo === null)).toHaveLength(34);
    expect(provinces.filter((u) => u.validTo === '2025-06-30')).toHaveLength(29);
    expect(provinces.find((u) => u.code === '27')).toMatchObject({ name: 'Tỉnh Bắc Ninh', validTo: '2025-06-30' });
  });
  it('handles districts whose Ward is null', () => {
    const conDao = plan.find((u) => u.kind === 'DISTRICT' && u.name === 'Huyện Côn Đảo');
    expect(conDao).toBeDefined();
    expect(plan.filter((u) => u.parentSourceKey === conDao?.sourceKey)).toEqual([]);
  });
  it('puts communes under districts and districts under provinces', () => {
    const keys = new Map(plan.map((u) => [u.sourceKey, u]));
    for (const u of plan) {
      const parent = u.parentSourceKey === null ? null : keys.get(u.parentSourceKey);
      if (u.kind === 'PROVINCE') expect(parent).toBeNull();
      if (u.kind === 'DISTRICT') expect(parent?.kind).toBe('PROVINCE');
      if (u.kind === 'COMMUNE') expect(parent?.kind).toBe('DISTRICT');
    }
  });
});

describe('Quảng Ninh (22)', () => {
  const before = planThreeLevel({ provinceCode: '22', dataDir: DATA_DIR });
  const after = planTwoLevel({ provinceCode: '22', dataDir: DATA_DIR });
  it('has 13 districts and 171 communes before, 54 communes after (including đặc khu)', () => {
    expect(count(before, 'DISTRICT')).toBe(13);
    expect(count(before, 'COMMUNE')).toBe(171);
    expect(count(after, 'COMMUNE')).toBe(54);
    expect(
      after
        .filter((u) => u.subtype === 'đặc khu')
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Đặc khu Cô Tô', 'Đặc khu Vân Đồn']);
  });
  it('is one continuing province shared by both plans', () => {
    const p1 = before.find((u) => u.kind === 'PROVINCE');
    const p2 = after.find((u) => u.kind === 'PROVINCE');
    expect(p1?.sourceKey).toBe('province:22');
    expect(p2?.sourceKey).toBe('province:22');
    expect(p1?.validTo).toBeNull();
  });
  it('keeps an old and a new commune with the same code distinct', () => {
    expect(before.some((u) => u.sourceKey === 'v2025:commune:07090')).toBe(true);
    expect(after.some((u) => u.sourceKey === 'v2026:commune:07090')).toBe(true);
  });
  it('is deterministic: planning twice yields the same plan', () => {
    expect(planTwoLevel({ provinceCode: '22', dataDir: DATA_DIR })).toEqual(after);
    expect(planThreeLevel({ provinceCode: '22', dataDir: DATA_DIR })).toEqual(before);
  });
  it('finds the merger record by name when the codes disagree (Phường Hiệp Hòa)', () => {
    expect(findMergerRecord('22', '07147', 'Phường Hiệp Hoà', DATA_DIR)?.ma).toBe('00071');
  });
  it('links Phường An Sinh to its four predecessors', () => {
    const s = communeSuccession('22', DATA_DIR);
    const anSinh = s.entries.find((e) => e.newName === 'Phường An Sinh');
    const old = new Map(oldCommunesForNewProvince('22', DATA_DIR).map((o) => [o.sourceKey, o.fullName]));
    expect(anSinh?.match.links.map((l) => old.get(l.oldSourceKey))).toEqual([
      'Phường Bình Dương',
      'Xã An Sinh',
      'Xã Việt Dân',
      'Phường Đức Chính',
    ]);
    expect(anSinh?.match.unmatched).toEqual([]);
    expect(anSinh?.match.ambiguous).toEqual([]);
  });
  it('links all 54 new communes fully and covers all 171 old ones', () => {
    const s = communeSuccession('22', DATA_DIR);
    expect(s.report).toMatchObject({ total: 54, fullyLinked: 54, partlyLinked: 0, notLinked: 0, unmatched: [], ambiguous: [] });
    const used = new Set(s.links.map((l) => l.predecessorSourceKey));
    expect(oldCommunesForNewProvince('22', DATA_DIR).filter((o) => !used.has(o.sourceKey))).toEqual([]);
    expect(s.links.every((l) => l.effectiveDate === '2025-07-01' && l.successorSourceKey.startsWith('v2026:commune:'))).toBe(true);
  });
  it('marks a link partial when an old commune went to several new ones (Phường Đức Chính → An Sinh and Đông Triều)', () => {
    const s = communeSuccession('22', DATA_DIR);
    const oldKey = oldCommunesForNewProvince('22', DATA_DIR).find((o) => o.fullName === 'Phường Đức Chính')?.sourceKey;
    const newName = new Map(s.entries.map((e) => [e.newSourceKey, e.newName]));
    const ducChinh = s.links.filter((l) => l.predecessorSourceKey === oldKey);
    expect(ducChinh.map((l) => newName.get(l.successorSourceKey)).sort()).toEqual(['Phường An Sinh', 'Phường Đông Triều']);
    expect(ducChinh.every((l) => l.partial)).toBe(true);
    const shared = new Set(
      s.links
        .filter((l) => s.links.filter((m) => m.predecessorSourceKey === l.predecessorSourceKey).length > 1)
        .map((l) => l.predecessorSourceKey),
    );
    expect(s.links.filter((l) => !shared.has(l.predecessorSourceKey)).every((l) => !l.partial)).toBe(true);
  });
});

describe('province successions', () => {
  it('reads the provinces a post-reform province was formed from', () => {
    expect(predecessorProvinceCodes('24', DATA_DIR)).toEqual(['24', '27']);
    expect(predecessorProvinceCodes('79', DATA_DIR)).toEqual(['74', '77', '79']);
    expect(predecessorProvinceCodes('22', DATA_DIR)).toEqual(['22']);
  });
  it('every pre-reform province flows into exactly one post-reform province', () => {
    const all = planTwoLevel({ dataDir: DATA_DIR })
      .filter((u) => u.kind === 'PROVINCE')
      .flatMap((p) => predecessorProvinceCodes(p.code, DATA_DIR));
    expect(all).toHaveLength(63);
    expect(new Set(all).size).toBe(63);
  });
});

describe('importPlan', () => {
  it('adds departments and links, with every link endpoint planned in one of the eras', () => {
    const old = importPlan('three-level', { provinceCode: '24', dataDir: DATA_DIR });
    const neu = importPlan('two-level', { provinceCode: '24', dataDir: DATA_DIR });
    expect(old.units.filter((u) => u.kind === 'DEPARTMENT')).toHaveLength(19);
    expect(neu.units.filter((u) => u.kind === 'DEPARTMENT')).toHaveLength(14);
    expect(old.links).toEqual([]);
    const keys = new Set([...old.units, ...neu.units].map((u) => u.sourceKey));
    // Old Bắc Ninh (27) is a predecessor province: plan it too before checking link endpoints.
    for (const u of importPlan('three-level', { provinceCode: '27', dataDir: DATA_DIR }).units) keys.add(u.sourceKey);
    for (const l of neu.links) {
      expect(keys.has(l.predecessorSourceKey)).toBe(true);
      expect(keys.has(l.successorSourceKey)).toBe(true);
    }
    expect(neu.links).toContainEqual(expect.objectContaining({ predecessorSourceKey: 'province:27', successorSourceKey: 'province:24' }));
    expect(neu.mergerReports.get('24')?.total).toBe(99);
  });
  it('closes the departments of a merged-away province with it', () => {
    const p = importPlan('three-level', { provinceCode: '27', dataDir: DATA_DIR });
    const depts = p.units.filter((u) => u.kind === 'DEPARTMENT');
    expect(depts.find((u) => u.code === '27-SNV')?.validTo).toBe('2025-06-30');
    expect(depts.find((u) => u.code === '27-SKHDT')?.validTo).toBe('2025-02-28');
  });
  it('rejects an unknown province code', () => {
    expect(() => planTwoLevel({ provinceCode: '27', dataDir: DATA_DIR })).toThrow(UnitDatasetError);
  });
});
