/**
 * Test kit: one published block at the size of the largest province (1,073 communes under 30
 * districts, the 82-leaf commune set of a large province) with results computed by the domain rules from
 * plausible declared values, for tests about answer sizes. Entries are scored in memory and only
 * the stored results are written: what a ranking reads.
 */
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { Role } from '../../../platform/auth/roles';
import { LARGE_PROVINCE_COMMUNE_CRITERIA } from '../../../seed/demo-criteria';
import { plausibleDeclaredValue, pointsFor, seededRandom } from '../../../seed/plausible-scores';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import type { TestSystem } from '../../../testing/test-system';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaSection } from '../criteria/criteria-node.entity';
import { newScoreEntry, ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import type { UserEntity } from '../../org/user/user.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, type RosterUnit } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';
import { computeResult, rerankGroups, resultFields } from './results.service';
import { UnitResultEntity } from './unit-result.entity';

const FIRST = ['Hồng', 'Quang', 'Đông', 'Tân', 'Phúc', 'Thượng', 'Vĩnh', 'Minh', 'Thanh', 'Hoàng', 'Nghĩa', 'Trường', 'Đại', 'Yên', 'Kim'];
const SECOND = ['Phong', 'Trung', 'Hưng', 'Lập', 'Thọ', 'Mỹ', 'Xuân', 'Lộc', 'Sơn', 'Hòa', 'Khánh', 'Đức', 'Thịnh', 'An', 'Bình'];

export interface LargeBlock {
  year: AssessmentYearEntity;
  group: UnitGroupEntity;
  provinceId: string;
  admin: UserEntity;
  adminToken: string;
  sheetIds: string[];
  /** The first commune, also an org unit (its officer can sign in and save its sheet). */
  firstUnitId: string;
  entries: number;
}

/**
 * `entries: true` also stores every sheet's entries (1,073 × 82 rows: what a sheet read, a save
 * and a year recompute work on; `pnpm bench` wants them), `'first'` only the first commune's.
 */
export async function insertLargeBlock(
  system: TestSystem,
  size = 1073,
  districts = 30,
  options: { entries?: boolean | 'first' } = {},
): Promise<LargeBlock> {
  const db = system.scoringDb;
  const province = await insertUnit(system.orgDb, { name: 'Thành phố Hà Nội', kind: OrgUnitKind.PROVINCE, code: `P${size}` });
  const first = await insertUnit(system.orgDb, { name: 'Xã Hồng Phong', kind: OrgUnitKind.COMMUNE, code: `C${size}`, parent: province });
  const year = await insertYear(db, {
    provinceUnitId: province.id,
    year: 2024,
    model: GovernmentModel.THREE_LEVEL,
    status: YearStatus.PUBLISHED,
  });
  const group = await insertGroup(db, year.id, {
    code: 'COMMUNES',
    name: 'Khối xã, phường, thị trấn',
    rule: AssessorRule.PARENT_DISTRICT,
    kinds: [OrgUnitKind.COMMUNE],
  });
  const nodes = [...(await insertCriteria(db, year.id, group.id, LARGE_PROVINCE_COMMUNE_CRITERIA)).values()];
  const units: RosterUnit[] = Array.from({ length: size }, (_, i) => ({
    id: i === 0 ? first.id : randomUUID(),
    name: `${i % 4 === 0 ? 'Phường' : 'Xã'} ${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`,
    code: String(10000 + i),
    kind: OrgUnitKind.COMMUNE,
    subtype: i % 4 === 0 ? 'phường' : 'xã',
  }));
  for (let d = 0; d < districts; d++)
    await insertRoster(
      db,
      year.id,
      group,
      { id: randomUUID(), name: `UBND huyện ${FIRST[d % FIRST.length]} ${SECOND[(d * 7) % SECOND.length]}` },
      units.filter((_, i) => i % districts === d),
    );
  await createSheetsForYear(db, year.id);
  const sheets = await db.getRepository(ScoreSheetEntity).findBy({ yearId: year.id });
  const parents = new Set(nodes.map((n) => n.parentId));
  const leaves = nodes.filter((n) => !parents.has(n.id));
  const now = new Date();
  const stored: ScoreEntryEntity[] = [];
  const results = sheets.map((sheet) => {
    const rand = seededRandom(sheet.unitId);
    const quality = 0.45 + rand() * 0.5;
    const entries = leaves.map((leaf) => {
      const q = Math.min(1, Math.max(0, (leaf.section === CriteriaSection.PENALTY ? 1 - quality : quality) + (rand() - 0.5) * 0.3));
      const value = plausibleDeclaredValue(leaf, q) ?? (Math.round(q * (leaf.maxPoints / 25)) * 0.25).toFixed(2);
      const survey = leaf.section === CriteriaSection.SURVEY;
      const points = pointsFor(leaf, value);
      return newScoreEntry({
        id: randomUUID(),
        sheetId: sheet.id,
        criterionId: leaf.id,
        declaredValue: value,
        selfPoints: survey ? null : points,
        round1Points: survey ? null : points,
        finalPoints: survey ? null : points,
        surveyPoints: survey ? points : null,
        updatedAt: now,
      });
    });
    if (options.entries === true || (options.entries === 'first' && sheet.unitId === first.id)) stored.push(...entries);
    return Object.assign(new UnitResultEntity(), {
      id: randomUUID(),
      yearId: year.id,
      unitId: sheet.unitId,
      sheetId: sheet.id,
      groupId: sheet.groupId,
      assessorUnitId: sheet.assessorUnitId,
      unitName: sheet.unitName,
      ...resultFields(year, 'APPROVED', computeResult(year, group, nodes, entries)),
      rankInGroup: null,
      rankInAssessor: null,
      computedAt: now,
    });
  });
  const ids = sheets.map((s) => s.id);
  for (let i = 0; i < ids.length; i += 300)
    await db.getRepository(ScoreSheetEntity).update({ id: In(ids.slice(i, i + 300)) }, { status: 'APPROVED', version: 2 });
  await db.getRepository(UnitResultEntity).delete({ yearId: year.id });
  for (let i = 0; i < results.length; i += 100) await db.getRepository(UnitResultEntity).insert(results.slice(i, i + 100));
  for (let i = 0; i < stored.length; i += 500) await db.getRepository(ScoreEntryEntity).insert(stored.slice(i, i + 500));
  await rerankGroups(db.manager, year.id, [group.id]);
  const { user, token } = await system.createUser({
    username: `size.admin.${randomUUID().slice(0, 8)}`,
    unitId: province.id,
    roles: [Role.PROVINCE_ADMIN],
  });
  return {
    year,
    group,
    provinceId: province.id,
    admin: user,
    adminToken: token,
    sheetIds: ids,
    firstUnitId: first.id,
    entries: stored.length,
  };
}
