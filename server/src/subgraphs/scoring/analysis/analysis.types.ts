import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClassificationInfo } from '../results/results.types';

/*
 * Read models built in full by the analysis service (simpleResolvers, as the results types):
 * points and indices are decimals here (hundredths in the domain).
 */

export enum AnalysisScopeKind {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
}
registerEnumType(AnalysisScopeKind, {
  name: 'AnalysisScopeKind',
  description: 'Phạm vi phân tích: toàn tỉnh, hoặc các xã của một huyện.',
  valuesConfig: { PROVINCE: { description: 'Toàn tỉnh' }, DISTRICT: { description: 'Các xã của một huyện' } },
});

@ObjectType('AnalysisScope', { simpleResolvers: true })
export class AnalysisScopeView {
  @Field(() => AnalysisScopeKind) kind: AnalysisScopeKind;
  @Field(() => ID, { nullable: true }) districtUnitId: string | null;
  @Field(() => String, { nullable: true, description: 'Tên huyện (phạm vi DISTRICT).' }) districtName: string | null;
}

@ObjectType('AnalysisNote', { simpleResolvers: true, description: 'Nguyên nhân và giải pháp của một tiêu chí (lĩnh vực) trong một năm.' })
export class AnalysisNoteView {
  @Field(() => ID) id: string;
  @Field(() => ID) yearId: string;
  @Field(() => ID) groupId: string;
  @Field({ description: 'Mã tiêu chí hoặc lĩnh vực ("1", "3.2").' }) code: string;
  @Field({ description: 'Nguyên nhân mất điểm.' }) cause: string;
  @Field({ description: 'Giải pháp đề xuất.' }) solution: string;
  @Field() updatedBy: string;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('ComponentAnalysis', { simpleResolvers: true, description: 'Số liệu của khối trên một lĩnh vực hoặc tiêu chí.' })
export class ComponentAnalysis {
  @Field() code: string;
  @Field() title: string;
  @Field({ description: 'Lĩnh vực chứa tiêu chí.' }) areaCode: string;
  @Field(() => Float, { description: 'Điểm tối đa.' }) maxPoints: number;
  @Field(() => Int, { description: 'Số đơn vị áp dụng tiêu chí (mẫu số của các số bình quân).' }) unitCount: number;
  @Field(() => Float, { nullable: true, description: 'Điểm bình quân (thẩm định).' }) averagePoints: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm tự đánh giá bình quân.' }) averageSelfPoints: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm bị mất bình quân (tối đa − thẩm định).' }) averageLoss: number | null;
  @Field(() => Int, { description: 'Số đơn vị bị mất điểm.' }) unitsLosing: number;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ đơn vị bị mất điểm (%).' }) lossShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Chênh lệch tự đánh giá − thẩm định bình quân (điểm).' }) averageGap: number | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số thành phần chung của khối (%): Σ điểm ÷ Σ điểm tối đa.' })
  index: number | null;
  @Field(() => Float, { nullable: true }) selfIndex: number | null;
  @Field(() => AnalysisNoteView, { nullable: true }) note: AnalysisNoteView | null;
}

@ObjectType('AnalysisUnitRow', { simpleResolvers: true, description: 'Một đơn vị trong phân tích: một dòng của bản đồ nhiệt.' })
export class AnalysisUnitRow {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => Float, { nullable: true }) index: number | null;
  @Field(() => Float, { nullable: true }) selfIndex: number | null;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field(() => [Float], { nullable: 'items', description: 'Chỉ số từng lĩnh vực, theo thứ tự của `areas` (null: không áp dụng).' })
  areaIndices: (number | null)[];
  @Field(() => [Float], { nullable: 'items', description: 'Chỉ số từng tiêu chí, theo thứ tự của `criteria`.' })
  criterionIndices: (number | null)[];
}

@ObjectType('AnalysisDistrict', { simpleResolvers: true, description: 'Một huyện đánh giá các xã của khối (năm ba cấp).' })
export class AnalysisDistrict {
  @Field(() => ID) unitId: string;
  @Field() name: string;
}

