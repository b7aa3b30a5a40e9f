import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { removeEvidence } from './evidence-removal.service';

/**
 * Evidence on a sheet's leaves. Bytes travel over REST (POST /files, GET /files/:id: multipart
 * streams); taking a file off a leaf is a sheet edit — same version check, workflow rule, audit and
 * answer (the sheet) as saving the leaf — so it is a mutation beside the sheet's other edits.
 */
@Resolver()
export class EvidenceResolver {
  @Mutation(() => ScoreSheetEntity, {
    description:
      'Gỡ một tệp minh chứng khỏi tiêu chí (tệp gửi nhầm, có thông tin cá nhân…): minh chứng tự đánh giá khi phiếu đang tự đánh giá, minh chứng bổ sung khi đang được đề nghị giải trình; đơn vị của phiếu (cán bộ, người đứng đầu), trong hạn. Một mục vừa có tệp vừa có số ký hiệu/tên văn bản giữ lại phần văn bản. Tệp không còn được tham chiếu ở đâu (phiếu, bản lưu trữ, khắc phục, báo cáo) thì bị xoá hẳn sau khi lưu. Được ghi vào lịch sử (ai, khi nào, tên tệp).',
  })
  removeEvidence(
    @Ctx() ctx: ScoringContext,
    @Arg('sheetId', () => ID) sheetId: string,
    @Arg('version', () => Int, { description: 'The sheet version the client read (optimistic check).' }) version: number,
    @Arg('criterionId', () => ID) criterionId: string,
    @Arg('fileId', () => ID) fileId: string,
  ): Promise<ScoreSheetEntity> {
    return removeEvidence(ctx, { sheetId, version, criterionId, fileId });
  }
}
