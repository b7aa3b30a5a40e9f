/**
 * The demo province: Quảng Ninh (code 22) in both eras, from the real data files — the three-level
 * structure of 2025-03 (13 districts, 171 communes, valid until 2025-06-30) and the two-level one
 * (54 communes and đặc khu from 2025-07-01), with the standard departments and predecessor links —
 * plus one demo user per role, all with the same printed password.
 *
 * The scoring demo seed finds the units and users through `findOrgDemo` (by source key and
 * username), so it does not depend on ids generated at import time.
 */
import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { hashPassword } from '../platform/auth/password';
import { Role } from '../platform/auth/roles';
import type { Logger } from '../platform/logging/logger';
import { formatMergerReport } from '../domain/org/merger-text';
import { departmentSourceKey } from '../domain/org/standard-departments';
import { provinceSourceKey } from '../domain/org/unit-dataset';
import { OrgUnitEntity, OrgUnitKind } from '../subgraphs/org/org-unit/org-unit.entity';
import { importUnitDataset, type UnitImportResult } from '../subgraphs/org/unit-import/unit-import.service';
import { UnitDataset } from '../subgraphs/org/unit-import/unit-import.types';
import { UserEntity } from '../subgraphs/org/user/user.entity';

export const DEMO_PROVINCE_CODE = '22';
/** Shared by every demo login and printed by the start banner: demo data only, never production. */
export const DEMO_PASSWORD = 'demo-cchc-2025';

/** Units the demo users sit in, found by name among the imported units of Quảng Ninh. */
export type DemoUnitRole = 'province' | 'district' | 'commune' | 'department';

const DEMO_UNITS: Record<DemoUnitRole, { kind: OrgUnitKind; name: string; note: string }> = {
  province: { kind: OrgUnitKind.PROVINCE, name: 'Tỉnh Quảng Ninh', note: 'tỉnh' },
  district: { kind: OrgUnitKind.DISTRICT, name: 'Thành phố Đông Triều', note: 'huyện cũ, năm ba cấp, đến 30/06/2025' },
  commune: { kind: OrgUnitKind.COMMUNE, name: 'Phường An Sinh', note: 'phường mới, năm hai cấp, từ 01/07/2025' },
  department: { kind: OrgUnitKind.DEPARTMENT, name: 'Sở Tư pháp', note: 'sở' },
};

export interface DemoLogin {
  username: string;
  fullName: string;
  role: Role;
  unit: DemoUnitRole;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { username: 'admin.qn', fullName: 'Quản trị CCHC tỉnh (Sở Nội vụ)', role: Role.PROVINCE_ADMIN, unit: 'province' },
  { username: 'thamdinh.qn', fullName: 'Tổ thẩm định tỉnh', role: Role.APPRAISER, unit: 'province' },
  { username: 'chutich.qn', fullName: 'Chủ tịch UBND tỉnh', role: Role.ASSESSOR_CHAIR, unit: 'province' },
  { username: 'chutich.dongtrieu', fullName: 'Chủ tịch UBND thành phố Đông Triều', role: Role.ASSESSOR_CHAIR, unit: 'district' },
  { username: 'canbo.ansinh', fullName: 'Cán bộ phường An Sinh', role: Role.UNIT_OFFICER, unit: 'commune' },
  { username: 'truong.ansinh', fullName: 'Chủ tịch UBND phường An Sinh', role: Role.UNIT_HEAD, unit: 'commune' },
  { username: 'canbo.sotuphap', fullName: 'Cán bộ Sở Tư pháp', role: Role.UNIT_OFFICER, unit: 'department' },
  { username: 'truong.sotuphap', fullName: 'Giám đốc Sở Tư pháp', role: Role.UNIT_HEAD, unit: 'department' },
  { username: 'xem.qn', fullName: 'Lãnh đạo xem báo cáo', role: Role.VIEWER, unit: 'province' },
];

