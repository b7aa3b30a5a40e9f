import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';
import { OrgUnitKind } from './org-unit.entity';

@InputType({ description: 'A new unit (tạo đơn vị mới).' })
export class CreateOrgUnitInput {
  @Field(() => OrgUnitKind) kind: OrgUnitKind;
  @Field({ description: 'Loại đơn vị bằng tiếng Việt: sở, ban, huyện, xã, phường, đặc khu…' }) subtype: string;
  @Field({ description: 'Mã đơn vị, duy nhất trong các đơn vị đang hoạt động.' }) code: string;
  @Field({ description: 'Tên đầy đủ, ví dụ "Phường An Sinh".' }) name: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Đơn vị cấp trên. Tỉnh/thành phố (gốc) chỉ được tạo bằng chức năng nhập dữ liệu đơn vị hành chính.',
  })
  parentId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực từ ngày (mặc định: không giới hạn).' }) validFrom?: string | null;
}

@InputType({ description: 'A unit formed by a merge or a split.' })
export class NewOrgUnitInput {
  @Field(() => OrgUnitKind) kind: OrgUnitKind;
  @Field({ description: 'Loại đơn vị bằng tiếng Việt (xã, phường, sở…).' }) subtype: string;
  @Field({ description: 'Mã đơn vị mới; có thể dùng lại mã của một đơn vị cũ vì đơn vị cũ được đóng trước.' }) code: string;
  @Field({ description: 'Tên đầy đủ của đơn vị mới.' }) name: string;
  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên; mặc định là cấp trên của (các) đơn vị cũ.' }) parentId?: string | null;
}

@InputType({ description: 'Sáp nhập: several units become one new unit; the old ones close the day before.' })
export class MergeOrgUnitsInput {
  @Field(() => [ID], { description: 'Các đơn vị được sáp nhập (ít nhất hai, đang hoạt động, cùng loại).' }) sourceIds: string[];
  @Field(() => DateScalar, { description: 'Ngày đơn vị mới có hiệu lực; đơn vị cũ hết hiệu lực ngày hôm trước.' }) effectiveDate: string;
  @Field(() => NewOrgUnitInput) target: NewOrgUnitInput;
}

@InputType({ description: 'Chia tách: one unit becomes several new units; the old one closes the day before.' })
export class SplitOrgUnitInput {
  @Field(() => ID, { description: 'Đơn vị bị chia tách.' }) sourceId: string;
  @Field(() => DateScalar, { description: 'Ngày các đơn vị mới có hiệu lực.' }) effectiveDate: string;
  @Field(() => [NewOrgUnitInput], { description: 'Các đơn vị mới (ít nhất hai).' }) targets: NewOrgUnitInput[];
}
