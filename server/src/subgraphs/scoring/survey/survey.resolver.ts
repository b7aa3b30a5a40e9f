import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { FileDownload } from '../criteria/criteria.types';
import type { ScoringContext } from '../scoring-context';
import type { SurveyIssueCode } from './survey-import';
import { importSurveyResults, previewSurveyImport, surveyImportTemplate, type SurveyPreview } from './survey.service';

export enum SurveyFileFormatKind {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(SurveyFileFormatKind, {
  name: 'SurveyFileFormat',
  description: 'Định dạng tệp kết quả điều tra: XLSX hoặc CSV (UTF-8; dấu phân cách , hoặc ;).',
});

export enum SurveyIssueCodeKind {
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  EMPTY_FILE = 'EMPTY_FILE',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  MISSING_CELLS = 'MISSING_CELLS',
  UNKNOWN_UNIT = 'UNKNOWN_UNIT',
  NOT_SURVEY_CRITERION = 'NOT_SURVEY_CRITERION',
  DUPLICATE_ROW = 'DUPLICATE_ROW',
  INVALID_VALUE = 'INVALID_VALUE',
}
registerEnumType(SurveyIssueCodeKind, {
  name: 'SurveyIssueCode',
  description:
    'Lỗi của một dòng (hoặc cả tệp): FILE_UNREADABLE, EMPTY_FILE, TOO_MANY_ROWS, MISSING_CELLS, UNKNOWN_UNIT (không có trong danh sách đánh giá), NOT_SURVEY_CRITERION, DUPLICATE_ROW, INVALID_VALUE (ngoài phạm vi, không phải số).',
});

@ObjectType('SurveyImportResult', { description: 'Kết quả nhập điều tra xã hội học.' })
export class SurveyImportResult {
  @Field(() => Int, { description: 'Số dòng hợp lệ trong tệp.' }) imported: number;
  @Field(() => Int, { description: 'Số điểm thực sự thay đổi.' }) changed: number;
  @Field(() => Int, { description: 'Số phiếu được tính lại.' }) sheetsUpdated: number;
}

@ObjectType('SurveyImportIssue', { description: 'Một lỗi của tệp điều tra, theo dòng.' })
export class SurveyImportIssue {
  @Field(() => Int, { nullable: true, description: 'Dòng trong tệp (như Excel hiển thị); null: lỗi của cả tệp.' }) row: number | null;
  @Field(() => SurveyIssueCodeKind) code: SurveyIssueCode;
  @Field({ description: 'Mô tả lỗi theo ngôn ngữ của người gọi (Accept-Language).' }) message: string;
}

@ObjectType('SurveyImportPreviewRow', { description: 'Một dòng hợp lệ: điểm sẽ ghi, bên cạnh điểm đang có.' })
export class SurveyImportPreviewRow {
  @Field(() => Int) row: number;
  @Field() unitCode: string;
  @Field() unitName: string;
  @Field() criterionCode: string;
  @Field() criterionTitle: string;
  @Field({ description: 'Giá trị trong tệp.' }) value: string;
  @Field(() => Float, { description: 'Điểm điều tra sẽ ghi.' }) points: number;
  @Field(() => Float, { nullable: true, description: 'Điểm điều tra đang có (null: chưa có).' }) currentPoints: number | null;
  @Field({ description: 'Dòng này làm thay đổi điểm đang có.' }) changed: boolean;
}

@ObjectType('SurveyImportPreview', {
  description: 'Kiểm tra trước tệp điều tra (không ghi gì): mọi lỗi theo dòng, và điểm từng dòng hợp lệ sẽ ghi.',
})
export class SurveyImportPreview {
  @Field(() => Int, { description: 'Số dòng dữ liệu đọc được (cả dòng lỗi).' }) rowCount: number;
  @Field(() => Int) validCount: number;
  @Field(() => Int, { description: 'Dòng để trống giá trị: giữ nguyên điểm đang có.' }) blankCount: number;
  @Field(() => Int, { description: 'Số điểm sẽ thay đổi.' }) changedCount: number;
  @Field(() => Int, { description: 'Số phiếu sẽ được tính lại.' }) sheetsAffected: number;
  @Field({ description: 'Không có lỗi: có thể nhập (importSurveyResults).' }) canApply: boolean;
  @Field(() => [SurveyImportIssue]) issues: SurveyImportIssue[];
  @Field(() => [SurveyImportPreviewRow]) rows: SurveyImportPreviewRow[];
}

/** The preview as GraphQL gives it (points in points, messages in the caller's language); DDCI → survey uses it too. */
export function toPreviewType(p: SurveyPreview, locale: 'vi' | 'en'): SurveyImportPreview {
  return {
    ...p,
    canApply: p.issues.length === 0,
    issues: p.issues.map((i) => ({ row: i.row, code: i.code, message: locale === 'en' ? i.en : i.vi })),
    rows: p.rows.map((r) => ({ ...r, points: r.points / 100, currentPoints: r.currentPoints === null ? null : r.currentPoints / 100 })),
  };
}

@Resolver()
export class SurveyResolver {
  @Mutation(() => SurveyImportResult, {
    description:
      'Nhập kết quả điều tra xã hội học (columns: mã đơn vị | mã tiêu chí | giá trị; first sheet of an XLSX, or CSV) into SURVEY leaves. All rows or none: errors come back as BAD_USER_INPUT with `issues` (row, code, vi, en). Province administrator only, while the year is in self-assessment or appraisal.',
  })
  importSurveyResults(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('base64', { description: 'Nội dung tệp (base64).' }) base64: string,
    @Arg('format', () => SurveyFileFormatKind) format: SurveyFileFormatKind,
  ): Promise<SurveyImportResult> {
    return importSurveyResults(ctx, yearId, base64, format);
  }

  @Query(() => SurveyImportPreview, {
    description:
      'Kiểm tra trước (dry run) một tệp điều tra xã hội học: the same checks and permissions as importSurveyResults, every row error with its code, and the points each valid row would write; writes nothing.',
  })
  async surveyImportPreview(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('base64', { description: 'Nội dung tệp (base64).' }) base64: string,
    @Arg('format', () => SurveyFileFormatKind) format: SurveyFileFormatKind,
  ): Promise<SurveyImportPreview> {
    return toPreviewType(await previewSurveyImport(ctx, yearId, base64, format), ctx.locale);
  }

  @Query(() => FileDownload, {
    description: 'Mẫu nhập kết quả điều tra (XLSX): every roster unit × every survey criterion of its set, with the values stored today.',
  })
  surveyImportTemplate(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string): Promise<FileDownload> {
    return surveyImportTemplate(ctx, yearId);
  }
}