export interface OrgDemo {
  provinceId: string;
  /** Thành phố Đông Triều: a district of the three-level year (assessor of its communes). */
  districtId: string;
  /** Phường An Sinh: a commune of the two-level year. */
  communeId: string;
  /** Sở Tư pháp: a department (both eras). */
  departmentId: string;
  /** Demo users by username. */
  users: Record<string, { id: string; unitId: string; roles: Role[] }>;
  password: string;
}

export interface OrgDemoSeedResult extends OrgDemo {
  imports: UnitImportResult[];
}

async function findDemoUnits(db: DataSource): Promise<Record<DemoUnitRole, OrgUnitEntity> | null> {
  const units = db.getRepository(OrgUnitEntity);
  const province = await units.findOneBy({ sourceKey: provinceSourceKey(DEMO_PROVINCE_CODE) });
  const department = await units.findOneBy({ sourceKey: departmentSourceKey(DEMO_PROVINCE_CODE, 'STP') });
  if (!province || !department) return null;
  const byName = async (role: DemoUnitRole) =>
    units
      .createQueryBuilder('u')
      .where('u.kind = :kind AND u.name = :name AND u.path LIKE :prefix', {
        kind: DEMO_UNITS[role].kind,
        name: DEMO_UNITS[role].name,
        prefix: `${province.path}%`,
      })
      .getOne();
  const district = await byName('district');
  const commune = await byName('commune');
  if (!district || !commune) return null;
  return { province, district, commune, department };
}

/** The demo units and users, or null when the demo was never seeded in this database. */
export async function findOrgDemo(db: DataSource): Promise<OrgDemo | null> {
  const units = await findDemoUnits(db);
  if (!units) return null;
  const users = await db.getRepository(UserEntity).findBy({ username: In(DEMO_LOGINS.map((l) => l.username)) });
  return {
    provinceId: units.province.id,
    districtId: units.district.id,
    communeId: units.commune.id,
    departmentId: units.department.id,
    users: Object.fromEntries(users.map((u) => [u.username, { id: u.id, unitId: u.unitId, roles: u.roles }])),
    password: DEMO_PASSWORD,
  };
}

/** Imports Quảng Ninh in both eras (idempotent) and creates the demo users that do not exist yet. */
export async function seedOrgDemo(db: DataSource, log: Logger): Promise<OrgDemoSeedResult> {
  const imports: UnitImportResult[] = [];
  for (const dataset of [UnitDataset.THREE_LEVEL_2025, UnitDataset.TWO_LEVEL_2026]) {
    const result = await importUnitDataset(db, { dataset, provinceCode: DEMO_PROVINCE_CODE }, log);
    imports.push(result);
    for (const [code, report] of result.mergerReports) log.info({ provinceCode: code }, formatMergerReport('demo merger matching', report));
  }
  const units = await findDemoUnits(db);
  if (!units) throw new Error('demo seed: the Quảng Ninh units were not imported');
  const users = db.getRepository(UserEntity);
  const existing = new Set((await users.findBy({ username: In(DEMO_LOGINS.map((l) => l.username)) })).map((u) => u.username));
  // One hash for all: the demo users share a password, and scrypt is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const fresh = DEMO_LOGINS.filter((login) => !existing.has(login.username)).map((login) =>
    users.create({
      id: randomUUID(),
      username: login.username,
      fullName: login.fullName,
      passwordHash,
      unitId: units[login.unit].id,
      roles: [login.role],
      active: true,
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: null,
    }),
  );
  if (fresh.length) await users.insert(fresh);
  log.info({ users: fresh.map((u) => u.username) }, 'demo users created');
  const demo = await findOrgDemo(db);
  if (!demo) throw new Error('demo seed: demo data not found after seeding');
  return { ...demo, imports };
}

/** Lines for the start banner: every demo login with its role and unit. */
export function demoLoginLines(): string[] {
  const width = Math.max(...DEMO_LOGINS.map((l) => l.username.length));
  return [
    `  Demo logins (mật khẩu / password: ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map(
      (l) => `    ${l.username.padEnd(width)}  ${l.role.padEnd(14)}  ${DEMO_UNITS[l.unit].name} (${DEMO_UNITS[l.unit].note})`,
    ),
  ];
}
