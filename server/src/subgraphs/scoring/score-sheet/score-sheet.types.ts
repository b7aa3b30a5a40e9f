import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SHEET_ACTIONS, SHEET_STATES } from '../../../domain/scoring';
import { ConnectionType } from '../../../platform/graphql/connection';
import { DateScalar } from '../../../platform/graphql/scalars';
import { AssessorRecordView } from '../accountability/assessor-entry.types';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from '../criteria/criteria-node.entity';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { ScoreSheetEntity } from './score-sheet.entity';

export enum SheetStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_APPRAISAL = 'UNDER_APPRAISAL',
  EXPLANATION_REQUESTED = 'EXPLANATION_REQUESTED',
  EXPLAINED = 'EXPLAINED',
  APPRAISED = 'APPRAISED',
  APPROVED = 'APPROVED',
  FINALIZED = 'FINALIZED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(SheetStatus, {
  name: 'SheetStatus',
  description: 'Trạng thái phiếu đánh giá (FINALIZED và PUBLISHED theo trạng thái của kỳ).',
  valuesConfig: {
    DRAFT: { description: 'Đang tự đánh giá' },
    SUBMITTED: { description: 'Đã nộp (đơn vị có thể rút lại cho đến khi bắt đầu thẩm định)' },
    UNDER_APPRAISAL: { description: 'Đang thẩm định' },
    EXPLANATION_REQUESTED: { description: 'Đề nghị giải trình' },
    EXPLAINED: { description: 'Đã giải trình' },
    APPRAISED: { description: 'Đã thẩm định, chờ phê duyệt' },
    APPROVED: { description: 'Đã phê duyệt' },
    FINALIZED: { description: 'Đã chốt kết quả (theo kỳ)' },
    PUBLISHED: { description: 'Đã công bố (theo kỳ)' },
  },
});

export enum SheetActionKind {
  SAVE_SELF = 'SAVE_SELF',
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  START_APPRAISAL = 'START_APPRAISAL',
  SAVE_APPRAISAL = 'SAVE_APPRAISAL',
  REQUEST_EXPLANATION = 'REQUEST_EXPLANATION',
  SAVE_EXPLANATION = 'SAVE_EXPLANATION',
  SUBMIT_EXPLANATION = 'SUBMIT_EXPLANATION',
  CLOSE_EXPLANATION = 'CLOSE_EXPLANATION',
  COMPLETE_APPRAISAL = 'COMPLETE_APPRAISAL',
  RETURN_TO_APPRAISAL = 'RETURN_TO_APPRAISAL',
  APPROVE = 'APPROVE',
  REOPEN_SELF_ASSESSMENT = 'REOPEN_SELF_ASSESSMENT',
  REOPEN_APPRAISAL = 'REOPEN_APPRAISAL',
}
registerEnumType(SheetActionKind, {
  name: 'SheetAction',
  description: 'What a user can do on a sheet; `ScoreSheet.availableActions` lists those the current user may do now.',
});

export enum ReopenTarget {
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  APPRAISAL = 'APPRAISAL',
}
registerEnumType(ReopenTarget, { name: 'ReopenTarget', description: 'Where an administrator reopens a sheet to.' });

// Keep the GraphQL enums and the domain's lists in lock-step.
for (const state of SHEET_STATES) if (!(state in SheetStatus)) throw new Error(`SheetStatus lacks ${state}`);
for (const action of SHEET_ACTIONS) if (!(action in SheetActionKind)) throw new Error(`SheetAction lacks ${action}`);

/** Hundredths → decimal points for the API (exact: at most two decimals). */
export const asPoints = (hundredths: number | null | undefined): number | null =>
  hundredths === null || hundredths === undefined ? null : hundredths / 100;

