import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { compareCodes, historyAccess } from '../../../domain/scoring';
import type { Connection } from '../../../platform/graphql/connection';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { OrgUnitRef } from '../org-unit-ref';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import type { EvidenceItem } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { accessView, actionStates, currentDeadline, getSheet, getSheetFor, isOverdue, listSheets, lockReason } from './score-sheet.read';
import * as service from './score-sheet.service';
import {
  AppraisalEntryInput,
  asPoints,
  ComponentIndex,
  EvidenceReference,
  ExplanationEntryInput,
  ExplanationRequestInput,
  ReopenTarget,
  ScoreEntryView,
  ScoreSheetConnection,
  ScoreSheetsArgs,
  SelfAssessmentEntryInput,
  SheetActionKind,
  SheetActionState,
  SheetProgress,
  SheetStatus,
  SheetTotals,
  RuleReviewNotice,
} from './score-sheet.types';
import { detailsFor, disclosureFor, effectiveState, toDomainActor } from './sheet-access';
import { isAssessorSide, type ResultDisclosure } from '../../../domain/scoring';
import { DateScalar } from '../../../platform/graphql/scalars';
import type { UnitResultEntity } from '../results/unit-result.entity';

/** A stored result as the caller may see it: hidden figures are null (visibility rules in domain/scoring/visibility). */
/** The stored figures a SheetTotals shows (hot reads pass plain rows with just these). */
export type TotalsSource = Pick<
  UnitResultEntity,
  | 'maxApplicable'
  | 'selfTotal'
  | 'appraisedTotal'
  | 'surveyPoints'
  | 'bonusPoints'
  | 'penaltyPoints'
  | 'index'
  | 'selfIndex'
  | 'gapPoints'
  | 'gapIndex'
  | 'appraisedFilled'
  | 'leafTotal'
>;

export function totalsOf(result: TotalsSource, shown: ResultDisclosure): SheetTotals {
  const appraised = (h: number | null) => (shown.appraisal ? asPoints(h) : null);
  const indexed = (h: number | null) => (shown.index ? asPoints(h) : null);
  return {
    maxApplicable: asPoints(result.maxApplicable) ?? 0,
    selfTotal: asPoints(result.selfTotal) ?? 0,
    appraisedTotal: appraised(result.appraisedTotal),
    surveyPoints: asPoints(result.surveyPoints) ?? 0,
    bonusPoints: appraised(result.bonusPoints),
    penaltyPoints: appraised(result.penaltyPoints),
    index: indexed(result.index),
    selfIndex: asPoints(result.selfIndex),
    gapPoints: appraised(result.gapPoints),
    gapIndex: indexed(result.gapIndex),
    provisional: shown.provisional,
    appraisalComplete: shown.complete,
    appraisedCriteria: result.appraisedFilled,
    criteriaToAppraise: result.leafTotal,
  };
}

export function componentOf(c: UnitResultEntity['areas'][number], shown: ResultDisclosure): ComponentIndex {
  return {
    criterionId: c.nodeId,
    code: c.code,
    title: c.title,
    maxPoints: asPoints(c.maxPoints) ?? 0,
    maxApplicable: asPoints(c.maxApplicable) ?? 0,
    selfPoints: asPoints(c.selfPoints) ?? 0,
    finalPoints: shown.appraisal ? (asPoints(c.finalPoints) ?? 0) : null,
    index: shown.index ? asPoints(c.index) : null,
    selfIndex: asPoints(c.selfIndex),
  };
}

/** What the caller may see of this sheet's figures now. */
async function disclosureOf(ctx: ScoringContext, sheet: ScoreSheetEntity): Promise<ResultDisclosure> {
  const view = await accessView(ctx, sheet);
  return disclosureFor(ctx.actor, view, effectiveState(view));
}

/**
 * "Cần rà soát" is the appraisers' business: shown to the assessor side where it sees appraised
 * points, never to the unit (it would tell the unit its points are being looked at again).
 */
function ruleReviewShown(ctx: ScoringContext, shown: ResultDisclosure): boolean {
  return shown.appraisal && ctx.actor.kind === 'user' && isAssessorSide(toDomainActor(ctx.actor));
}

@Resolver(() => ScoreSheetEntity)
export class ScoreSheetResolver {
  // ---- queries

  @Query(() => ScoreSheetEntity, { description: 'Một phiếu đánh giá (chỉ khi người dùng được xem theo phân cấp).' })
  scoreSheet(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string): Promise<ScoreSheetEntity> {
    return getSheet(ctx, id);
  }

