/**
 * Issue 9, item 3: an operation one subgraph answers whole goes through the gateway as the
 * subgraph's answer (no re-shaping), and a repeated ranking or published-results read is served
 * from the scoring subgraph's serialised answers. Neither may change what anyone sees: the
 * answers equal the gateway's planned path and a build with no cache at all, caller by caller
 * (the admin, a commune's officer, another province's user, nobody signed in), in process (as
 * `pnpm start`) and over HTTP (separate deployments).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../platform/auth/roles';
import { responseCacheOf } from '../platform/http/response-cache';
import { adminDocument } from '../testing/admin-documents';
import { insertUnit, OrgUnitKind } from '../testing/fixtures';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../testing/test-system';
import { AssessmentYearEntity, YearStatus } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { insertLargeBlock, type LargeBlock } from '../subgraphs/scoring/results/large-block-fixture';
import { clearRankingCache } from '../subgraphs/scoring/results/ranking-cache';
import { passThroughServed } from './pass-through';
import { storedAnswersServed } from './stored-answers';

const RANKING = adminDocument('Ranking');
/** The ranking and the first commune's name from the org subgraph: two subgraphs, the planned path. */
const RANKING_WITH_ORG = `query($yearId: ID!, $groupId: ID!, $unitId: ID!) { ranking(yearId: $yearId, groupId: $groupId) { rows { unitId index } } orgUnit(id: $unitId) { name } }`;
const PUBLISHED = `query($p: ID!, $y: Int!) { publishedResults(provinceId: $p, year: $y) { year rankings { groupName rows { rank unitName index classification { code } areas { code index } } } } }`;

type Ranking = { ranking: { provisional: boolean; rows: { unitId: string; index: number | null; rank: number | null }[] } };

for (const inProcess of [true, false]) {
  describe(`the gateway's pass-through and the serialised answers (${inProcess ? 'in process' : 'over HTTP'}, ${TEST_DB_KIND})`, () => {
    let system: TestSystem;
    let block: LargeBlock;
    let officer: string;
    let stranger: string;

    beforeAll(async () => {
      system = await startTestSystem({ inProcess });
      block = await insertLargeBlock(system, 24, 4);
      officer = (await system.createUser({ username: 'cb.xa', unitId: block.firstUnitId, roles: [Role.UNIT_OFFICER] })).token;
      const other = await insertUnit(system.orgDb, { name: 'Tỉnh Lào Cai', kind: OrgUnitKind.PROVINCE, code: '10' });
      stranger = (await system.createUser({ username: 'qt.laocai', unitId: other.id, roles: [Role.PROVINCE_ADMIN] })).token;
    }, 120_000);
    afterAll(() => system?.stop());

    const read = (token: string | undefined, doc = RANKING) =>
      system.gql<Ranking>(
        doc,
        doc === RANKING
          ? { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null }
          : { yearId: block.year.id, groupId: block.group.id, unitId: block.firstUnitId },
        token ? { token } : {},
      );
    /** Three reads (the planned path, then through and stored, then from the store) must agree; returns the answer. */
    async function thrice(token: string | undefined, doc = RANKING): Promise<GraphQLResponse<Ranking>> {
      const first = await read(token, doc);
      expect(await read(token, doc)).toEqual(first);
      expect(await read(token, doc)).toEqual(first);
      return first;
    }
    /** The same read with no cache at all. */
    const fresh = async (token: string | undefined) => {
      clearRankingCache(system.scoringDb);
      return read(token);
    };

    it('a published ranking goes through whole and is then served from the stored text, the same for every signed-in caller', async () => {
      const servedBefore = passThroughServed();
      const storedBefore = storedAnswersServed();
      const admin = await thrice(block.adminToken);
      expect(admin.data!.ranking.rows).toHaveLength(24);
      expect(admin.data!.ranking.rows.every((r) => r.index !== null && r.rank !== null)).toBe(true);
      // Planned, then passed through; in process the third is the gateway's stored-answer path (stored-answers.ts).
      expect(passThroughServed() - servedBefore + storedAnswersServed() - storedBefore).toBeGreaterThanOrEqual(2);
      expect(storedAnswersServed() - storedBefore).toBe(inProcess ? 1 : 0);
      expect(responseCacheOf(system.scoringDb).size).toBeGreaterThan(0);
      // Published: every row is public; another province's user reads the same answer.
      expect(await thrice(stranger)).toEqual(admin);
      expect(await fresh(block.adminToken)).toEqual(admin);
    });

    it('before publication each caller gets only his own view, from a cache others warmed', async () => {
      await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.APPRAISAL });
      try {
        const admin = await thrice(block.adminToken);
        expect(admin.data!.ranking.provisional).toBe(true);
        expect(admin.data!.ranking.rows).toHaveLength(24);
        expect(admin.data!.ranking.rows.every((r) => r.index !== null)).toBe(true);

        const own = await thrice(officer);
        expect(own.data!.ranking.rows).toEqual([expect.objectContaining({ unitId: block.firstUnitId, index: null, rank: null })]);
        const none = await thrice(stranger);
        expect(none.data!.ranking.rows).toEqual([]);
        const anonymous = await thrice(undefined);
        expect(anonymous.data ?? null).toBeNull();
        expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

        // The admin's next read, after the others, still shows everything; each view equals a build with no cache.
        expect(await read(block.adminToken)).toEqual(admin);
        expect(await fresh(officer)).toEqual(own);
        expect(await fresh(stranger)).toEqual(none);
        expect(await fresh(block.adminToken)).toEqual(admin);
      } finally {
        await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.PUBLISHED });
      }
    });

    it('an operation spanning both subgraphs takes the planned path', async () => {
      clearRankingCache(system.scoringDb);
      const servedBefore = passThroughServed();
      const answer = await thrice(block.adminToken, RANKING_WITH_ORG);
      expect(passThroughServed()).toBe(servedBefore);
      // In process the planned path's fetches are not stored (over HTTP the subgraph stores its own part, per caller as ever).
      if (inProcess) expect(responseCacheOf(system.scoringDb).size).toBe(0);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.ranking.rows).toHaveLength(24);
      expect((answer.data as unknown as { orgUnit: { name: string } }).orgUnit.name).toBe('Xã Hồng Phong');
    });

    it('published results read by an external app and by nobody signed in are the same stored answer', async () => {
      const { createApiClient } = (
        await system.gql<{ createApiClient: { key: string } }>(
          'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
          { n: 'Cổng dữ liệu' },
          { token: block.adminToken },
        )
      ).data!;
      const body = { p: block.provinceId, y: block.year.year };
      const app = () => system.gql(PUBLISHED, body, { headers: { 'x-api-key': createApiClient.key } });
      const first = await app();
      expect(first.errors).toBeUndefined();
      expect(await app()).toEqual(first);
      expect(await app()).toEqual(first);
      expect(await system.gql(PUBLISHED, body)).toEqual(first);
      // Not published: refused to the app (and not stored), whatever was stored before.
      await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.APPRAISAL });
      try {
        for (let i = 0; i < 2; i++) expect((await app()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      } finally {
        await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.PUBLISHED });
      }
    });
  });
}
