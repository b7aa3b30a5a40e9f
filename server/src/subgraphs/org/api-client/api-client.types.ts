import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiScope } from '../../../platform/auth/tokens';
import { ApiClientEntity } from './api-client.entity';

@InputType({ description: 'Tạo khóa API cho một ứng dụng khai thác.' })
export class CreateApiClientInput {
  @Field({ description: 'Tên ứng dụng (bắt buộc), ví dụ "Cổng thông tin điện tử tỉnh".' }) name: string;
  @Field(() => [ApiScope], { nullable: true, description: 'Phạm vi; mặc định [PUBLISHED_RESULTS].' }) scopes?: ApiScope[] | null;
}

@ObjectType('CreatedApiClient', { description: 'The new app and its key. The key is shown only here, once: store it safely.' })
export class CreatedApiClient {
  @Field(() => ApiClientEntity) client: ApiClientEntity;
  @Field({
    description:
      'Khóa API đầy đủ: chỉ hiển thị một lần, hệ thống không lưu. Send it as `X-Api-Key: <key>` or `Authorization: ApiKey <key>`.',
  })
  key: string;
}
