import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { CreateListInput } from './list.inputs';
import type { ListService } from './list.service';
import { MailingList } from './mailing-list.entity';

@Resolver(() => MailingList)
export class ListResolver {
  constructor(private readonly listService: ListService) {}

  @Query(() => [MailingList], { description: "tenant user: its own tenant's" })
  @Allow(Access.TENANT_READ)
  lists(@Ctx() { ctx }: GraphQLContext): Promise<MailingList[]> {
    return this.listService.all(ctx);
  }

  @Query(() => MailingList, { nullable: true, description: 'tenant user' })
  @Allow(Access.TENANT_READ)
  list(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<MailingList | null> {
    return this.listService.find(ctx, id);
  }

  @Mutation(() => MailingList, { description: 'tenant OWNER/ADMIN' })
  @Allow(Access.TENANT_WRITE)
  createList(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => CreateListInput) input: CreateListInput,
  ): Promise<MailingList> {
    return this.listService.create(ctx, input);
  }
}
