import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { Subscriber } from './subscriber.entity';
import { ConsentRecordView } from './subscriber-consent';
import {
  PublicSubscribeInput,
  SubscriberInput,
  SubscriberSearchArgs,
  SubscribersArgs,
  UpdateSubscriberInput,
} from './subscriber.inputs';
import type { SignupService } from './signup.service';
import type { SubscriberService } from './subscriber.service';
import { Receipt, SubscriberConnection } from './subscriber.types';

@Resolver(() => Subscriber)
export class SubscriberResolver {
  constructor(
    private readonly subscriberService: SubscriberService,
    private readonly signupService: SignupService,
  ) {}

  @Query(() => SubscriberConnection, {
    description:
      'tenant user; query: an address (exact, case-insensitive), an address prefix of at least 3 characters, or part of a name',
  })
  @Allow(Access.TENANT_READ)
  subscriberSearch(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => SubscriberSearchArgs) args: SubscriberSearchArgs,
  ): Promise<SubscriberConnection> {
    return this.subscriberService.search.search(ctx, args);
  }

  @Mutation(() => Subscriber, { description: 'tenant OWNER/ADMIN' })
  @Allow(Access.TENANT_WRITE)
  updateSubscriber(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSubscriberInput) input: UpdateSubscriberInput,
  ): Promise<Subscriber> {
    return this.subscriberService.update(ctx, id, input);
  }

  @Mutation(() => Int, {
    description:
      'tenant OWNER/ADMIN; at most 500 ids; deletes the personal data; answers how many were removed',
  })
  @Allow(Access.TENANT_WRITE)
  removeSubscribers(@Ctx() { ctx }: GraphQLContext, @Arg('ids', () => [ID]) ids: string[]): Promise<number> {
    return this.subscriberService.removeMany(ctx, ids);
  }

  @FieldResolver(() => [ConsentRecordView], { description: 'tenant user; oldest first' })
  consent(@Root() sub: Subscriber, @Ctx() { ctx }: GraphQLContext): Promise<ConsentRecordView[]> {
    return this.subscriberService.consentLedger.of(ctx, sub);
  }

  @Query(() => SubscriberConnection, { description: 'tenant user; first <= 500' })
  @Allow(Access.TENANT_READ)
  subscribers(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => SubscribersArgs) args: SubscribersArgs,
  ): Promise<SubscriberConnection> {
    return this.subscriberService.page(ctx, args);
  }

  @Mutation(() => Subscriber, {
    description: 'tenant OWNER/ADMIN; DOUBLE opt-in lists: PENDING + confirmation email',
  })
  @Allow(Access.TENANT_WRITE)
  addSubscriber(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('listId', () => ID) listId: string,
    @Arg('input', () => SubscriberInput) input: SubscriberInput,
  ): Promise<Subscriber> {
    return this.subscriberService.add(ctx, listId, input);
  }

  @Mutation(() => Boolean, { description: 'tenant OWNER/ADMIN; deletes the personal data' })
  @Allow(Access.TENANT_WRITE)
  removeSubscriber(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.subscriberService.remove(ctx, id);
  }

  @Mutation(() => Receipt, { description: 'public; same answer whether or not the address is known' })
  @Allow(Access.PUBLIC)
  subscribe(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => PublicSubscribeInput) input: PublicSubscribeInput,
  ): Promise<Receipt> {
    return this.signupService.requestPublic(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'public; token from the confirmation email' })
  @Allow(Access.PUBLIC)
  confirmSubscription(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('token', () => String) token: string,
  ): Promise<boolean> {
    return this.subscriberService.confirm(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: "public; token from any message's unsubscribe link; deletes the personal data",
  })
  @Allow(Access.PUBLIC)
  unsubscribe(@Ctx() { ctx }: GraphQLContext, @Arg('token', () => String) token: string): Promise<boolean> {
    return this.subscriberService.unsubscribe(ctx, token);
  }
}
