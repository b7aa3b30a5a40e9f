import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Role } from '../../../platform/auth/roles';
import { ConnectionType } from '../../../platform/graphql/connection';
import { PageArgs } from '../org-unit/org-unit.types';
import { UserEntity } from './user.entity';

export const UserConnection = ConnectionType(UserEntity, 'User');

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only users of this unit and the units below it.' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the username or full name.' }) search?: string | null;
}

@InputType({ description: 'Tạo người dùng mới.' })
export class CreateUserInput {
  @Field({ description: 'Tên đăng nhập: chữ thường không dấu, số, ".", "_" hoặc "-" (3–64 ký tự); duy nhất.' }) username: string;
  @Field({ description: 'Họ và tên.' }) fullName: string;
  @Field(() => String, { nullable: true, description: 'Địa chỉ e-mail nhận thông báo (không bắt buộc).' }) email?: string | null;
  @Field(() => ID, { description: 'Đơn vị công tác (đang hoạt động).' }) unitId: string;
  @Field(() => [Role], { description: 'Vai trò (ít nhất một).' }) roles: Role[];
  @Field({ description: 'Mật khẩu ban đầu (ít nhất 8 ký tự); chỉ lưu dạng băm, không bao giờ trả về.' }) password: string;
}

@InputType({ description: 'Sửa người dùng: chỉ các trường được gửi mới thay đổi.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'Họ và tên.' }) fullName?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa chỉ e-mail nhận thông báo; chuỗi rỗng: xóa.' }) email?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị công tác.' }) unitId?: string | null;
  @Field(() => [Role], { nullable: true, description: 'Vai trò (thay toàn bộ).' }) roles?: Role[] | null;
  @Field(() => Boolean, { nullable: true, description: 'false: khóa tài khoản (không đăng nhập được).' }) active?: boolean | null;
}
