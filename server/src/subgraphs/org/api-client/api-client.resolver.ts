import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrgContext } from '../org-context';
import { UserEntity } from '../user/user.entity';
import { ApiClientEntity } from './api-client.entity';
import { createApiClient, listApiClients, revokeApiClient } from './api-client.service';
import { CreateApiClientInput, CreatedApiClient } from './api-client.types';

@Resolver(() => ApiClientEntity)
export class ApiClientResolver {
  @Query(() => [ApiClientEntity], { description: 'Ứng dụng khai thác của tỉnh (PROVINCE_ADMIN), mới nhất trước; gồm cả khóa đã thu hồi.' })
  apiClients(@Ctx() ctx: OrgContext): Promise<ApiClientEntity[]> {
    return listApiClients(ctx);
  }

  @Mutation(() => CreatedApiClient, {
    description:
      'Tạo khóa API cho một ứng dụng khai thác (PROVINCE_ADMIN). The full key is returned only in this answer; the system keeps only its hash.',
  })
  createApiClient(
    @Ctx() ctx: OrgContext,
    @Arg('input', () => CreateApiClientInput) input: CreateApiClientInput,
  ): Promise<CreatedApiClient> {
    return createApiClient(ctx, input);
  }

  @Mutation(() => ApiClientEntity, {
    description: 'Thu hồi khóa API (PROVINCE_ADMIN). Takes effect at once in the database and within a minute at every gateway.',
  })
  revokeApiClient(@Ctx() ctx: OrgContext, @Arg('id', () => ID) id: string): Promise<ApiClientEntity> {
    return revokeApiClient(ctx, id);
  }

  @FieldResolver(() => UserEntity, { nullable: true, description: 'Người tạo khóa.' })
  createdBy(@Root() client: ApiClientEntity, @Ctx() ctx: OrgContext): Promise<UserEntity | null> {
    return ctx.loaders.userById.load(client.createdBy);
  }
}
