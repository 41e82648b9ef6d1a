import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { ListActivityDay } from './list-activity.types';
import type { ListDeletion } from './list-deletion.service';
import { CreateListInput, UpdateListInput } from './list.inputs';
import type { ListService } from './list.service';
import { MailingList } from './mailing-list.entity';

@Resolver(() => MailingList)
export class ListResolver {
  constructor(
    private readonly listService: ListService,
    private readonly deletion: ListDeletion,
  ) {}

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

  @Mutation(() => MailingList, { description: 'tenant OWNER/ADMIN' })
  @Allow(Access.TENANT_WRITE)
  updateList(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateListInput) input: UpdateListInput,
  ): Promise<MailingList> {
    return this.listService.update(ctx, id, input);
  }

  @Mutation(() => Boolean, {
    description: "tenant OWNER/ADMIN; deletes its subscribers' personal data as unsubscribing does",
  })
  @Allow(Access.TENANT_WRITE)
  deleteList(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.deletion.delete(ctx, id);
  }

  @FieldResolver(() => [ListActivityDay], {
    description:
      'the anonymous daily counters of the last `days` UTC days (1-366), oldest first; days without events are zero',
  })
  activity(
    @Ctx() { ctx }: GraphQLContext,
    @Root() list: MailingList,
    @Arg('days', () => Int, { defaultValue: 90 }) days: number,
  ): Promise<ListActivityDay[]> {
    return this.listService.activity(ctx, list.id, days);
  }
}
