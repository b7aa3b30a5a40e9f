/**
 * Demo inspections and remediation (issue 10 §3–4, §7) for Quảng Ninh, written through the same
 * services an official uses (saveInspection, actOnRemediation, createRemediationItem), so the
 * penalties go through the assessor-entered leaf D.2 and the results are recomputed exactly as in
 * the admin, and the audit trail and item history are real.
 *
 * - 2025 (under appraisal): Sở Tư pháp (CCHC inspection, a penalty, an open item and an overdue
 *   one), Phường An Sinh (public duty inspection, a penalty; one item reported and waiting for
 *   the province, one closed), a third commune with an item returned and overdue.
 * - 2024 (published: no penalty may change it): findings without penalty; Sở Tư pháp keeps an
 *   overdue item on leaf D.2 (shown beside D.2 on its 2025 sheet), a Đông Triều commune has one
 *   closed by the district and one overdue.
 * Deadlines of pending 2025 items are relative to today (Vietnam time), so "overdue" and "open"
 * hold whenever `pnpm start` runs; 2024's are fixed days long past.
 */
import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import type { Logger } from '../platform/logging/logger';
import type { UserActor } from '../platform/auth/tokens';
import { AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { InspectionEntity } from '../subgraphs/scoring/accountability/inspection.entity';
import { saveInspection } from '../subgraphs/scoring/accountability/inspection.service';
import { InspectionKindEnum, RemediationActionEnum } from '../subgraphs/scoring/accountability/inspection.types';
import { actOnRemediation } from '../subgraphs/scoring/accountability/remediation.service';
import { RemediationItemEntity } from '../subgraphs/scoring/accountability/remediation.entity';
import { Role } from '../platform/auth/roles';
import { RosterEntryEntity } from '../subgraphs/scoring/roster/roster-entry.entity';
import { createScoringLoaders, type ScoringContext } from '../subgraphs/scoring/scoring-context';
import { DEMO_ACCOUNTABILITY_CODES } from './demo-criteria';
import type { OrgDemo } from './org-demo';

/** The Vietnam calendar day `days` from today. */
function vnDay(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export async function ensureInspectionsDemo(scoringDb: DataSource, org: OrgDemo, log: Logger, config: AppConfig): Promise<boolean> {
  const years = await scoringDb.getRepository(AssessmentYearEntity).findBy({ provinceUnitId: org.provinceId });
  const y2024 = years.find((y) => y.year === 2024);
  const y2025 = years.find((y) => y.year === 2025);
  if (!y2024 || !y2025) return false;
  const yearIds = [y2024.id, y2025.id];
  if (
    (await scoringDb.getRepository(InspectionEntity).createQueryBuilder('i').where('i.year_id IN (:...yearIds)', { yearIds }).getCount()) >
    0
  )
    return false;

  // Violations concluded by inspections (D.2) are the assessor's to enter, in every set of both years.
  await scoringDb
    .getRepository(CriteriaNodeEntity)
    .createQueryBuilder()
    .update()
    .set({
      enteredByAssessor: true,
      assessorEntryReason: 'Điểm trừ theo kết luận kiểm tra CCHC, kiểm tra công vụ của cơ quan có thẩm quyền (ghi nhận tại mục Kiểm tra).',
    })
    .where('year_id IN (:...yearIds) AND code = :code', { yearIds, code: DEMO_ACCOUNTABILITY_CODES.inspectionPenalty })
    .execute();
  const d2 = new Map(
    (
      await scoringDb
        .getRepository(CriteriaNodeEntity)
        .createQueryBuilder('n')
        .where('n.year_id IN (:...yearIds) AND n.code = :code', { yearIds, code: DEMO_ACCOUNTABILITY_CODES.inspectionPenalty })
        .getMany()
    ).map((n) => [n.groupId, n.id]),
  );

  const ctxFor = (username: string): ScoringContext => {
    const user = org.users[username];
    if (!user) throw new Error(`demo user ${username} missing`);
    const actor: UserActor = {
      kind: 'user',
      userId: user.id,
      username,
      unitId: user.unitId,
      roles: user.roles,
      provinceUnitId: org.provinceId,
      sessionId: null,
    };
    return {
      requestId: `seed-${randomUUID()}`,
      locale: 'vi',
      actor,
      clientIp: '127.0.0.1',
      db: scoringDb,
      config,
      log,
      loaders: createScoringLoaders(scoringDb),
    };
  };
  const admin = ctxFor('admin.qn');
  const roster = await scoringDb.getRepository(RosterEntryEntity).findBy({ yearId: In(yearIds) });
  const entry = (yearId: string, unitId: string) => roster.find((r) => r.yearId === yearId && r.unitId === unitId);
  const act = (ctx: ScoringContext, id: string, action: RemediationActionEnum, note: string | null, evidence: object[] = []) =>
    actOnRemediation(ctx, { id, action, note, evidence });

  // ---------------------------------------------------------------- 2025 (under appraisal)
  const stp25 = entry(y2025.id, org.departmentId);
  if (stp25) {
    const ins = await saveInspection(admin, {
      yearId: y2025.id,
      unitId: org.departmentId,
      kind: InspectionKindEnum.CCHC,
      date: '2025-10-14',
      team: 'Đoàn kiểm tra CCHC tỉnh (Sở Nội vụ chủ trì)',
      decisionNumber: '1856/QĐ-UBND',
      conclusion: 'Đơn vị cơ bản thực hiện tốt nhiệm vụ CCHC; còn một số hạn chế cần khắc phục.',
      findings: [
        {
          text: 'Chưa niêm yết công khai đầy đủ 3 thủ tục hành chính mới được công bố tại Bộ phận Một cửa',
          criterionId: d2.get(stp25.groupId) ?? null,
          quantity: d2.has(stp25.groupId) ? 1 : null,
          deadline: vnDay(25),
        },
        { text: 'Chưa cập nhật kế hoạch CCHC năm sau khi có điều chỉnh nhiệm vụ của UBND tỉnh', deadline: vnDay(-12) },
      ],
    });
    log.debug({ inspection: ins.id }, 'demo inspection');
  }
  const ansinh25 = entry(y2025.id, org.communeId);
  if (ansinh25) {
    const ins = await saveInspection(admin, {
      yearId: y2025.id,
      unitId: org.communeId,
      kind: InspectionKindEnum.CONG_VU,
      date: '2025-11-05',
      team: 'Đoàn kiểm tra công vụ tỉnh',
      decisionNumber: '2011/QĐ-UBND',
      conclusion: null,
      findings: [
        {
          text: '2 công chức đến muộn, không đeo thẻ công chức khi tiếp công dân',
          criterionId: d2.get(ansinh25.groupId) ?? null,
          quantity: d2.has(ansinh25.groupId) ? 2 : null,
          deadline: vnDay(10),
        },
        { text: 'Sổ theo dõi hồ sơ tại Bộ phận Một cửa ghi chưa đầy đủ', deadline: vnDay(-30) },
      ],
    });
    const officer = ctxFor('canbo.ansinh');
    const [first, second] = ins.findings;
    if (first?.remediationId)
      await act(
        officer,
        first.remediationId,
        RemediationActionEnum.REPORT,
        'Đã tổ chức kiểm điểm 2 công chức, quán triệt việc đeo thẻ khi thi hành công vụ.',
        [{ documentNumber: '15/BB-UBND', documentDate: '2025-11-20', issuer: 'UBND phường An Sinh', title: 'Biên bản họp kiểm điểm' }],
      );
    if (second?.remediationId) {
      await act(officer, second.remediationId, RemediationActionEnum.REPORT, 'Đã bổ sung đầy đủ sổ theo dõi hồ sơ.', [
        { documentNumber: '22/BC-UBND', title: 'Báo cáo kết quả khắc phục' },
      ]);
      await act(admin, second.remediationId, RemediationActionEnum.ACCEPT, null);
    }
  }
  const thirdCommune = roster.find(
    (r) => r.yearId === y2025.id && r.unitKind === 'COMMUNE' && r.unitId !== org.communeId && r.assessorUnitId === org.provinceId,
  );
  if (thirdCommune) {
    const ins = await saveInspection(admin, {
      yearId: y2025.id,
      unitId: thirdCommune.unitId,
      kind: InspectionKindEnum.CCHC,
      date: '2025-09-18',
      team: 'Đoàn kiểm tra CCHC tỉnh',
      decisionNumber: '1702/QĐ-UBND',
      conclusion: null,
      findings: [{ text: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp, chưa có giải pháp nâng cao', deadline: vnDay(-5) }],
    });
    const id = ins.findings[0]?.remediationId;
    if (id) {
      const officerCtx: ScoringContext = {
        ...admin,
        actor: {
          ...(admin.actor as UserActor),
          userId: randomUUID(),
          username: `canbo.${thirdCommune.unitCode}`,
          unitId: thirdCommune.unitId,
          roles: [Role.UNIT_OFFICER],
          provinceUnitId: org.provinceId,
        },
        loaders: createScoringLoaders(scoringDb),
      };
      await act(officerCtx, id, RemediationActionEnum.REPORT, 'Đã tuyên truyền người dân nộp hồ sơ trực tuyến.');
      await act(admin, id, RemediationActionEnum.RETURN, 'Chưa có số liệu chứng minh tỷ lệ hồ sơ trực tuyến tăng; đề nghị bổ sung.');
    }
  }

  // ---------------------------------------------------------------- 2024 (published: no penalty)
  if (entry(y2024.id, org.departmentId)) {
    const ins = await saveInspection(admin, {
      yearId: y2024.id,
      unitId: org.departmentId,
      kind: InspectionKindEnum.CCHC,
      date: '2024-09-10',
      team: 'Đoàn kiểm tra CCHC tỉnh',
      decisionNumber: '1533/QĐ-UBND',
      conclusion: null,
      findings: [
        { text: 'Chậm cập nhật quy trình nội bộ giải quyết TTHC lên Hệ thống thông tin giải quyết TTHC', deadline: '2024-12-31' },
        { text: 'Còn hồ sơ giải quyết quá hạn chưa có văn bản xin lỗi tổ chức, cá nhân', deadline: '2025-03-31' },
      ],
    });
    // The second stays open past its deadline: the 2025 sheet shows it beside D.2.
    const [first, second] = ins.findings;
    const officer = ctxFor('canbo.sotuphap');
    if (first?.remediationId) {
      await act(officer, first.remediationId, RemediationActionEnum.REPORT, 'Đã cập nhật đầy đủ quy trình nội bộ.', [
        { documentNumber: '310/STP-VP', title: 'Công văn báo cáo kết quả' },
      ]);
      await act(admin, first.remediationId, RemediationActionEnum.ACCEPT, null);
    }
    if (second?.remediationId) {
      const d2Leaf = d2.get(entry(y2024.id, org.departmentId)!.groupId);
      if (d2Leaf)
        await scoringDb
          .getRepository(RemediationItemEntity)
          .update({ id: second.remediationId }, { criterionId: d2Leaf, criterionCode: DEMO_ACCOUNTABILITY_CODES.inspectionPenalty });
    }
  }
  const dtCommune = roster.find(
    (r) => r.yearId === y2024.id && r.parentDistrictId === org.districtId && r.assessorUnitId === org.districtId,
  );
  if (dtCommune && org.users['chutich.dongtrieu']) {
    const chair = ctxFor('chutich.dongtrieu');
    const ins = await saveInspection(chair, {
      yearId: y2024.id,
      unitId: dtCommune.unitId,
      kind: InspectionKindEnum.CONG_VU,
      date: '2024-10-22',
      team: 'Đoàn kiểm tra công vụ thành phố Đông Triều',
      decisionNumber: '845/QĐ-UBND',
      conclusion: null,
      findings: [
        { text: 'Chưa bố trí đủ công chức làm việc tại Bộ phận Một cửa vào buổi sáng thứ Bảy', deadline: '2024-12-15' },
        { text: 'Hộp thư góp ý đặt ở vị trí khó tiếp cận', deadline: '2025-01-31' },
      ],
    });
    const id = ins.findings[1]?.remediationId;
    if (id) {
      const officerCtx: ScoringContext = {
        ...chair,
        actor: {
          ...(chair.actor as UserActor),
          userId: randomUUID(),
          username: `canbo.${dtCommune.unitCode}`,
          unitId: dtCommune.unitId,
          roles: [Role.UNIT_OFFICER],
        },
        loaders: createScoringLoaders(scoringDb),
      };
      await act(officerCtx, id, RemediationActionEnum.REPORT, 'Đã chuyển hộp thư góp ý ra sảnh Bộ phận Một cửa.', [
        { title: 'Ảnh chụp vị trí mới' },
      ]);
      await act(chair, id, RemediationActionEnum.ACCEPT, null);
    }
  }
  log.info('demo inspections and remediation seeded');
  return true;
}
