import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { Delivery } from './delivery.entity';
import { MessageInput } from './delivery.inputs';
import type { DeliveryService } from './delivery.service';

@Resolver(() => Delivery)
export class DeliveryResolver {
  constructor(private readonly deliveryService: DeliveryService) {}

  @Query(() => [Delivery], { description: 'tenant user' })
  @Allow(Access.TENANT_READ)
  deliveries(@Ctx() { ctx }: GraphQLContext, @Arg('listId', () => ID) listId: string): Promise<Delivery[]> {
    return this.deliveryService.forList(ctx, listId);
  }

  @Mutation(() => Delivery, { description: 'tenant OWNER/ADMIN; to CONFIRMED subscribers only' })
  @Allow(Access.TENANT_WRITE)
  sendListMessage(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('listId', () => ID) listId: string,
    @Arg('input', () => MessageInput) input: MessageInput,
  ): Promise<Delivery> {
    return this.deliveryService.send(ctx, listId, input);
  }

  @Query(() => Delivery, { nullable: true, description: 'tenant user' })
  @Allow(Access.TENANT_READ)
  delivery(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Delivery | null> {
    return this.deliveryService.find(ctx, id);
  }

  @Mutation(() => Delivery, {
    description: 'tenant OWNER/ADMIN; a SCHEDULED or SENDING delivery stops; what was sent stays sent',
  })
  @Allow(Access.TENANT_WRITE)
  cancelDelivery(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Delivery> {
    return this.deliveryService.cancel(ctx, id);
  }

  @Mutation(() => Boolean, { description: "tenant OWNER/ADMIN; to the caller's own address only" })
  @Allow(Access.TENANT_WRITE)
  sendTestMessage(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('listId', () => ID) listId: string,
    @Arg('input', () => MessageInput) input: MessageInput,
  ): Promise<boolean> {
    return this.deliveryService.sendTest(ctx, listId, input);
  }
}
