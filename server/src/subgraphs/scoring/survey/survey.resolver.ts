import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { importSurveyResults } from './survey.service';

export enum SurveyFileFormatKind {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(SurveyFileFormatKind, {
  name: 'SurveyFileFormat',
  description: 'Định dạng tệp kết quả điều tra: XLSX hoặc CSV (UTF-8; dấu phân cách , hoặc ;).',
});

@ObjectType('SurveyImportResult', { description: 'Kết quả nhập điều tra xã hội học.' })
export class SurveyImportResult {
  @Field(() => Int, { description: 'Số dòng hợp lệ trong tệp.' }) imported: number;
  @Field(() => Int, { description: 'Số điểm thực sự thay đổi.' }) changed: number;
  @Field(() => Int, { description: 'Số phiếu được tính lại.' }) sheetsUpdated: number;
}

@Resolver()
export class SurveyResolver {
  @Mutation(() => SurveyImportResult, {
    description:
      'Nhập kết quả điều tra xã hội học (columns: mã đơn vị | mã tiêu chí | giá trị; first sheet of an XLSX, or CSV) into SURVEY leaves. All rows or none: errors come back as BAD_USER_INPUT with `issues` (row, vi, en).',
  })
  importSurveyResults(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('base64', { description: 'Nội dung tệp (base64).' }) base64: string,
    @Arg('format', () => SurveyFileFormatKind) format: SurveyFileFormatKind,
  ): Promise<SurveyImportResult> {
    return importSurveyResults(ctx, yearId, base64, format);
  }
}