/** Plain read models (see results.types.ts): `simpleResolvers` skips the per-field error middleware. */
@ObjectType('EvidenceReference', {
  simpleResolvers: true,
  description: 'Minh chứng: tệp đã tải lên và/hoặc văn bản (số ký hiệu, ngày, cơ quan ban hành).',
})
export class EvidenceReference {
  @Field(() => ID, { nullable: true }) fileId: string | null;
  @Field(() => EvidenceFileEntity, { nullable: true, description: 'The uploaded file, if any.' }) file?: EvidenceFileEntity | null;
  @Field(() => String, { nullable: true, description: 'Số ký hiệu văn bản, ví dụ "125/QĐ-UBND".' }) documentNumber: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Ngày ban hành.' }) documentDate: string | null;
  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành.' }) issuer: string | null;
  @Field(() => String, { nullable: true, description: 'Trích yếu / tên tài liệu.' }) title: string | null;
}

@ObjectType('ScoreEntry', { simpleResolvers: true, description: 'Một tiêu chí lá trên phiếu: kê khai, tự chấm, thẩm định, giải trình.' })
export class ScoreEntryView {
  @Field(() => ID) criterionId: string;
  @Field(() => CriteriaNodeEntity, { description: 'The leaf of the criteria set (guidance, method, parameters).' })
  criterion: CriteriaNodeEntity;
  @Field({ description: 'Mã tiêu chí, ví dụ "1.2.3".' }) code: string;
  @Field({ description: 'Nội dung tiêu chí.' }) title: string;
  @Field(() => Int, { description: '1 = lĩnh vực, 2 = tiêu chí, …' }) depth: number;
  @Field(() => CriteriaSection) section: CriteriaSection;
  @Field(() => ScoringMethod, { nullable: true }) method: ScoringMethod | null;
  @Field(() => String, { nullable: true, description: 'Method parameters as JSON (levels, tiers…), so the form can offer choices.' })
  params: string | null;
  @Field(() => Float, { description: 'Điểm tối đa.' }) maxPoints: number;
  @Field() allowNotApplicable: boolean;
  @Field(() => String, { nullable: true, description: 'Hướng dẫn tài liệu kiểm chứng.' }) evidenceGuidance: string | null;
  @Field(() => String, { nullable: true, description: 'Giá trị đơn vị kê khai.' }) declaredValue: string | null;
  @Field({ description: 'Đơn vị chọn "không áp dụng".' }) notApplicable: boolean;
  @Field(() => Float, { nullable: true, description: 'Điểm tự chấm (tính từ giá trị kê khai theo phương pháp chấm).' }) selfPoints:
    | number
    | null;
  @Field(() => String, { nullable: true }) selfNote: string | null;
  @Field(() => [EvidenceReference], { description: 'Minh chứng tự đánh giá.' }) selfEvidence: EvidenceReference[];
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định vòng 1.' }) round1Points: number | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú của thẩm định viên (bắt buộc khi đổi điểm).' }) round1Note: string | null;
  @Field() explanationRequested: boolean;
  @Field(() => String, { nullable: true, description: 'Nội dung đề nghị giải trình.' }) explanationRequestNote: string | null;
  @Field(() => String, { nullable: true, description: 'Nội dung giải trình của đơn vị.' }) explanationText: string | null;
  @Field(() => [EvidenceReference], { description: 'Minh chứng bổ sung khi giải trình.' }) supplementaryEvidence: EvidenceReference[];
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định vòng 2 (sau giải trình).' }) round2Points: number | null;
  @Field(() => String, { nullable: true }) round2Note: string | null;
  @Field(() => Float, { nullable: true, description: 'Điểm cuối cùng = lần thẩm định sau cùng.' }) finalPoints: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm điều tra xã hội học (tiêu chí SURVEY).' }) surveyPoints: number | null;
  @Field({
    description:
      'Cần rà soát: quy tắc chấm của tiêu chí (điểm tối đa, cách chấm, tham số) đã đổi sau khi thẩm định viên chấm; điểm thẩm định giữ nguyên cho đến khi thẩm định viên lưu lại.',
  })
  ruleReview: boolean;
  @Field({ description: 'Do cơ quan đánh giá nhập: đơn vị chỉ xem (lý do, nguồn trong assessorRecords).' }) enteredByAssessor: boolean;
  @Field(() => String, { nullable: true }) assessorEntryReason: string | null;
  @Field(() => [AssessorRecordView], { description: 'Các lần cơ quan đánh giá ghi nhận trên tiêu chí này, kèm nguồn và căn cứ.' })
  assessorRecords: AssessorRecordView[];
  @Field(() => ID, { nullable: true }) updatedBy: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType('SheetTotals', {
  simpleResolvers: true,
  description:
    'Tổng điểm và chỉ số của phiếu (lưu sẵn, tính lại mỗi khi điểm thay đổi). Trước khi công bố là kết quả tạm tính (provisional), và chỉ gồm những gì người xem được thấy: đơn vị chỉ thấy điểm tự chấm, điểm thẩm định khi đã thẩm định xong, không bao giờ thấy chỉ số thẩm định, thứ hạng, xếp loại; chỉ số thẩm định chỉ có khi đã thẩm định xong mọi tiêu chí (null in every hidden field).',
})
export class SheetTotals {
  @Field(() => Float, { description: 'Σ điểm tối đa các tiêu chí áp dụng + phần điều tra (mẫu số).' }) maxApplicable: number;
  @Field(() => Float, { description: 'Tổng điểm tự đánh giá.' }) selfTotal: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Tổng điểm thẩm định: các tiêu chí đã thẩm định (xem appraisedCriteria/criteriaToAppraise). Null khi người xem chưa được thấy điểm thẩm định.',
  })
  appraisedTotal: number | null;
  @Field(() => Float) surveyPoints: number;
  @Field(() => Float, { nullable: true, description: 'Điểm thưởng sau thẩm định (sau mức trần); null như appraisedTotal.' })
  bonusPoints: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm trừ sau thẩm định (sau mức trần); null như appraisedTotal.' })
  penaltyPoints: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Chỉ số (%) theo điểm thẩm định, 2 chữ số thập phân. Null until the appraisal is complete, and for the unit itself until publication.',
  })
  index: number | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số (%) theo điểm tự đánh giá.' }) selfIndex: number | null;
  @Field(() => Float, { nullable: true, description: 'Chênh lệch tự đánh giá − thẩm định (điểm); null như appraisedTotal.' })
  gapPoints: number | null;
  @Field(() => Float, { nullable: true, description: 'Chênh lệch chỉ số (điểm %); null như index.' }) gapIndex: number | null;
  @Field({ description: 'Tạm tính: kỳ chưa công bố, kết quả còn có thể thay đổi.' }) provisional: boolean;
  @Field({ description: 'Đã thẩm định xong mọi tiêu chí áp dụng (phiếu Đã thẩm định, Đã phê duyệt hoặc kỳ đã chốt).' })
  appraisalComplete: boolean;
  @Field(() => Int, { description: 'Số tiêu chí đã thẩm định ("x" trong "x/y tiêu chí đã thẩm định").' }) appraisedCriteria: number;
  @Field(() => Int, { description: 'Số tiêu chí phải thẩm định ("y").' }) criteriaToAppraise: number;
}

