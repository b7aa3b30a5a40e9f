import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrgUnitRef } from '../org-unit-ref';
import { ComponentIndex, SheetStatus, SheetTotals } from '../score-sheet/score-sheet.types';

/*
 * Read models built in full by the services: `simpleResolvers` lets GraphQL read their
 * properties directly. Without it every property of every row went through the global error
 * middleware (an async chain per field): a 526-row ranking spent most of its time and memory
 * there. Nothing here can throw; the resolvers that build these objects keep the middleware.
 */

@ObjectType('Classification', { simpleResolvers: true, description: 'Xếp loại theo các mức của kỳ (ví dụ Xuất sắc ≥ 90).' })
export class ClassificationInfo {
  @Field() code: string;
  @Field({ description: 'Tên xếp loại (tiếng Việt).' }) label: string;
  @Field() labelEn: string;
  @Field({ description: 'Màu hiển thị #RRGGBB.' }) color: string;
}

@ObjectType('HeadRating', { simpleResolvers: true, description: 'Xếp loại người đứng đầu theo kết quả chỉ số.' })
export class HeadRatingInfo {
  @Field() code: string;
  @Field({ description: 'Ví dụ "Hoàn thành tốt nhiệm vụ".' }) label: string;
  @Field() labelEn: string;
}

@ObjectType('RankingRow', { simpleResolvers: true, description: 'Một dòng bảng xếp hạng.' })
export class RankingRow {
  @Field(() => Int, { nullable: true, description: 'Thứ hạng (bằng nhau cùng hạng: 1, 2, 2, 4); null khi chưa thẩm định xong.' })
  rank: number | null;
  @Field(() => Int, { description: 'Vị trí hiển thị (ties in Vietnamese alphabetical order).' }) position: number;
  @Field({ description: 'Có đơn vị khác cùng hạng.' }) tied: boolean;
  @Field({ description: 'Kết quả tạm thời: phiếu chưa hoàn thành thẩm định, không được xếp hạng.' }) provisional: boolean;
  @Field(() => OrgUnitRef) unit: OrgUnitRef;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() unitCode: string;
  @Field(() => ID) assessorUnitId: string;
  @Field() assessorUnitName: string;
  @Field(() => ID) sheetId: string;
  @Field(() => SheetStatus) status: SheetStatus;
  @Field(() => Float, { nullable: true, description: 'Chỉ số (%).' }) index: number | null;
  @Field(() => SheetTotals) totals: SheetTotals;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field(() => HeadRatingInfo, { nullable: true }) headRating: HeadRatingInfo | null;
  @Field(() => [ComponentIndex], { description: 'Chỉ số thành phần theo lĩnh vực.' }) areas: ComponentIndex[];
  // The compact form below is what a screen showing a whole block reads: ~120 fields a row in
  // the object form above made a 1,000-unit answer 3.4 MB (issue 9); these carry the same
  // figures as plain values keyed by the lists given once on the Ranking.
  @Field(() => String, {
    nullable: true,
    description: 'Mã xếp loại (one of Ranking.classifications); null when not classified or not visible to the caller.',
  })
  classificationCode: string | null;
  @Field(() => [Float], {
    nullable: 'items',
    description:
      'Chỉ số thành phần (%), one number per entry of Ranking.areas in its order; null when not visible or the unit has no such area.',
  })
  areaIndices: (number | null)[];
  @Field(() => Int, { description: 'Position of this row’s assessing unit in Ranking.assessors.' }) assessorIndex: number;
}

@ObjectType('RankingBand', {
  simpleResolvers: true,
  description: 'A classification of the year with the head rating it gives, listed once per ranking.',
})
export class RankingBand {
  @Field() code: string;
  @Field({ description: 'Tên xếp loại (tiếng Việt).' }) label: string;
  @Field() labelEn: string;
  @Field({ description: 'Màu hiển thị #RRGGBB.' }) color: string;
  @Field(() => HeadRatingInfo, { nullable: true }) headRating: HeadRatingInfo | null;
}