  @Query(() => ScoreSheetEntity, {
    nullable: true,
    description: 'The sheet of a unit in a year (null when the unit is not on the roster).',
  })
  scoreSheetFor(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('unitId', () => ID) unitId: string,
  ): Promise<ScoreSheetEntity | null> {
    return getSheetFor(ctx, yearId, unitId);
  }

  @Query(() => ScoreSheetConnection, {
    description: 'Sheets of a year the current user may read (dashboards: status, progress, deadline, totals), in Vietnamese name order.',
  })
  scoreSheets(@Ctx() ctx: ScoringContext, @Args() args: ScoreSheetsArgs): Promise<Connection<ScoreSheetEntity>> {
    return listSheets(ctx, args);
  }

  // ---- mutations

  @Mutation(() => ScoreSheetEntity, {
    description:
      'Lưu tự đánh giá: all given leaves in one transaction; any bad entry → BAD_USER_INPUT listing the codes, stale version → CONFLICT; nothing written on error.',
  })
  saveSelfAssessment(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('entries', () => [SelfAssessmentEntryInput]) entries: SelfAssessmentEntryInput[],
  ): Promise<ScoreSheetEntity> {
    return service.saveSelfAssessment(ctx, sheetId, version, entries);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Nộp phiếu tự đánh giá (every applicable leaf must be self-scored).' })
  submitSelfAssessment(@Ctx() ctx: ScoringContext, @Arg('sheetId', () => ID) sheetId: string, @Arg('version', () => Int) version: number) {
    return service.submitSelfAssessment(ctx, sheetId, version);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Rút lại phiếu đã nộp (until the appraisal starts).' })
  withdrawSubmission(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return service.withdrawSubmission(ctx, sheetId, version, reason ?? null);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Bắt đầu thẩm định (appraiser of the assessor unit).' })
  startAppraisal(@Ctx() ctx: ScoringContext, @Arg('sheetId', () => ID) sheetId: string, @Arg('version', () => Int) version: number) {
    return service.startAppraisal(ctx, sheetId, version);
  }

  @Mutation(() => ScoreSheetEntity, {
    description: 'Lưu điểm thẩm định vòng 1 hoặc 2. Without points the computed points are accepted; a different value needs a note.',
  })
  saveAppraisal(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('round', () => Int, { description: '1 (before explanation) or 2 (after it).' }) round: number,
    @Arg('entries', () => [AppraisalEntryInput]) entries: AppraisalEntryInput[],
  ) {
    return service.saveAppraisal(ctx, sheetId, version, round, entries);
  }

  @Mutation(() => ScoreSheetEntity, {
    description:
      'Thẩm định viên xác nhận đã rà soát và giữ nguyên điểm thẩm định của các tiêu chí được đánh dấu "cần rà soát" sau khi bộ chỉ số được sửa (có ghi nhật ký). Đổi điểm thì dùng saveAppraisal.',
  })
  confirmRuleReview(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('criterionIds', () => [ID]) criterionIds: string[],
  ) {
    return service.confirmRuleReview(ctx, sheetId, version, criterionIds);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Đề nghị đơn vị giải trình các tiêu chí đã chọn.' })
  requestExplanation(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('items', () => [ExplanationRequestInput]) items: ExplanationRequestInput[],
  ) {
    return service.requestExplanation(ctx, sheetId, version, items);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Lưu nội dung giải trình và minh chứng bổ sung (unit).' })
  saveExplanation(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('items', () => [ExplanationEntryInput]) items: ExplanationEntryInput[],
  ) {
    return service.saveExplanation(ctx, sheetId, version, items);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Gửi giải trình cho đơn vị thẩm định.' })
  submitExplanation(@Ctx() ctx: ScoringContext, @Arg('sheetId', () => ID) sheetId: string, @Arg('version', () => Int) version: number) {
    return service.submitExplanation(ctx, sheetId, version);
  }

  @Mutation(() => ScoreSheetEntity, {
    description: 'Kết thúc giải trình khi đơn vị không giải trình đúng hạn (appraiser, after the explanation deadline).',
  })
  closeExplanation(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return service.closeExplanation(ctx, sheetId, version, reason ?? null);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Hoàn thành thẩm định (every applicable leaf must have appraisal points).' })
  completeAppraisal(@Ctx() ctx: ScoringContext, @Arg('sheetId', () => ID) sheetId: string, @Arg('version', () => Int) version: number) {
    return service.completeAppraisal(ctx, sheetId, version);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Chủ tịch trả lại để thẩm định lại.' })
  returnToAppraisal(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return service.returnToAppraisal(ctx, sheetId, version, reason ?? null);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Chủ tịch đơn vị đánh giá phê duyệt kết quả.' })
  approveScoreSheet(@Ctx() ctx: ScoringContext, @Arg('sheetId', () => ID) sheetId: string, @Arg('version', () => Int) version: number) {
    return service.approveScoreSheet(ctx, sheetId, version);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Quản trị tỉnh mở lại phiếu (audited; a reason is required).' })
  reopenScoreSheet(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('target', () => ReopenTarget) target: ReopenTarget,
    @Arg('reason') reason: string,
  ) {
    return service.reopenScoreSheet(ctx, sheetId, version, target, reason);
  }

  // ---- fields

  @FieldResolver(() => SheetStatus, { description: 'Trạng thái (FINALIZED/PUBLISHED follow the year).' })
  async status(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<SheetStatus> {
    const year = await ctx.loaders.scoreSheets.yearById.load(sheet.yearId);
    return (year ? effectiveState({ sheet, year }) : sheet.status) as SheetStatus;
  }

  @FieldResolver(() => AssessmentYearEntity)
  async year(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<AssessmentYearEntity> {
    return (await accessView(ctx, sheet)).year;
  }

  @FieldResolver(() => UnitGroupEntity, { description: 'Khối của đơn vị trong kỳ.' })
  async group(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<UnitGroupEntity> {
    return (await accessView(ctx, sheet)).group;
  }

  @FieldResolver(() => OrgUnitRef, { description: 'The assessed unit (resolved by the org subgraph).' })
  unit(@Root() sheet: ScoreSheetEntity): OrgUnitRef {
    return { id: sheet.unitId };
  }

  @FieldResolver(() => String, { description: 'Mã đơn vị (theo danh sách đã chốt).' })
  async unitCode(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<string> {
    return (await accessView(ctx, sheet)).roster.unitCode;
  }

  @FieldResolver(() => OrgUnitRef, { description: 'The assessor unit.' })
  assessorUnit(@Root() sheet: ScoreSheetEntity): OrgUnitRef {
    return { id: sheet.assessorUnitId };
  }

  @FieldResolver(() => String, { description: 'Tên đơn vị đánh giá.' })
  async assessorUnitName(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<string> {
    return (await accessView(ctx, sheet)).roster.assessorUnitName;
  }

  @FieldResolver(() => SheetTotals, { description: 'Tổng điểm, chỉ số và chênh lệch như hiện tại.' })
  async totals(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<SheetTotals | null> {
    const [result, shown] = await Promise.all([ctx.loaders.scoreSheets.resultBySheet.load(sheet.id), disclosureOf(ctx, sheet)]);
    return result ? totalsOf(result, shown) : null;
  }

  @FieldResolver(() => RuleReviewNotice, {
    nullable: true,
    description: 'Null, or the appraised leaves whose rule changed after they were scored (for the appraiser to review).',
  })
  async ruleReview(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<RuleReviewNotice | null> {
    const l = ctx.loaders.scoreSheets;
    const [nodes, entries, shown] = await Promise.all([
      l.nodesByGroup.load(sheet.groupId),
      l.entriesBySheet.load(sheet.id),
      disclosureOf(ctx, sheet),
    ]);
    if (!ruleReviewShown(ctx, shown)) return null;
    const flagged = new Set(entries.filter((e) => e.ruleReview).map((e) => e.criterionId));
    const codes = nodes
      .filter((n) => flagged.has(n.id))
      .map((n) => n.code)
      .sort(compareCodes);
    if (codes.length === 0) return null;
    const list = codes.join(', ');
    return {
      count: codes.length,
      criteria: codes,
      message:
        ctx.locale === 'en'
          ? `The criteria set was changed after appraisal: the appraised points of ${codes.length} criteria (${list}) were given under the old rule; the appraiser should review them.`
          : `Bộ chỉ số đã được sửa sau khi thẩm định: điểm thẩm định của ${codes.length} tiêu chí (${list}) được chấm theo quy tắc cũ, thẩm định viên cần rà soát lại.`,
    };
  }

  @FieldResolver(() => Int, {
    description: 'Số tiêu chí "cần rà soát" (điểm thẩm định chấm theo quy tắc cũ) — cho bên thẩm định; 0 với đơn vị.',
  })
  async ruleReviewCount(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<number> {
    const [count, shown] = await Promise.all([ctx.loaders.scoreSheets.ruleReviewCountBySheet.load(sheet.id), disclosureOf(ctx, sheet)]);
    return ruleReviewShown(ctx, shown) ? count : 0;
  }

  @FieldResolver(() => SheetProgress)
  async progress(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<SheetProgress> {
    const result = await ctx.loaders.scoreSheets.resultBySheet.load(sheet.id);
    return { total: result?.leafTotal ?? 0, filled: result?.selfFilled ?? 0, appraised: result?.appraisedFilled ?? 0 };
  }

  @FieldResolver(() => [ComponentIndex], { description: 'Chỉ số thành phần theo lĩnh vực.' })
  async areas(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<ComponentIndex[]> {
    const [result, shown] = await Promise.all([ctx.loaders.scoreSheets.componentsBySheet.load(sheet.id), disclosureOf(ctx, sheet)]);
    return (result?.areas ?? []).map((c) => componentOf(c, shown));
  }

  @FieldResolver(() => [ComponentIndex], { description: 'Chỉ số thành phần theo tiêu chí (cấp 2).' })
  async criteriaIndices(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<ComponentIndex[]> {
    const [result, shown] = await Promise.all([ctx.loaders.scoreSheets.componentsBySheet.load(sheet.id), disclosureOf(ctx, sheet)]);
    return (result?.criteria ?? []).map((c) => componentOf(c, shown));
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Hạn của bước hiện tại (tự đánh giá, giải trình, thẩm định).' })
  async deadline(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<string | null> {
    const { year } = await accessView(ctx, sheet);
    return currentDeadline(year, effectiveState({ sheet, year }));
  }

  @FieldResolver(() => Boolean, {
    description:
      'Người dùng hiện tại xem được lịch sử thay đổi của phiếu (auditTrail với sheetId): cấp tỉnh, đơn vị đánh giá và chính đơn vị được đánh giá.',
  })
  async historyReadable(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<boolean> {
    const { year, roster } = await accessView(ctx, sheet);
    const subject = { provinceUnitId: year.provinceUnitId, assessorUnitId: roster.assessorUnitId, unitId: roster.unitId };
    return ctx.actor.kind === 'user' && historyAccess(ctx.actor, subject) !== 'NONE';
  }

  @FieldResolver(() => Boolean, { description: 'Quá hạn bước hiện tại.' })
  async overdue(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<boolean> {
    const { year } = await accessView(ctx, sheet);
    return isOverdue(year, effectiveState({ sheet, year }));
  }

  @FieldResolver(() => [SheetActionKind], { description: 'Các thao tác người dùng hiện tại được thực hiện ngay bây giờ.' })
  async availableActions(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<SheetActionKind[]> {
    return (await actionStates(ctx, sheet)).filter((s) => s.allowed).map((s) => s.action as SheetActionKind);
  }

  @FieldResolver(() => [SheetActionState], { description: 'Every action with allowed/reason, for disabled buttons with a tooltip.' })
  async actions(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<SheetActionState[]> {
    return (await actionStates(ctx, sheet)).map((s) => ({ ...s, action: s.action as SheetActionKind }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Vì sao người dùng hiện tại không sửa được phiếu (null: sửa được).' })
  lockReason(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<string | null> {
    return lockReason(ctx, sheet);
  }

  @FieldResolver(() => [CriteriaNodeEntity], {
    description:
      'Mọi nút của bộ chỉ số của phiếu (lĩnh vực, tiêu chí, khối điểm thưởng/điểm trừ, phần điều tra), theo thứ tự mã, với parentId: the sheet’s tree as the admin draws it.',
  })
  async criteria(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<CriteriaNodeEntity[]> {
    const nodes = await ctx.loaders.scoreSheets.nodesByGroup.load(sheet.groupId);
    return [...nodes].sort((a, b) => compareCodes(a.code, b.code));
  }

  @FieldResolver(() => [ScoreEntryView], { description: 'Mọi tiêu chí lá của bộ chỉ số, theo thứ tự mã, kèm kê khai và điểm.' })
  async entries(
    @Root() sheet: ScoreSheetEntity,
    @Ctx() ctx: ScoringContext,
    @Arg('criterionIds', () => [ID], {
      nullable: true,
      description:
        'Chỉ các tiêu chí lá này (ví dụ các tiêu chí vừa lưu: câu trả lời của một lần lưu không cần gửi lại cả phiếu); bỏ trống: mọi tiêu chí lá. Mã không thuộc phiếu bị bỏ qua.',
    })
    criterionIds?: string[] | null,
  ): Promise<ScoreEntryView[]> {
    const l = ctx.loaders.scoreSheets;
    const [nodes, entries, shown] = await Promise.all([
      l.nodesByGroup.load(sheet.groupId),
      l.entriesBySheet.load(sheet.id),
      disclosureOf(ctx, sheet),
    ]);
    // Records behind assessor-entered leaves, read only when the set has such leaves.
    const records = nodes.some((n) => n.enteredByAssessor) ? await ctx.loaders.accountability.assessorEntriesBySheet.load(sheet.id) : [];
    // The unit sees the appraisers' points and notes once its appraisal is complete (explanation
    // requests stay visible: the unit has to answer them).
    const appraised = <T>(value: T): T | null => (shown.appraisal ? value : null);
    // Notes and evidence stay inside the province, even on a published sheet (figures are public).
    const inside = detailsFor(ctx.actor, await accessView(ctx, sheet));
    const detail = <T>(value: T): T | null => (inside ? value : null);
    const parents = new Set(nodes.map((n) => n.parentId));
    const byCriterion = new Map(entries.map((e) => [e.criterionId, e]));
    const evidence = async (items: EvidenceItem[]): Promise<EvidenceReference[]> => {
      const files = await l.fileById.loadMany(items.map((i) => i.fileId ?? '').filter(Boolean));
      const byId = new Map(files.flatMap((f) => (f && !(f instanceof Error) ? [[f.id, f] as const] : [])));
      return items.map((i) => ({
        fileId: i.fileId ?? null,
        file: i.fileId ? (byId.get(i.fileId) ?? null) : null,
        documentNumber: i.documentNumber ?? null,
        documentDate: i.documentDate ?? null,
        issuer: i.issuer ?? null,
        title: i.title ?? null,
      }));
    };
    const only = criterionIds ? new Set(criterionIds) : null;
    const leaves = nodes.filter((n) => !parents.has(n.id) && (!only || only.has(n.id))).sort((a, b) => compareCodes(a.code, b.code));
    return Promise.all(
      leaves.map(async (leaf: CriteriaNodeEntity) => {
        const e = byCriterion.get(leaf.id);
        return {
          criterionId: leaf.id,
          criterion: leaf,
          code: leaf.code,
          title: leaf.title,
          depth: leaf.depth,
          section: leaf.section,
          method: leaf.method,
          params: leaf.params === null || leaf.params === undefined ? null : JSON.stringify(leaf.params),
          maxPoints: asPoints(leaf.maxPoints) ?? 0,
          allowNotApplicable: leaf.allowNotApplicable,
          evidenceGuidance: leaf.evidenceGuidance,
          declaredValue: e?.declaredValue ?? null,
          notApplicable: e?.notApplicable ?? false,
          selfPoints: asPoints(e?.selfPoints),
          selfNote: detail(e?.selfNote ?? null),
          selfEvidence: inside ? await evidence(e?.selfEvidence ?? []) : [],
          round1Points: appraised(asPoints(e?.round1Points)),
          round1Note: detail(appraised(e?.round1Note ?? null)),
          explanationRequested: e?.explanationRequested ?? false,
          explanationRequestNote: detail(e?.explanationRequestNote ?? null),
          explanationText: detail(e?.explanationText ?? null),
          supplementaryEvidence: inside ? await evidence(e?.supplementaryEvidence ?? []) : [],
          round2Points: appraised(asPoints(e?.round2Points)),
          round2Note: detail(appraised(e?.round2Note ?? null)),
          finalPoints: appraised(asPoints(e?.finalPoints)),
          surveyPoints: asPoints(e?.surveyPoints),
          ruleReview: ruleReviewShown(ctx, shown) && (e?.ruleReview ?? false),
          enteredByAssessor: leaf.enteredByAssessor,
          assessorEntryReason: leaf.assessorEntryReason,
          assessorRecords: records
            .filter((r) => r.criterionId === leaf.id)
            .sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime())
            .map((r) => ({
              ...r,
              quantity: leaf.method === 'MANUAL' ? r.quantity / 100 : r.quantity,
              reference: r.reference
                ? {
                    documentNumber: r.reference.documentNumber ?? null,
                    documentDate: r.reference.documentDate ?? null,
                    issuer: r.reference.issuer ?? null,
                    title: r.reference.title ?? null,
                  }
                : null,
            })),
          updatedBy: e?.updatedBy ?? null,
          updatedAt: e?.updatedAt ?? null,
        };
      }),
    );
  }
}
