import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ATTESTATION_PURPOSES } from '../../../domain/accountability';
import { FileDownload } from '../results/results.types';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { accessView } from '../score-sheet/score-sheet.read';
import { effectiveState } from '../score-sheet/sheet-access';
import type { ScoringContext } from '../scoring-context';
import {
  AttestationPurposeKind,
  AttestationStatusKind,
  HeadsList,
  HeadTermInput,
  SheetAttestationView,
  UnitHeadsView,
} from './accountability.types';
import { attestationView, attestScoreSheet, requestAttestation } from './attestation.service';
import { deleteAssessorEntry, recordAssessorEntry } from './assessor-entry.service';
import { AssessorEntryInput } from './assessor-entry.types';
import { deleteHeadTerm, exportHeadsList, headsList, saveHeadTerm, unitHeads } from './heads.service';

@Resolver()
export class HeadsResolver {
  @Query(() => UnitHeadsView, { description: 'Người đứng đầu (các nhiệm kỳ trong năm) và cấp phó phụ trách CCHC của một đơn vị.' })
  unitHeads(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string, @Arg('unitId', () => ID) unitId: string) {
    return unitHeads(ctx, yearId, unitId);
  }

  @Query(() => HeadsList, {
    description:
      'Căn cứ đánh giá, xếp loại người đứng đầu: người đứng đầu mỗi đơn vị của khối với chỉ số, xếp loại của đơn vị và mức xếp loại tương ứng (theo quy định hiển thị của năm).',
  })
  headsList(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string, @Arg('groupId', () => ID) groupId: string) {
    return headsList(ctx, yearId, groupId);
  }

  @Query(() => FileDownload, { description: 'Danh sách căn cứ đánh giá, xếp loại người đứng đầu (Excel) cho phòng tổ chức cán bộ.' })
  exportHeadsList(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string, @Arg('groupId', () => ID) groupId: string) {
    return exportHeadsList(ctx, yearId, groupId);
  }

  @Mutation(() => UnitHeadsView, {
    description: 'Thêm/sửa nhiệm kỳ người đứng đầu hoặc cấp phó phụ trách (cơ quan đánh giá; ghi nhật ký).',
  })
  saveHeadTerm(@Ctx() ctx: ScoringContext, @Arg('input', () => HeadTermInput) input: HeadTermInput) {
    return saveHeadTerm(ctx, input);
  }

  @Mutation(() => UnitHeadsView, { description: 'Xóa một nhiệm kỳ nhập nhầm (ghi nhật ký).' })
  deleteHeadTerm(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return deleteHeadTerm(ctx, id, reason ?? null);
  }
}

@Resolver(() => ScoreSheetEntity)
export class SheetAttestationResolver {
  @Mutation(() => ScoreSheetEntity, {
    description:
      'Người đứng đầu xác nhận "Tôi xác nhận số liệu tự đánh giá là trung thực, chính xác" cho phiên bản hiện tại của phiếu (trước khi nộp, hoặc trước khi gửi giải trình). Mọi thay đổi sau đó làm mất hiệu lực xác nhận.',
  })
  attestScoreSheet(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('purpose', () => AttestationPurposeKind, { defaultValue: AttestationPurposeKind.SUBMIT }) purpose: AttestationPurposeKind,
    @Arg('confirmed', { description: 'Người đứng đầu đã đánh dấu nội dung xác nhận.' }) confirmed: boolean,
  ) {
    return attestScoreSheet(ctx, sheetId, version, purpose, confirmed);
  }

  @Mutation(() => ScoreSheetEntity, {
    description: 'Cán bộ đề nghị người đứng đầu xác nhận phiếu (hiện trong việc cần làm của người đứng đầu).',
  })
  requestAttestation(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('purpose', () => AttestationPurposeKind, { defaultValue: AttestationPurposeKind.SUBMIT }) purpose: AttestationPurposeKind,
  ) {
    return requestAttestation(ctx, sheetId, purpose);
  }

  @Mutation(() => ScoreSheetEntity, {
    description:
      'Cơ quan đánh giá ghi nhận trên tiêu chí do mình nhập (điểm trừ, điểm thưởng) kèm căn cứ; điểm tính theo quy tắc của tiêu chí, kết quả tính lại ngay.',
  })
  recordAssessorEntry(@Ctx() ctx: ScoringContext, @Arg('input', () => AssessorEntryInput) input: AssessorEntryInput) {
    return recordAssessorEntry(ctx, input);
  }

  @Mutation(() => ScoreSheetEntity, { description: 'Xóa một ghi nhận thủ công nhập nhầm (cần lý do; ghi nhật ký).' })
  deleteAssessorEntry(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string) {
    return deleteAssessorEntry(ctx, id, reason);
  }

  @FieldResolver(() => [SheetAttestationView], {
    description: 'Xác nhận của người đứng đầu: trước khi nộp (SUBMIT) và trước khi gửi giải trình (EXPLANATION).',
  })
  async attestations(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<SheetAttestationView[]> {
    const [rows, view] = await Promise.all([ctx.loaders.accountability.attestationsBySheet.load(sheet.id), accessView(ctx, sheet)]);
    const state = effectiveState(view);
    return ATTESTATION_PURPOSES.map((purpose) => {
      const { status, row } = attestationView(rows.find((r) => r.purpose === purpose) ?? null, purpose, sheet, state);
      return {
        purpose: purpose as AttestationPurposeKind,
        status: status as AttestationStatusKind,
        sheetVersion: row?.sheetVersion ?? null,
        attestedByName: row?.attestedByName ?? null,
        attestedAt: row?.attestedAt ?? null,
        headName: row?.headName ?? null,
        statement: row?.statement ?? null,
        requestedByName: row?.requestedByName ?? null,
        requestedAt: row?.requestedAt ?? null,
      };
    });
  }
}
