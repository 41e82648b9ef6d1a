import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { ImportService } from './import.service';
import { SubscriberImport } from './import.types';

@Resolver(() => SubscriberImport)
export class ImportResolver {
  constructor(private readonly importService: ImportService) {}

  @Mutation(() => SubscriberImport, {
    description:
      'tenant OWNER/ADMIN; CSV with columns email, name, country, format; runs as a job (poll subscriberImport)',
  })
  @Allow(Access.TENANT_WRITE)
  importSubscribers(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('listId', () => ID) listId: string,
    @Arg('csv', () => String) csv: string,
    @Arg('consentStatement', () => String, {
      nullable: true,
      description: 'required for SINGLE lists: how these people consented',
    })
    consentStatement?: string | null,
  ): Promise<SubscriberImport> {
    return this.importService.start(ctx, listId, csv, consentStatement);
  }

  @Query(() => SubscriberImport, { nullable: true, description: 'tenant user' })
  @Allow(Access.TENANT_READ)
  subscriberImport(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<SubscriberImport | null> {
    return this.importService.find(ctx, id);
  }
}
