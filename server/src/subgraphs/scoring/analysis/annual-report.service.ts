import { newWorkbook } from '../../../platform/xlsx/workbook';
import { In } from 'typeorm';
import {
  areaAverages,
  combineSummaries,
  compareYears,
  meanOf,
  summarizeRows,
  type AnalysisScope,
  type ReportSummary,
} from '../../../domain/analysis';
import { compareCodes } from '../../../domain/scoring';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AppError } from '../../../platform/errors/app-error';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYear } from '../assessment-year/year-access';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { addRankingSheet } from '../results/ranking-export';
import { buildRanking, exportRow, fileSlug, provinceNameOf } from '../results/results.read';
import type { FileDownload, Ranking, RankingRow } from '../results/results.types';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { loadAnalysisRows, resolveScope, scopeView, yearNotes } from './analysis.service';
import type { AnnualReport, ReportBucket, ReportGroup, ReportRow, ReportSummaryFigures } from './annual-report.types';

/** Units listed as the top and the bottom of each group. */
const TOP = 3;

/** Figures the annual report would carry once the modules that hold them exist (see the note). */
const MISSING_SECTIONS = [
  'Kết quả khắc phục sau đánh giá (kế hoạch khắc phục của các đơn vị): chưa có trong hệ thống.',
  'Tình hình gửi báo cáo CCHC định kỳ (đúng hạn, chậm, thiếu): chưa có trong hệ thống.',
];

const pct = (v: number | null): number | null => (v === null ? null : v / 100);

function figures(year: AssessmentYearEntity, s: ReportSummary, deltas: (number | null)[]): ReportSummaryFigures {
  const bands = new Map(year.bands.map((b) => [b.code, b]));
  const distribution: ReportBucket[] = s.distribution.map((d) => {
    const band = bands.get(d.code)!;
    return { code: d.code, label: band.labelVi, labelEn: band.labelEn, color: band.color, count: d.count, share: pct(d.share) };
  });
  const comparable = deltas.filter((d): d is number => d !== null);
  return {
    unitCount: s.unitCount,
    rankedCount: s.rankedCount,
    averageIndex: pct(s.averageIndex),
    distribution,
    comparableCount: comparable.length,
    averageDelta: pct(meanOf(comparable)),
  };
}

/** Last year's index per unit (itself or its predecessors combined), when the caller may read that year. */
async function yearOverYear(
  ctx: RequestContext,
  year: AssessmentYearEntity,
  scope: AnalysisScope,
): Promise<{ baseYear: number | null; byUnit: Map<string, { baseIndex: number | null; delta: number | null }> }> {
  const empty = { baseYear: null, byUnit: new Map() };
  const base = await ctx.db.getRepository(AssessmentYearEntity).findOneBy({ provinceUnitId: year.provinceUnitId, year: year.year - 1 });
  if (!base) return empty;
  try {
    await resolveScope(ctx, base, null);
  } catch (e) {
    if (e instanceof AppError) return empty;
    throw e;
  }
  const current = (await loadAnalysisRows(ctx.db, year.id, scope)).filter((r) => r.rankable);
  const wanted = [...new Set(current.flatMap((u) => [u.unitId, ...u.predecessorUnitIds]))];
  const baseRows = (await loadAnalysisRows(ctx.db, base.id, { kind: 'PROVINCE' }, { unitIds: wanted })).filter((r) => r.rankable);
  const units = compareYears(current, baseRows).units;
  return { baseYear: base.year, byUnit: new Map(units.map((u) => [u.unitId, { baseIndex: u.baseIndex, delta: u.delta }])) };
}

function reportRow(r: RankingRow, change: { baseIndex: number | null; delta: number | null } | undefined): ReportRow {
  return {
    rank: r.rank,
    unitId: r.unitId,
    unitName: r.unitName,
    index: r.index,
    provisional: r.provisional,
    classification: r.classification,
    headRating: r.headRating,
    baseIndex: pct(change?.baseIndex ?? null),
    delta: pct(change?.delta ?? null),
  };
}

interface BuiltReport {
  report: AnnualReport;
  rankings: Ranking[];
}