@ObjectType('ComponentIndex', { simpleResolvers: true, description: 'Chỉ số thành phần của một lĩnh vực hoặc tiêu chí.' })
export class ComponentIndex {
  @Field(() => ID) criterionId: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => Float) maxPoints: number;
  @Field(() => Float, { description: 'Điểm tối đa sau khi bỏ các tiêu chí không áp dụng.' }) maxApplicable: number;
  @Field(() => Float) selfPoints: number;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định; null khi người xem chưa được thấy điểm thẩm định.' })
  finalPoints: number | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số thành phần theo điểm thẩm định; null như SheetTotals.index.' })
  index: number | null;
  @Field(() => Float, { nullable: true }) selfIndex: number | null;
}

@ObjectType('RuleReviewNotice', {
  simpleResolvers: true,
  description: 'Điểm thẩm định được chấm theo quy tắc cũ của bộ chỉ số (đã mở lại và sửa), cần thẩm định viên rà soát.',
})
export class RuleReviewNotice {
  @Field(() => Int, { description: 'Số tiêu chí cần rà soát.' }) count: number;
  @Field(() => [String], { description: 'Mã các tiêu chí cần rà soát.' }) criteria: string[];
  @Field({ description: 'Thông báo (theo ngôn ngữ của yêu cầu).' }) message: string;
}

