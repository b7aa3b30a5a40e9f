import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { NationalIndexKind } from '../../../domain/analysis/national-indices';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { FileDownload } from '../criteria/criteria.types';
import type { ScoringContext } from '../scoring-context';
import { SurveyImportPreview, SurveyImportResult, toPreviewType } from '../survey/survey.resolver';
import type { NationalIndexEntity } from './national-index.entity';
import {
  applyDdciAsSurvey,
  createNationalIndex,
  deleteNationalIndex,
  importNationalIndices,
  nationalIndexHistory,
  nationalIndices,
  nationalIndicesTemplate,
  previewDdciAsSurvey,
  publishNationalIndices,
  updateNationalIndex,
} from './national-index.service';

export enum NationalIndexKindValue {
  PAR_INDEX = 'PAR_INDEX',
  SIPAS = 'SIPAS',
  PAPI = 'PAPI',
  PCI = 'PCI',
  DDCI = 'DDCI',
}
registerEnumType(NationalIndexKindValue, {
  name: 'NationalIndexKind',
  description: 'Chỉ số đo bởi đơn vị khác: PAR INDEX, SIPAS, PAPI (thang 80), PCI của tỉnh; DDCI của từng sở, ngành, địa phương.',
  valuesConfig: {
    PAR_INDEX: { description: 'Chỉ số cải cách hành chính của tỉnh (Bộ Nội vụ), 0–100' },
    SIPAS: { description: 'Chỉ số hài lòng về sự phục vụ hành chính, 0–100 %' },
    PAPI: { description: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (UNDP), 0–80' },
    PCI: { description: 'Chỉ số năng lực cạnh tranh cấp tỉnh (VCCI), 0–100' },
    DDCI: { description: 'Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (tỉnh tự tổ chức), 0–100' },
  },
});

@ObjectType('NationalIndex', { description: 'Một số liệu chỉ số của tỉnh (hoặc DDCI của một đơn vị) trong một năm.' })
export class NationalIndexView {
  @Field(() => ID) id: string;
  @Field(() => ID) provinceId: string;
  @Field(() => Int, { description: 'Năm được đo (năm của số liệu, không phải năm công bố).' }) year: number;
  @Field(() => NationalIndexKindValue) kind: NationalIndexKind;
  @Field(() => ID, { nullable: true, description: 'Đơn vị được xếp hạng (chỉ DDCI).' }) unitId: string | null;
  @Field(() => String, { nullable: true }) unitCode: string | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field(() => Float, { description: 'Giá trị (PAPI trên thang 80, các chỉ số khác trên thang 100).' }) value: number;
  @Field(() => Int, { nullable: true, description: 'Thứ hạng (toàn quốc; DDCI: trong tỉnh).' }) rank: number | null;
  @Field(() => Int, { nullable: true, description: 'Trên tổng số (63 tỉnh đến 2024, 34 từ 2025; DDCI: số đơn vị).' }) rankOf: number | null;
  @Field({ description: 'Đã công bố: ai cũng đọc được (cả ứng dụng khai thác).' }) published: boolean;
  @Field(() => String, { nullable: true, description: 'Nguồn số liệu (văn bản công bố).' }) source: string | null;
  @Field() updatedBy: string;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('ProvinceAverageIndex', { description: 'Chỉ số CCHC bình quân của các đơn vị trong tỉnh một năm (tỉnh tự đánh giá).' })
export class ProvinceAverageIndex {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field({ description: 'FINALIZED (chỉ quản trị viên thấy) hoặc PUBLISHED.' }) status: string;
  @Field(() => Float, { nullable: true, description: 'Bình quân chỉ số của các đơn vị đã xếp hạng, mọi khối (%).' })
  averageIndex: number | null;
  @Field(() => Int) unitCount: number;
}

@ObjectType('NationalIndexOverview', {
  description: 'Các chỉ số quốc gia của tỉnh qua các năm, bên cạnh chỉ số bình quân tỉnh tự đánh giá.',
})
export class NationalIndexOverview {
  @Field(() => ID) provinceId: string;
  @Field({ description: 'Người gọi là quản trị viên của tỉnh: thấy cả số liệu chưa công bố, được sửa.' }) canManage: boolean;
  @Field(() => [NationalIndexView]) entries: NationalIndexView[];
  @Field(() => [ProvinceAverageIndex]) ownAverages: ProvinceAverageIndex[];
}

@InputType('NationalIndexInput')
export class NationalIndexInputType {
  @Field(() => ID) provinceId: string;
  @Field(() => Int) year: number;
  @Field(() => NationalIndexKindValue) kind: NationalIndexKind;
  @Field(() => ID, { nullable: true, description: 'Đơn vị (bắt buộc với DDCI, để trống với các chỉ số của tỉnh).' })
  unitId?: string | null;
  @Field({ description: 'Giá trị, ví dụ "89,32".' }) value: string;
  @Field(() => Int, { nullable: true }) rank?: number | null;
  @Field(() => Int, { nullable: true, description: 'Mặc định: số tỉnh, thành phố của năm đó.' }) rankOf?: number | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
}

@InputType('NationalIndexUpdateInput')
export class NationalIndexUpdateInputType {
  @Field() value: string;
  @Field(() => Int, { nullable: true }) rank?: number | null;
  @Field(() => Int, { nullable: true }) rankOf?: number | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Lý do sửa (ghi vào nhật ký).' }) reason?: string | null;
}

@ObjectType('NationalIndexImportResult')
export class NationalIndexImportResult {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
}

const view = (e: NationalIndexEntity): NationalIndexView => ({
  id: e.id,
  provinceId: e.provinceUnitId,
  year: e.year,
  kind: e.kind,
  unitId: e.unitId === e.provinceUnitId ? null : e.unitId,
  unitCode: e.unitCode,
  unitName: e.unitName,
  value: e.value / 100,
  rank: e.rank,
  rankOf: e.rankOf,
  published: e.published,
  source: e.source,
  updatedBy: e.updatedBy,
  updatedAt: e.updatedAt,
});

@Resolver()
export class NationalIndexResolver {
  @Query(() => NationalIndexOverview, {
    description:
      'Các chỉ số quốc gia của tỉnh (PAR INDEX, SIPAS, PAPI, PCI; DDCI theo đơn vị) and the province’s own average index per year. No sign-in needed: published figures and published years for everyone (external apps included); the province’s administrator also sees drafts and finalized years.',
  })
  async nationalIndices(
    @Ctx() ctx: ScoringContext,
    @Arg('provinceId', () => ID) provinceId: string,
    @Arg('kind', () => NationalIndexKindValue, { nullable: true }) kind?: NationalIndexKind | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<NationalIndexOverview> {
    const o = await nationalIndices(ctx, provinceId, { kind, year });
    return {
      ...o,
      entries: o.entries.map(view),
      ownAverages: o.ownAverages.map((a) => ({ ...a, averageIndex: a.averageIndex === null ? null : a.averageIndex / 100 })),
    };
  }

  @Query(() => [AuditEventEntity], { description: 'Lịch sử thay đổi một số liệu chỉ số (quản trị viên của tỉnh).' })
  nationalIndexHistory(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string): Promise<AuditEventEntity[]> {
    return nationalIndexHistory(ctx, id);
  }

  @Query(() => FileDownload, { description: 'Mẫu nhập chỉ số quốc gia (XLSX), kèm số liệu đã có.' })
  nationalIndicesTemplate(@Ctx() ctx: ScoringContext, @Arg('provinceId', () => ID) provinceId: string): Promise<FileDownload> {
    return nationalIndicesTemplate(ctx, provinceId);
  }

  @Mutation(() => NationalIndexView, {
    description:
      'Thêm một số liệu chỉ số. Refused with BAD_USER_INPUT and extensions.reason YEAR_OUT_OF_RANGE, VALUE_OUT_OF_RANGE, VALUE_NOT_NUMBER, RANK_OUT_OF_RANGE, RANK_OF_OUT_OF_RANGE, UNIT_REQUIRED, UNIT_NOT_ALLOWED, UNKNOWN_UNIT; CONFLICT/DUPLICATE when the figure exists.',
  })
  async createNationalIndex(@Ctx() ctx: ScoringContext, @Arg('input') input: NationalIndexInputType): Promise<NationalIndexView> {
    return view(await createNationalIndex(ctx, input));
  }

  @Mutation(() => NationalIndexView, { description: 'Sửa một số liệu chỉ số (cùng các kiểm tra như khi thêm); ghi nhật ký.' })
  async updateNationalIndex(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: NationalIndexUpdateInputType,
  ): Promise<NationalIndexView> {
    return view(await updateNationalIndex(ctx, id, input));
  }

  @Mutation(() => Boolean, { description: 'Xóa một số liệu chỉ số (cần lý do); ghi nhật ký.' })
  deleteNationalIndex(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<boolean> {
    return deleteNationalIndex(ctx, id, reason);
  }

  @Mutation(() => Int, { description: 'Công bố (hoặc thu hồi) mọi số liệu chỉ số của một năm; trả về số số liệu thay đổi.' })
  publishNationalIndices(
    @Ctx() ctx: ScoringContext,
    @Arg('provinceId', () => ID) provinceId: string,
    @Arg('year', () => Int) year: number,
    @Arg('published') published: boolean,
  ): Promise<number> {
    return publishNationalIndices(ctx, provinceId, year, published);
  }

  @Mutation(() => NationalIndexImportResult, {
    description:
      'Nhập chỉ số từ XLSX (Năm | Chỉ số | Mã đơn vị (DDCI) | Giá trị | Thứ hạng | Trên tổng số | Nguồn). All rows or none: BAD_USER_INPUT with `issues` (row, code, field, vi, en).',
  })
  importNationalIndices(
    @Ctx() ctx: ScoringContext,
    @Arg('provinceId', () => ID) provinceId: string,
    @Arg('base64') base64: string,
  ): Promise<NationalIndexImportResult> {
    return importNationalIndices(ctx, provinceId, base64);
  }

  @Query(() => SurveyImportPreview, {
    description:
      'Xem trước: dùng DDCI của các đơn vị (năm của kỳ đánh giá) làm điểm một tiêu chí điều tra (quy đổi theo %); the survey import’s checks, writes nothing.',
  })
  async ddciSurveyPreview(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('criterionCode') criterionCode: string,
  ): Promise<SurveyImportPreview> {
    return toPreviewType(await previewDdciAsSurvey(ctx, yearId, criterionCode), ctx.locale);
  }

  @Mutation(() => SurveyImportResult, {
    description: 'Dùng DDCI làm điểm một tiêu chí điều tra: through the survey import (all or nothing, audited, results recomputed).',
  })
  applyDdciToSurvey(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('criterionCode') criterionCode: string,
  ): Promise<SurveyImportResult> {
    return applyDdciAsSurvey(ctx, yearId, criterionCode);
  }
}