@ObjectType('CriteriaAnalysis', { simpleResolvers: true, description: 'Phân tích chỉ số thành phần của một khối trong một năm.' })
export class CriteriaAnalysis {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field() yearName: string;
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field(() => AnalysisScopeView) scope: AnalysisScopeView;
  @Field(() => Int, { description: 'Số đơn vị đã thẩm định xong (được phân tích).' }) unitCount: number;
  @Field(() => Int, { description: 'Số đơn vị chưa thẩm định xong (không tính).' }) pendingCount: number;
  @Field(() => [ComponentAnalysis]) areas: ComponentAnalysis[];
  @Field(() => [ComponentAnalysis], { description: 'Các tiêu chí (cấp 2), theo mã.' }) criteria: ComponentAnalysis[];
  @Field(() => [AnalysisUnitRow], { description: 'Theo thứ hạng.' }) units: AnalysisUnitRow[];
  @Field(() => [AnalysisDistrict], { description: 'Các huyện đánh giá đơn vị của khối trong phạm vi (để thu hẹp theo huyện).' })
  districts: AnalysisDistrict[];
}

@ObjectType('UnitCriterionGap', { simpleResolvers: true, description: 'Một tiêu chí của đơn vị so với bình quân của khối.' })
export class UnitCriterionGapView {
  @Field() code: string;
  @Field() title: string;
  @Field() areaCode: string;
  @Field(() => Float) maxApplicable: number;
  @Field(() => Float) points: number;
  @Field(() => Float, { description: 'Điểm bị mất.' }) loss: number;
  @Field(() => Float, { nullable: true }) index: number | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số chung của khối trên tiêu chí.' }) groupIndex: number | null;
  @Field(() => Float, { nullable: true }) groupAverageLoss: number | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số của đơn vị − của khối (âm: thấp hơn khối).' }) difference: number | null;
}

export enum ComparisonBasis {
  SAME_UNIT = 'SAME_UNIT',
  PREDECESSORS = 'PREDECESSORS',
  NONE = 'NONE',
}
registerEnumType(ComparisonBasis, {
  name: 'ComparisonBasis',
  description: 'So với năm trước bằng chính đơn vị, hay bằng kết quả gộp của các đơn vị tiền thân (sau sáp nhập).',
});

@ObjectType('ComparedUnitRef', { simpleResolvers: true })
export class ComparedUnitRef {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Float, { nullable: true }) index: number | null;
}

@ObjectType('UnitYearComparison', { simpleResolvers: true })
export class UnitYearComparison {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Float, { nullable: true }) index: number | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số năm so sánh (của đơn vị, hoặc gộp các đơn vị tiền thân).' })
  baseIndex: number | null;
  @Field(() => Float, { nullable: true }) delta: number | null;
  @Field(() => ComparisonBasis) basis: ComparisonBasis;
  @Field(() => [ComparedUnitRef]) baseUnits: ComparedUnitRef[];
}

@ObjectType('ComponentYearComparison', { simpleResolvers: true })
export class ComponentYearComparison {
  @Field() code: string;
  @Field() title: string;
  @Field(() => ComponentAnalysis, { nullable: true }) current: ComponentAnalysis | null;
  @Field(() => ComponentAnalysis, { nullable: true }) base: ComponentAnalysis | null;
  @Field(() => Float, { nullable: true, description: 'Chênh lệch chỉ số chung (điểm %).' }) delta: number | null;
}

@ObjectType('AnalysisYearComparison', { simpleResolvers: true, description: 'Hai năm cạnh nhau, theo các lần sáp nhập.' })
export class AnalysisYearComparison {
  @Field(() => Int) year: number;
  @Field(() => Int) baseYear: number;
  @Field() groupName: string;
  @Field(() => AnalysisScopeView) scope: AnalysisScopeView;
  @Field(() => [UnitYearComparison]) units: UnitYearComparison[];
  @Field(() => [ComponentYearComparison]) areas: ComponentYearComparison[];
  @Field(() => [ComponentYearComparison]) criteria: ComponentYearComparison[];
}

@InputType({ description: 'Nguyên nhân và giải pháp của một tiêu chí (để trống cả hai để xóa nội dung).' })
export class AnalysisNoteInput {
  @Field(() => ID) yearId: string;
  @Field(() => ID) groupId: string;
  @Field({ description: 'Mã tiêu chí hoặc lĩnh vực của bộ chỉ số của khối.' }) code: string;
  @Field() cause: string;
  @Field() solution: string;
}
