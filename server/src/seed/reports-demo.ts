/**
 * Demo periodic reports and emulation data (issue 10 §5–6): for both demo years, reporting
 * periods with reports on time, late (online or on paper) and missing; a few recognised
 * initiatives; the year's commendation rule. In the year under appraisal (2025), the late-report
 * penalty leaf D.1 and the initiative bonus leaf T.1 become leaves entered by the assessor (no
 * penalty is applied here: the assessor does it at the click, as the inbox asks), and a summary
 * report is still to come, due in 10 days (so a unit can send one on time).
 */
import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import type { Logger } from '../platform/logging/logger';
import { AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { EmulationRuleEntity } from '../subgraphs/scoring/accountability/emulation-rule.entity';
import { InitiativeEntity } from '../subgraphs/scoring/accountability/initiative.entity';
import { ReportPeriodEntity } from '../subgraphs/scoring/accountability/report-period.entity';
import { UnitReportEntity } from '../subgraphs/scoring/accountability/unit-report.entity';
import { RosterEntryEntity } from '../subgraphs/scoring/roster/roster-entry.entity';
import { UnitGroupEntity } from '../subgraphs/scoring/unit-group/unit-group.entity';
import { DEMO_ACCOUNTABILITY_CODES } from './demo-criteria';
import type { OrgDemo } from './org-demo';

type Outcome = 'ON_TIME' | 'LATE' | 'MISSING';

/** A stable outcome per unit and period: most on time, some late, a few missing. */
export function demoOutcome(unitCode: string, periodKey: string): Outcome {
  let h = 7;
  for (const c of `${unitCode}:${periodKey}`) h = (h * 31 + c.charCodeAt(0)) % 100_003;
  const bucket = h % 100;
  return bucket < 72 ? 'ON_TIME' : bucket < 88 ? 'LATE' : 'MISSING';
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function vietnamToday(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const INITIATIVES: {
  year: number;
  unit: 'department' | 'commune' | 'district';
  title: string;
  level: InitiativeEntity['level'];
  no: string;
  date: string;
}[] = [
  {
    year: 2024,
    unit: 'department',
    title: 'Mô hình "Một cửa số thông minh" tại Sở Tư pháp',
    level: 'PROVINCE',
    no: '2156/QĐ-UBND',
    date: '2024-08-20',
  },
  {
    year: 2024,
    unit: 'district',
    title: 'Sáng kiến "Chính quyền thân thiện, gần dân" của thành phố Đông Triều',
    level: 'PROVINCE',
    no: '3012/QĐ-UBND',
    date: '2024-11-05',
  },
  {
    year: 2025,
    unit: 'commune',
    title: 'Mô hình "Phường không giấy tờ" tại phường An Sinh',
    level: 'PROVINCE',
    no: '1480/QĐ-UBND',
    date: '2025-09-12',
  },
  {
    year: 2025,
    unit: 'department',
    title: 'Giải pháp số hóa hồ sơ lý lịch tư pháp',
    level: 'MINISTRY',
    no: '812/QĐ-BTP',
    date: '2025-10-02',
  },
];

/** Seeds once per province: skipped when the province's years have any reporting period. */
export async function ensureReportsDemo(db: DataSource, org: OrgDemo, log: Logger): Promise<boolean> {
  const years = await db.getRepository(AssessmentYearEntity).findBy({ provinceUnitId: org.provinceId });
  if (years.length === 0) return false;
  if ((await db.getRepository(ReportPeriodEntity).countBy({ yearId: In(years.map((y) => y.id)) })) > 0) return false;
  const now = new Date();
  let reports = 0;
  await db.transaction(async (manager) => {
    for (const year of years) {
      const [groups, roster] = await Promise.all([
        manager.findBy(UnitGroupEntity, { yearId: year.id }),
        manager.findBy(RosterEntryEntity, { yearId: year.id }),
      ]);
      const groupIds = groups.map((g) => g.id);
      const y = year.year;
      const plan: { key: string; kind: ReportPeriodEntity['kind']; title: string; dueDate: string; future?: boolean }[] = [
        { key: 'Q1', kind: 'QUARTER', title: `Báo cáo CCHC quý I năm ${y}`, dueDate: `${y}-03-20` },
        { key: 'H1', kind: 'HALF_YEAR', title: `Báo cáo CCHC 6 tháng đầu năm ${y}`, dueDate: `${y}-06-15` },
        { key: 'Q3', kind: 'QUARTER', title: `Báo cáo CCHC quý III năm ${y}`, dueDate: `${y}-09-20` },
        { key: 'Y', kind: 'YEAR', title: `Báo cáo CCHC năm ${y}`, dueDate: `${y}-12-15` },
      ];
      const open = year.status === 'SELF_ASSESSMENT' || year.status === 'APPRAISAL';
      if (open)
        plan.push({ key: 'S', kind: 'YEAR', title: `Báo cáo tổng kết công tác CCHC năm ${y}`, dueDate: vietnamToday(10), future: true });
      const periods = plan.map((p) =>
        manager.create(ReportPeriodEntity, {
          id: randomUUID(),
          yearId: year.id,
          kind: p.kind,
          title: p.title,
          dueDate: p.dueDate,
          groupIds,
          penaltyLeafCode: DEMO_ACCOUNTABILITY_CODES.lateReportPenalty,
          updatedBy: 'demo',
          updatedAt: now,
        }),
      );
      await manager.save(ReportPeriodEntity, periods);
      const rows: UnitReportEntity[] = [];
      plan.forEach((p, i) => {
        if (p.future) return;
        for (const r of roster) {
          // The demo's commune misses the half-year report (the browser suite applies its penalty); its department reports on time.
          const outcome =
            r.unitId === org.communeId && p.key === 'H1'
              ? 'MISSING'
              : r.unitId === org.departmentId
                ? 'ON_TIME'
                : demoOutcome(r.unitCode, `${y}:${p.key}`);
          if (outcome === 'MISSING') continue;
          const late = outcome === 'LATE' ? 1 + (r.unitCode.length % 12) : 0;
          const receivedOn = addDays(p.dueDate, late > 0 ? late : -((r.unitCode.charCodeAt(0) % 5) + 1));
          const paper = r.unitCode.charCodeAt(r.unitCode.length - 1) % 4 === 0;
          rows.push(
            manager.create(UnitReportEntity, {
              id: randomUUID(),
              periodId: periods[i].id,
              yearId: year.id,
              unitId: r.unitId,
              channel: paper ? 'PAPER' : 'ONLINE',
              receivedOn,
              summary: paper
                ? `Công văn báo cáo số ${10 + (r.unitCode.length % 80)}/BC gửi bản giấy`
                : `${p.title}: kết quả thực hiện kế hoạch CCHC, khó khăn, vướng mắc và kiến nghị.`,
              fileId: null,
              submittedBy: paper ? 'thamdinh.qn' : 'demo',
              submittedAt: new Date(`${receivedOn}T02:00:00Z`),
              updatedAt: new Date(`${receivedOn}T02:00:00Z`),
            }),
          );
        }
      });
      for (let i = 0; i < rows.length; i += 200) await manager.insert(UnitReportEntity, rows.slice(i, i + 200));
      reports += rows.length;

      if (open) {
        // The penalty and bonus leaves of the block are the assessor's in the year under appraisal.
        await manager.update(
          CriteriaNodeEntity,
          { yearId: year.id, code: DEMO_ACCOUNTABILITY_CODES.lateReportPenalty },
          {
            enteredByAssessor: true,
            assessorEntryReason: 'Điểm trừ do gửi báo cáo CCHC định kỳ chậm hoặc không gửi, theo theo dõi của Sở Nội vụ',
          },
        );
        await manager.update(
          CriteriaNodeEntity,
          { yearId: year.id, code: DEMO_ACCOUNTABILITY_CODES.initiativeBonus },
          {
            enteredByAssessor: true,
            assessorEntryReason: 'Điểm thưởng theo quyết định công nhận sáng kiến, mô hình của cấp có thẩm quyền',
          },
        );
      }
      await manager.save(
        EmulationRuleEntity,
        manager.create(EmulationRuleEntity, {
          yearId: year.id,
          minClassification: 'GOOD',
          excludeOverdueRemediation: true,
          excludeMissingReports: true,
          excludeLateReports: false,
          updatedBy: 'demo',
          updatedAt: now,
        }),
      );
      const unitIdOf = { department: org.departmentId, commune: org.communeId, district: org.districtId };
      const mine = INITIATIVES.filter((x) => x.year === y && roster.some((r) => r.unitId === unitIdOf[x.unit]));
      if (mine.length)
        await manager.save(
          InitiativeEntity,
          mine.map((x) =>
            manager.create(InitiativeEntity, {
              id: randomUUID(),
              yearId: year.id,
              unitId: unitIdOf[x.unit],
              title: x.title,
              level: x.level,
              decisionNumber: x.no,
              decisionDate: x.date,
              issuer: x.level === 'MINISTRY' ? 'Bộ Tư pháp' : 'UBND tỉnh Quảng Ninh',
              description: null,
              bonusLeafCode: null,
              bonusQuantity: null,
              updatedBy: 'demo',
              updatedAt: now,
            }),
          ),
        );
    }
  });
  log.info({ reports }, 'periodic reports and emulation demo seeded');
  return true;
}
