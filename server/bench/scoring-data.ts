/**
 * Scoring data for `pnpm bench` at the scale of the largest real provinces.
 *
 * Years, groups, criteria sets, the roster and the sheets are made through the gateway like an
 * administrator would (createAssessmentYear, deleteUnitGroup, replaceCriteriaSet, then opening
 * self-assessment builds and freezes the roster from the imported units and creates every sheet).
 * Filling hundreds of sheets one mutation at a time would take minutes, so the scores are then
 * written in bulk the way the demo seed writes them: declared values turned into points by the
 * domain rules (computeLeafPoints), stored results from computeResult/resultFields, ranks from
 * rerankGroups — never numbers typed here.
 */
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { plausibleDeclaredValue, pointsFor, seededRandom } from '../src/seed/plausible-scores';
import { DEMO_CRITERIA } from '../src/seed/demo-criteria';
import { AssessmentYearEntity, YearStatus } from '../src/subgraphs/scoring/assessment-year/assessment-year.entity';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from '../src/subgraphs/scoring/criteria/criteria-node.entity';
import { computeResult, rerankGroups, resultFields } from '../src/subgraphs/scoring/results/results.service';
import { UnitResultEntity } from '../src/subgraphs/scoring/results/unit-result.entity';
import { ScoreEntryEntity } from '../src/subgraphs/scoring/score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../src/subgraphs/scoring/score-sheet/score-sheet.entity';
import type { NodeSpec } from '../src/subgraphs/scoring/criteria/criteria-outline';
import type { GraphQLResponse, TestSystem } from '../src/testing/test-system';

/** The bench's sets keep the default rules (no default-zero bonus/penalty leaves). */
const OWN_RULES = { bonusPenaltyDefaultZero: false };

export type StoredState = ScoreSheetEntity['status'];

export interface BenchGroup {
  id: string;
  code: string;
  rosterSize: number;
}

export interface BenchYear {
  id: string;
  provinceId: string;
  year: number;
  groups: BenchGroup[];
}

