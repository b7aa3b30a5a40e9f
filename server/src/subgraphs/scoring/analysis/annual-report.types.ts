import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ClassificationInfo, HeadRatingInfo } from '../results/results.types';
import { AnalysisScopeView } from './analysis.types';

@ObjectType('ReportBucket', { simpleResolvers: true, description: 'Số đơn vị của một mức xếp loại.' })
export class ReportBucket {
  @Field() code: string;
  @Field() label: string;
  @Field() labelEn: string;
  @Field() color: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ trên số đơn vị đã xếp hạng (%).' }) share: number | null;
}

@ObjectType('ReportArea', { simpleResolvers: true })
export class ReportArea {
  @Field() code: string;
  @Field() title: string;
  @Field(() => Float, { nullable: true, description: 'Chỉ số trung bình của lĩnh vực (%).' }) averageIndex: number | null;
}

@ObjectType('ReportRow', { simpleResolvers: true, description: 'Một đơn vị trong báo cáo năm.' })
export class ReportRow {
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Float, { nullable: true }) index: number | null;
  @Field() provisional: boolean;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field(() => HeadRatingInfo, { nullable: true }) headRating: HeadRatingInfo | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số năm trước (của đơn vị, hoặc gộp các đơn vị tiền thân).' })
  baseIndex: number | null;
  @Field(() => Float, { nullable: true, description: 'Tăng/giảm so với năm trước (điểm %).' }) delta: number | null;
}

@ObjectType('ReportSummaryFigures', { simpleResolvers: true })
export class ReportSummaryFigures {
  @Field(() => Int, { description: 'Số đơn vị được đánh giá.' }) unitCount: number;
  @Field(() => Int, { description: 'Số đơn vị đã xếp hạng (thẩm định xong).' }) rankedCount: number;
  @Field(() => Float, { nullable: true, description: 'Chỉ số trung bình (%).' }) averageIndex: number | null;
  @Field(() => [ReportBucket]) distribution: ReportBucket[];
  @Field(() => Int, { description: 'Số đơn vị so sánh được với năm trước.' }) comparableCount: number;
  @Field(() => Float, { nullable: true, description: 'Tăng/giảm bình quân so với năm trước của các đơn vị so sánh được (điểm %).' })
  averageDelta: number | null;
}

@ObjectType('ReportGroup', { simpleResolvers: true, description: 'Một khối trong báo cáo năm.' })
export class ReportGroup {
  @Field(() => ID) groupId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => ReportSummaryFigures) summary: ReportSummaryFigures;
  @Field(() => [ReportArea]) areas: ReportArea[];
  @Field(() => [ReportRow], { description: 'Các đơn vị dẫn đầu.' }) top: ReportRow[];
  @Field(() => [ReportRow], { description: 'Các đơn vị cuối bảng.' }) bottom: ReportRow[];
  @Field(() => [ReportRow], { description: 'Bảng xếp hạng đầy đủ.' }) rows: ReportRow[];
}

@ObjectType('ReportNote', { simpleResolvers: true })
export class ReportNote {
  @Field() groupName: string;
  @Field() code: string;
  @Field() title: string;
  @Field() cause: string;
  @Field() solution: string;
}

@ObjectType('AnnualReport', {
  simpleResolvers: true,
  description: 'Báo cáo kết quả Chỉ số CCHC năm của tỉnh (hoặc các xã của một huyện): số liệu tổng hợp, xếp hạng, phân tích.',
})
export class AnnualReport {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field() yearName: string;
  @Field({ description: 'Tên cơ quan chủ trì (ví dụ UBND tỉnh Quảng Ninh).' }) provinceName: string;
  @Field(() => AnalysisScopeView) scope: AnalysisScopeView;
  @Field(() => Date) generatedAt: Date;
  @Field(() => Int, { nullable: true, description: 'Năm so sánh (năm trước), nếu có và được xem.' }) baseYear: number | null;
  @Field(() => ReportSummaryFigures) summary: ReportSummaryFigures;
  @Field(() => [ReportGroup]) groups: ReportGroup[];
  @Field(() => [ReportNote], { description: 'Nguyên nhân, giải pháp theo tiêu chí (phân tích).' }) notes: ReportNote[];
  @Field(() => [String], { description: 'Các phần số liệu chưa có trong hệ thống (ví dụ khắc phục sau đánh giá).' })
  missingSections: string[];
}