@ObjectType('RankingAssessor', {
  simpleResolvers: true,
  description: 'An assessing unit of the rows (a district for its communes), listed once per ranking.',
})
export class RankingAssessor {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('RankingArea', { simpleResolvers: true, description: 'A column of the per-area breakdown.' })
export class RankingArea {
  @Field() code: string;
  @Field() title: string;
}

export enum RankingWarningLevel {
  OK = 'OK',
  AT_LIMIT = 'AT_LIMIT',
  OVER_LIMIT = 'OVER_LIMIT',
}
registerEnumType(RankingWarningLevel, {
  name: 'RankingWarningLevel',
  description: 'Mức cảnh báo so với giới hạn (OK dưới giới hạn, AT_LIMIT đúng bằng giới hạn — vẫn hợp lệ, OVER_LIMIT vượt giới hạn).',
  valuesConfig: {
    OK: { description: 'Dưới giới hạn' },
    AT_LIMIT: { description: 'Đúng bằng giới hạn (vẫn hợp lệ)' },
    OVER_LIMIT: { description: 'Vượt giới hạn' },
  },
});

@ObjectType('RankingWarning', {
  simpleResolvers: true,
  description:
    'Lưu ý kèm bảng xếp hạng (không chặn việc công bố). EXCELLENT_SHARE_335: Nghị định 335/2025/NĐ-CP — số xếp loại Xuất sắc không quá 20% số được xếp loại Tốt trở lên, tính trên các đơn vị đã xếp hạng.',
})
export class RankingWarning {
  @Field({ description: 'Mã lưu ý, ví dụ EXCELLENT_SHARE_335.' }) code: string;
  @Field(() => RankingWarningLevel) level: RankingWarningLevel;
  @Field(() => Float, { description: 'Tỷ lệ hiện tại (%), hai chữ số thập phân.' }) share: number;
  @Field(() => Float, { description: 'Giới hạn (%).' }) limit: number;
  @Field(() => Int, { description: 'Số đơn vị xếp loại Xuất sắc.' }) count: number;
  @Field(() => Int, { description: 'Số đơn vị làm cơ sở tính (xếp loại Tốt trở lên).' }) baseCount: number;
  @Field({ description: 'Nội dung lưu ý (tiếng Việt).' }) message: string;
  @Field() messageEn: string;
}

@ObjectType('Ranking', { simpleResolvers: true, description: 'Bảng xếp hạng một khối (và một đơn vị đánh giá, nếu chọn).' })
export class Ranking {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) groupId: string;
  @Field({ description: 'Mã khối (ví dụ SO, XA).' }) groupCode: string;
  @Field() groupName: string;
  @Field(() => ID, { nullable: true }) assessorUnitId: string | null;
  @Field({
    description:
      'Tạm tính: kỳ chưa công bố. Before publication a unit sees only its own row without rank, index or classification; the assessor side sees its units, ranked once their appraisal is complete.',
  })
  provisional: boolean;
  @Field(() => [RankingArea]) areas: RankingArea[];
  @Field(() => [RankingBand], { description: 'Các mức xếp loại của kỳ (best first): what RankingRow.classificationCode refers to.' })
  classifications: RankingBand[];
  @Field(() => [RankingAssessor], {
    description: 'Assessing units of the rows, in Vietnamese name order: what RankingRow.assessorIndex refers to.',
  })
  assessors: RankingAssessor[];
  @Field(() => [RankingRow], { description: 'Rows the current user may see (the whole block once published).' }) rows: RankingRow[];
  @Field(() => [RankingWarning], {
    description:
      'Lưu ý cho báo cáo, chỉ khi cần (đạt hoặc vượt giới hạn); tính trên các dòng đã xếp hạng (không tính kết quả tạm thời), và chỉ khi người xem thấy toàn bộ bảng.',
  })
  warnings: RankingWarning[];
}

@ObjectType('UnitAssessment', { simpleResolvers: true, description: 'Kết quả Chỉ số CCHC của một đơn vị trong một kỳ.' })
export class UnitAssessment {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field() yearName: string;
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field(() => ID) sheetId: string;
  @Field(() => SheetStatus) status: SheetStatus;
  @Field({ description: 'Tạm tính: kỳ chưa công bố, hoặc phiếu chưa thẩm định xong.' }) provisional: boolean;
  @Field(() => SheetTotals) totals: SheetTotals;
  @Field(() => Int, { nullable: true }) rankInGroup: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank among the units of the same assessor (a district’s communes).' })
  rankInAssessor: number | null;
  @Field(() => Int, { description: 'Số đơn vị trong khối.' }) groupSize: number;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field(() => HeadRatingInfo, { nullable: true }) headRating: HeadRatingInfo | null;
  @Field(() => [ComponentIndex]) areas: ComponentIndex[];
  @Field(() => [ComponentIndex]) criteria: ComponentIndex[];
}

@ObjectType('IndexHistoryPoint', { simpleResolvers: true, description: 'Chỉ số của đơn vị (hoặc đơn vị tiền thân) qua các năm.' })
export class IndexHistoryPoint {
  @Field(() => Int) year: number;
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Float, { nullable: true }) index: number | null;
  @Field(() => Int, { nullable: true }) rankInGroup: number | null;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field({ description: 'Kết quả của đơn vị tiền thân (trước sáp nhập/chia tách).' }) viaPredecessor: boolean;
  @Field({ description: 'Tạm tính: kỳ chưa công bố, hoặc phiếu chưa thẩm định xong.' }) provisional: boolean;
}

/** One FileDownload type for every generated file (defined with the criteria export). */
export { FileDownload } from '../criteria/criteria.types';

@ObjectType('PublishedResults', {
  simpleResolvers: true,
  description: 'Kết quả đã công bố của một tỉnh trong một năm (readable without signing in).',
})
export class PublishedResults {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field() name: string;
  @Field(() => ID) provinceUnitId: string;
  @Field(() => [Ranking]) rankings: Ranking[];
}
