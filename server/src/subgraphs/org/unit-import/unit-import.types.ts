import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum UnitDataset {
  TWO_LEVEL_2026 = 'TWO_LEVEL_2026',
  THREE_LEVEL_2025 = 'THREE_LEVEL_2025',
}
registerEnumType(UnitDataset, {
  name: 'UnitDataset',
  description: 'Bộ dữ liệu đơn vị hành chính thực (server/data/vn-admin-units).',
  valuesConfig: {
    TWO_LEVEL_2026: { description: 'Mô hình hai cấp (tỉnh → xã), hiệu lực từ 01/07/2025: 34 tỉnh, 3.321 xã.' },
    THREE_LEVEL_2025: {
      description: 'Mô hình ba cấp (tỉnh → huyện → xã), dữ liệu 03/2025, hết hiệu lực 30/06/2025: 63 tỉnh, 696 huyện, 10.035 xã.',
    },
  },
});

@InputType({ description: 'Nhập đơn vị hành chính thực của một tỉnh.' })
export class ImportUnitsInput {
  @Field(() => UnitDataset) dataset: UnitDataset;
  @Field(() => String, {
    nullable: true,
    description: 'Mã tỉnh 2 chữ số, ví dụ "22" (Quảng Ninh). Quản trị cấp tỉnh chỉ nhập được tỉnh của mình.',
  })
  provinceCode?: string | null;
}

@ObjectType({ description: 'Kết quả nhập đơn vị hành chính. Importing the same data twice reports only unchanged units.' })
export class ImportReport {
  @Field({ description: 'TWO_LEVEL_2026 or THREE_LEVEL_2025.' }) dataset: string;
  @Field(() => String, { nullable: true, description: 'The province imported; null for the whole file.' }) provinceCode: string | null;
  @Field(() => Int, { description: 'Units created.' }) created: number;
  @Field(() => Int, { description: 'Units already present and identical.' }) unchanged: number;
  @Field(() => Int, { description: 'Units already present whose data changed.' }) updated: number;
  @Field(() => Int, { description: 'Predecessor links created (only when both eras are present).' }) linked: number;
  @Field(() => [String], {
    description: 'Tên trong văn bản "trước sắp xếp" không khớp đơn vị cũ nào: giữ nguyên văn bản, không tạo liên kết.',
  })
  unmatched: string[];
  @Field(() => [String], { description: 'Tên khớp nhiều đơn vị cũ: không đoán, giữ nguyên văn bản.' })
  ambiguous: string[];
}