export async function gqlOk<T>(system: TestSystem, token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const res = (await system.gql<T>(query, variables, { token })) as GraphQLResponse<T>;
  if (res.errors?.length || !res.data) throw new Error(`bench setup failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** DEMO_CRITERIA as the admin's criteria editor sends it (points, JSON params, sections inherited). */
export function criteriaInput(specs: readonly NodeSpec[], inherited = CriteriaSection.SCORED): Record<string, unknown>[] {
  return specs.flatMap((spec) => {
    const section = spec.section ?? inherited;
    const node: Record<string, unknown> = { code: spec.code, title: spec.title, maxPoints: spec.max / 100, section };
    if (!spec.children)
      Object.assign(node, {
        method: spec.method ?? ScoringMethod.MANUAL,
        params: JSON.stringify(spec.params ?? {}),
        allowNotApplicable: spec.allowNa ?? false,
        evidenceGuidance: 'Văn bản, báo cáo, quyết định chứng minh kết quả (ghi số ký hiệu, ngày ban hành).',
      });
    return [node, ...(spec.children ? criteriaInput(spec.children, section) : [])];
  });
}

/** Vietnam calendar day `days` from today. */
export function isoDate(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates a year through the gateway with the default groups minus `dropGroups`, the demo
 * criteria set in every group, deadlines ahead, and opens self-assessment (roster + sheets).
 */
export async function openYear(
  system: TestSystem,
  token: string,
  input: { provinceId: string; year: number; name: string; model: 'TWO_LEVEL' | 'THREE_LEVEL'; dropGroups: string[] },
): Promise<BenchYear> {
  const { createAssessmentYear: created } = await gqlOk<{ createAssessmentYear: { id: string; groups: { id: string; code: string }[] } }>(
    system,
    token,
    'mutation($i: CreateAssessmentYearInput!) { createAssessmentYear(input: $i) { id groups { id code } } }',
    { i: { provinceId: input.provinceId, year: input.year, name: input.name, model: input.model } },
  );
  await gqlOk(system, token, 'mutation($id: ID!, $i: UpdateAssessmentYearInput!) { updateAssessmentYear(id: $id, input: $i) { id } }', {
    id: created.id,
    i: {
      selfAssessmentDeadline: isoDate(30),
      explanationDeadline: isoDate(60),
      appraisalDeadline: isoDate(90),
      publicationDeadline: isoDate(120),
    },
  });
  const nodes = criteriaInput(DEMO_CRITERIA);
  for (const group of created.groups) {
    if (input.dropGroups.includes(group.code)) {
      await gqlOk(system, token, 'mutation($id: ID!) { deleteUnitGroup(id: $id) }', { id: group.id });
      continue;
    }
    const { replaceCriteriaSet: set } = await gqlOk<{ replaceCriteriaSet: { valid: boolean; issues: { message: string }[] } }>(
      system,
      token,
      'mutation($y: ID!, $g: ID!, $n: [CriteriaNodeInput!]!) { replaceCriteriaSet(yearId: $y, groupId: $g, nodes: $n) { valid issues { message } } }',
      { y: created.id, g: group.id, n: nodes },
    );
    if (!set.valid) throw new Error(`bench criteria set refused: ${set.issues.map((i) => i.message).join('; ')}`);
  }
  const { transitionAssessmentYear: opened } = await gqlOk<{
    transitionAssessmentYear: { year: { groups: BenchGroup[] } };
  }>(
    system,
    token,
    'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { year { groups { id code rosterSize } } } }',
    { id: created.id },
  );
  return { id: created.id, provinceId: input.provinceId, year: input.year, groups: opened.year.groups };
}

/** Moves a year forward one step at a time through the gateway (e.g. to publish it). */
export async function advanceYear(system: TestSystem, token: string, yearId: string, steps: string[]): Promise<void> {
  for (const to of steps)
    await gqlOk(system, token, 'mutation($id: ID!, $to: YearStatus!) { transitionAssessmentYear(id: $id, to: $to) { to } }', {
      id: yearId,
      to,
    });
}

/**
 * A large block's first sheet made an officer's draft again (its year back in self-assessment),
 * with its alternating whole-sheet inputs (the sheet-save bench and profile).
 */
export async function draftSheetInputs(
  db: DataSource,
  block: { year: { id: string }; group: { id: string }; firstUnitId: string },
): Promise<{ sheet: ScoreSheetEntity; inputs: SheetInput[][] }> {
  const sheets = db.getRepository(ScoreSheetEntity);
  await db.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.SELF_ASSESSMENT });
  const sheet = await sheets.findOneByOrFail({ yearId: block.year.id, unitId: block.firstUnitId });
  await sheets.update({ id: sheet.id }, { status: 'DRAFT', submittedAt: null, lockedAt: null, approvedAt: null });
  const inputs = alternatingSheetInputs(await db.getRepository(CriteriaNodeEntity).findBy({ groupId: block.group.id }));
  return { sheet, inputs };
}

/**
 * Two whole-sheet versions an officer alternates between so that every leaf changes each save:
 * every leaf of the set he enters (no inner node, no survey leaf), in the order given, declared at
 * 25 % then 95 %, a note on every fifth, a document on every other.
 */
export function alternatingSheetInputs(nodes: readonly CriteriaNodeEntity[]): SheetInput[][] {
  const parents = new Set(nodes.map((n) => n.parentId));
  const editable = nodes.filter((n) => !parents.has(n.id) && n.section !== CriteriaSection.SURVEY);
  return [0.25, 0.95].map((q) =>
    editable.map((leaf, i) => ({
      criterionId: leaf.id,
      declaredValue: declaredValue(leaf, q),
      note: i % 5 === 0 ? 'Số liệu theo báo cáo năm của UBND' : null,
      evidence: i % 2 === 0 ? [{ documentNumber: `${100 + i}/BC-UBND`, documentDate: '2025-11-20', title: `Báo cáo ${leaf.code}` }] : [],
    })),
  );
}

/** One leaf of a saveSelfAssessment call. */
export interface SheetInput {
  criterionId: string;
  declaredValue: string;
  note: string | null;
  evidence: { documentNumber: string; documentDate: string; title: string }[];
}

/** The value a unit of quality q (0..1) declares for a leaf: what a commune officer would type. */
export function declaredValue(leaf: Pick<CriteriaNodeEntity, 'method' | 'maxPoints' | 'params'>, q: number): string {
  return plausibleDeclaredValue(leaf, q) ?? (Math.round(q * (leaf.maxPoints / 25)) * 0.25).toFixed(2);
}

const APPRAISED: readonly StoredState[] = ['UNDER_APPRAISAL', 'EXPLAINED', 'APPRAISED', 'APPROVED'];

async function chunked<T>(items: readonly T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

/**
 * Fills every sheet of a year in one transaction: entries (self points from the declared values,
 * appraisal points trimmed now and then as appraisers do), sheet states from `stateOf` (by
 * Vietnamese name position), stored results and ranks.
 */
export async function fillYear(
  db: DataSource,
  yearId: string,
  stateOf: (position: number) => StoredState,
): Promise<{ sheets: number; entries: number }> {
  return db.transaction(async (manager: EntityManager) => {
    const year = await manager.findOneByOrFail(AssessmentYearEntity, { id: yearId });
    const nodes = await manager.findBy(CriteriaNodeEntity, { yearId });
    const nodesByGroup = new Map<string, CriteriaNodeEntity[]>();
    for (const n of nodes) nodesByGroup.set(n.groupId, [...(nodesByGroup.get(n.groupId) ?? []), n]);
    const parents = new Set(nodes.map((n) => n.parentId));
    const sheets = (await manager.findBy(ScoreSheetEntity, { yearId })).sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
    const entries: ScoreEntryEntity[] = [];
    const results: UnitResultEntity[] = [];
    const byState = new Map<StoredState, string[]>();
    const now = new Date();
    sheets.forEach((sheet, position) => {
      const state = stateOf(position);
      byState.set(state, [...(byState.get(state) ?? []), sheet.id]);
      const rand = seededRandom(`${year.year}:${sheet.unitId}`);
      const quality = 0.45 + rand() * 0.5;
      const groupNodes = nodesByGroup.get(sheet.groupId) ?? [];
      const sheetEntries: ScoreEntryEntity[] = [];
      for (const leaf of groupNodes.filter((n) => !parents.has(n.id))) {
        const survey = leaf.section === CriteriaSection.SURVEY;
        if (state === 'DRAFT' && !survey && rand() < 0.4) continue; // a half-filled draft
        const q = Math.min(1, Math.max(0, (leaf.section === CriteriaSection.PENALTY ? 1 - quality : quality) + (rand() - 0.5) * 0.3));
        const notApplicable = leaf.allowNotApplicable && rand() < 0.2;
        const value = declaredValue(leaf, q);
        const self = survey || notApplicable ? null : pointsFor(leaf, value);
        const appraised = self !== null && APPRAISED.includes(state);
        const cut = appraised && rand() < 0.15 ? Math.floor((self * (0.5 + rand() * 0.3)) / 25) * 25 : self;
        sheetEntries.push(
          Object.assign(new ScoreEntryEntity(), {
            id: randomUUID(),
            sheetId: sheet.id,
            criterionId: leaf.id,
            declaredValue: notApplicable ? null : value,
            notApplicable,
            selfPoints: self,
            selfNote: null,
            selfEvidence:
              self !== null && rand() < 0.5
                ? [
                    {
                      documentNumber: `${10 + Math.floor(rand() * 300)}/BC-UBND`,
                      documentDate: `${year.year}-11-15`,
                      title: `Báo cáo ${leaf.code}`,
                    },
                  ]
                : [],
            round1Points: appraised ? cut : null,
            round1Note: appraised && cut !== self ? 'Tài liệu kiểm chứng chưa chứng minh đầy đủ kết quả kê khai' : null,
            explanationRequested: false,
            explanationRequestNote: null,
            explanationText: null,
            supplementaryEvidence: [],
            round2Points: null,
            round2Note: null,
            finalPoints: appraised ? cut : null,
            surveyPoints: survey ? pointsFor(leaf, value) : null,
            updatedBy: null,
            updatedAt: now,
          }),
        );
      }
      entries.push(...sheetEntries);
      results.push(
        Object.assign(new UnitResultEntity(), {
          id: randomUUID(),
          yearId,
          unitId: sheet.unitId,
          sheetId: sheet.id,
          groupId: sheet.groupId,
          assessorUnitId: sheet.assessorUnitId,
          unitName: sheet.unitName,
          ...resultFields(year, state, computeResult(year, OWN_RULES, groupNodes, sheetEntries)),
          rankInGroup: null,
          rankInAssessor: null,
          computedAt: now,
        }),
      );
    });
    await chunked(entries, 100, (chunk) => manager.insert(ScoreEntryEntity, chunk));
    for (const [state, ids] of byState) {
      const submitted = state === 'DRAFT' ? null : new Date(Date.UTC(year.year, 11, 10));
      await chunked(ids, 300, (chunk) =>
        manager.update(
          ScoreSheetEntity,
          { id: In(chunk) },
          {
            status: state,
            version: 2,
            submittedAt: submitted,
            lockedAt: submitted,
            approvedAt: state === 'APPROVED' ? new Date(Date.UTC(year.year, 11, 20)) : null,
          },
        ),
      );
    }
    await manager.delete(UnitResultEntity, { yearId });
    await chunked(results, 100, (chunk) => manager.insert(UnitResultEntity, chunk));
    await rerankGroups(manager, yearId, [...new Set(sheets.map((s) => s.groupId))]);
    return { sheets: sheets.length, entries: entries.length };
  });
}

/** The admin's SaveSelfAssessment variables: the entries and, for its answer, the leaves they save. */
export function saveVariables(sheetId: string, version: number, entries: SheetInput[]) {
  return { sheetId, version, entries, criterionIds: entries.map((e) => e.criterionId) };
}