/**
 * One document across all groups: the rankings are the same ones the ranking page shows
 * (buildRanking, a few statements per group), so the report's totals are the rankings' totals.
 */
async function buildReport(ctx: ScoringContext, yearId: string, districtId: string | null): Promise<BuiltReport> {
  const year = await getYear(ctx.db.manager, yearId);
  const scope = await resolveScope(ctx, year, districtId);
  const groups = await ctx.db.getRepository(UnitGroupEntity).find({ where: { yearId: year.id }, order: { sortOrder: 'ASC', code: 'ASC' } });
  const assessor = scope.kind === 'DISTRICT' ? scope.districtUnitId : null;
  const [rankingsAll, yoy, notes, nodes, view, provinceName] = await Promise.all([
    Promise.all(groups.map((g) => buildRanking(ctx, year, g, assessor))),
    yearOverYear(ctx, year, scope),
    yearNotes(ctx.db, year.id),
    ctx.db.getRepository(CriteriaNodeEntity).find({
      where: { groupId: In(groups.map((g) => g.id)) },
      select: { groupId: true, code: true, title: true },
    }),
    scopeView(ctx.db, year.id, scope),
    provinceNameOf(ctx, year),
  ]);
  // A district's report has its communes' groups only.
  const rankings = rankingsAll.filter((r) => scope.kind === 'PROVINCE' || r.rows.length > 0);
  const summaries: ReportSummary[] = [];
  const allDeltas: (number | null)[] = [];
  const reportGroups: ReportGroup[] = rankings.map((ranking) => {
    const inputs = ranking.rows.map((r) => ({
      index: r.index === null ? null : Math.round(r.index * 100),
      ranked: !r.provisional && r.rank !== null,
      classificationCode: r.classification?.code ?? null,
      areas: r.areas.map((a) => ({ code: a.code, index: a.index === null ? null : Math.round(a.index * 100) })),
    }));
    const summary = summarizeRows(inputs, year.bands);
    summaries.push(summary);
    const rows = ranking.rows.map((r) => reportRow(r, yoy.byUnit.get(r.unitId)));
    const deltas = ranking.rows.filter((r) => !r.provisional).map((r) => yoy.byUnit.get(r.unitId)?.delta ?? null);
    allDeltas.push(...deltas);
    const ranked = rows.filter((r) => !r.provisional && r.rank !== null);
    return {
      groupId: ranking.groupId,
      code: ranking.groupCode,
      name: ranking.groupName,
      summary: figures(year, summary, deltas),
      areas: areaAverages(inputs, ranking.areas).map((a) => ({ code: a.code, title: a.title, averageIndex: pct(a.average) })),
      top: ranked.slice(0, TOP),
      bottom: ranked.length > TOP ? ranked.slice(Math.max(TOP, ranked.length - TOP)) : [],
      rows,
    };
  });
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const titleOf = new Map(nodes.map((n) => [`${n.groupId}|${n.code}`, n.title]));
  const shownGroups = new Set(rankings.map((r) => r.groupId));
  return {
    rankings,
    report: {
      yearId: year.id,
      year: year.year,
      yearName: year.name,
      provinceName,
      scope: view,
      generatedAt: new Date(),
      baseYear: yoy.baseYear,
      summary: figures(year, combineSummaries(summaries, year.bands), allDeltas),
      groups: reportGroups,
      notes: notes
        .filter((n) => shownGroups.has(n.groupId))
        .sort(
          (a, b) =>
            groups.findIndex((g) => g.id === a.groupId) - groups.findIndex((g) => g.id === b.groupId) || compareCodes(a.code, b.code),
        )
        .map((n) => ({
          groupName: groupName.get(n.groupId) ?? '',
          code: n.code,
          title: titleOf.get(`${n.groupId}|${n.code}`) ?? '',
          cause: n.cause,
          solution: n.solution,
        })),
      missingSections: MISSING_SECTIONS,
    },
  };
}

export async function annualReport(ctx: ScoringContext, yearId: string, districtId: string | null): Promise<AnnualReport> {
  return (await buildReport(ctx, yearId, districtId)).report;
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? null : v);