@ObjectType('SheetProgress', { simpleResolvers: true, description: 'Tiến độ: số tiêu chí đã kê khai / đã thẩm định trên tổng số.' })
export class SheetProgress {
  @Field(() => Int, { description: 'Tiêu chí đơn vị phải kê khai (áp dụng).' }) total: number;
  @Field(() => Int, { description: 'Đã tự chấm (hoặc không áp dụng).' }) filled: number;
  @Field(() => Int, { description: 'Đã có điểm thẩm định.' }) appraised: number;
}

@ObjectType('SheetActionState', {
  simpleResolvers: true,
  description: 'One workflow action with whether the current user may take it now, and why not.',
})
export class SheetActionState {
  @Field(() => SheetActionKind) action: SheetActionKind;
  @Field({ description: 'Tên thao tác (tiếng Việt).' }) label: string;
  @Field() allowed: boolean;
  @Field(() => String, { nullable: true, description: 'Lý do không thực hiện được (theo ngôn ngữ của yêu cầu).' }) reason: string | null;
}

export const ScoreSheetConnection = ConnectionType(ScoreSheetEntity, 'ScoreSheet');

@ArgsType()
export class ScoreSheetsArgs {
  @Field(() => ID) yearId: string;
  @Field(() => ID, { nullable: true }) groupId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only units assessed by this unit (e.g. a district’s communes).' })
  assessorUnitId?: string | null;
  @Field(() => SheetStatus, { nullable: true }) status?: SheetStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only sheets past the deadline of their current step.' }) overdue?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most 500).' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@InputType({ description: 'Minh chứng: một tệp đã tải lên (POST /files) và/hoặc thông tin văn bản.' })
export class EvidenceInput {
  @Field(() => ID, { nullable: true, description: 'Id returned by POST /files.' }) fileId?: string | null;
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) documentDate?: string | null;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
}

@InputType({ description: 'Self-assessment of one leaf; points follow from the declared value by the leaf’s method.' })
export class SelfAssessmentEntryInput {
  @Field(() => ID) criterionId: string;
  @Field(() => String, { nullable: true, description: 'Giá trị kê khai ("1"/"0", số lượng, tỷ lệ %, mã mức, điểm…); null xóa kê khai.' })
  declaredValue?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Không áp dụng (only where the criterion allows it).' }) notApplicable?:
    | boolean
    | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [EvidenceInput], { nullable: true, description: 'Replaces the leaf’s self evidence; omit to keep it.' })
  evidence?: EvidenceInput[] | null;
}

@InputType({ description: 'Appraisal of one leaf. Without points the computed (self) points are accepted; a change needs a note.' })
export class AppraisalEntryInput {
  @Field(() => ID) criterionId: string;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định (0..điểm tối đa, 2 chữ số thập phân).' }) points?: number | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú; bắt buộc khi điểm khác điểm tự chấm (vòng 1) hoặc vòng 1 (vòng 2).' })
  note?: string | null;
}

@InputType({ description: 'A leaf the unit must explain, with what to explain.' })
export class ExplanationRequestInput {
  @Field(() => ID) criterionId: string;
  @Field({ description: 'Nội dung đề nghị giải trình.' }) note: string;
}

@InputType({ description: 'The unit’s explanation of one questioned leaf.' })
export class ExplanationEntryInput {
  @Field(() => ID) criterionId: string;
  @Field(() => String, { nullable: true, description: 'Nội dung giải trình.' }) explanation?: string | null;
  @Field(() => [EvidenceInput], { nullable: true, description: 'Replaces the supplementary evidence; omit to keep it.' })
  evidence?: EvidenceInput[] | null;
}