/** The annual report as a workbook: summary, one ranking sheet per group (the ranking export's layout), analysis notes. */
export async function exportAnnualReport(ctx: ScoringContext, yearId: string, districtId: string | null): Promise<FileDownload> {
  const { report, rankings } = await buildReport(ctx, yearId, districtId);
  const workbook = await newWorkbook();
  workbook.creator = 'PAR Index';
  workbook.created = report.generatedAt;
  const owner = report.scope.kind === 'DISTRICT' ? `UBND ${report.scope.districtName ?? ''}` : report.provinceName;

  const summary = workbook.addWorksheet('Tổng hợp');
  summary.columns = [
    { width: 38 },
    { width: 14 },
    { width: 14 },
    { width: 16 },
    { width: 18 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
  ];
  const line = (values: (string | number | null)[], bold = false) => {
    const row = summary.addRow(values);
    if (bold) row.font = { bold: true };
    return row;
  };
  line([owner.toUpperCase(), null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], true);
  line([null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'], true);
  line([]);
  const title = line([`BÁO CÁO KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${report.year}`], true);
  title.font = { bold: true, size: 14 };
  line([report.scope.kind === 'DISTRICT' ? `Các xã do ${report.scope.districtName ?? ''} đánh giá` : report.yearName]);
  line([]);
  const bandLabels = report.summary.distribution.map((d) => d.label);
  line(
    [
      'Khối',
      'Số đơn vị',
      'Đã xếp hạng',
      'Chỉ số trung bình (%)',
      `Tăng/giảm so với ${report.baseYear ?? 'năm trước'} (điểm %)`,
      ...bandLabels,
    ],
    true,
  );
  const numbers = (s: ReportSummaryFigures) => [
    s.unitCount,
    s.rankedCount,
    fmt(s.averageIndex),
    fmt(s.averageDelta),
    ...s.distribution.map((d) => d.count),
  ];
  for (const g of report.groups) line([g.name, ...numbers(g.summary)]);
  line(['Toàn bộ', ...numbers(report.summary)], true);
  line([]);
  line(['Chỉ số trung bình theo lĩnh vực (%)'], true);
  for (const g of report.groups) {
    line([g.name], true);
    for (const a of g.areas) line([`${a.code}. ${a.title}`, fmt(a.averageIndex)]);
  }
  line([]);
  line(['Đơn vị dẫn đầu và cuối bảng'], true);
  for (const g of report.groups) {
    line([g.name], true);
    for (const r of [...g.top, ...g.bottom]) line([r.unitName, r.rank, fmt(r.index), r.classification?.label ?? null]);
  }
  line([]);
  for (const m of report.missingSections) line([m]);
  summary.eachRow((row) =>
    row.eachCell((cell) => typeof cell.value === 'number' && !Number.isInteger(cell.value) && (cell.numFmt = '0.00')),
  );

  const used = new Set<string>();
  for (const r of rankings) {
    // Sheet names: at most 31 characters, unique.
    let name = `XH ${r.groupCode}`.slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `XH ${r.groupCode} ${i}`.slice(0, 31);
    used.add(name);
    addRankingSheet(workbook, name, {
      title: `${report.yearName} — ${r.groupName}`,
      provinceName: owner,
      areas: r.areas,
      generatedAt: report.generatedAt,
      notes: r.warnings.map((w) => w.message),
      rows: r.rows.map(exportRow),
    });
  }

  const notes = workbook.addWorksheet('Phân tích');
  notes.columns = [{ width: 24 }, { width: 8 }, { width: 40 }, { width: 60 }, { width: 60 }];
  notes.addRow(['Khối', 'Mã', 'Tiêu chí', 'Nguyên nhân', 'Giải pháp']).font = { bold: true };
  for (const n of report.notes)
    notes.addRow([n.groupName, n.code, n.title, n.cause, n.solution]).alignment = { wrapText: true, vertical: 'top' };

  const bytes = await workbook.xlsx.writeBuffer();
  const scopePart = report.scope.kind === 'DISTRICT' ? `-${fileSlug(report.scope.districtName ?? 'huyen')}` : '';
  return {
    fileName: `bao-cao-chi-so-cchc-${report.year}${scopePart}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(bytes as ArrayBuffer).toString('base64'),
  };
}
