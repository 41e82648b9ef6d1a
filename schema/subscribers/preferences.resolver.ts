import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { PreferencesService } from './preferences.service';
import { PreferencesInput, SubscriptionPreferences } from './preferences.types';

/** The preferences page's API: the token from a list message, confirmation or welcome mail. */
@Resolver(() => SubscriptionPreferences)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Query(() => SubscriptionPreferences, {
    nullable: true,
    description:
      'public: token from a list message, confirmation or welcome mail; an unusable token is BAD_USER_INPUT',
  })
  @Allow(Access.PUBLIC)
  subscriptionPreferences(@Arg('token', () => String) token: string): Promise<SubscriptionPreferences> {
    return this.preferences.view(token);
  }

  @Mutation(() => SubscriptionPreferences, { description: 'public' })
  @Allow(Access.PUBLIC)
  updateSubscriptionPreferences(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('token', () => String) token: string,
    @Arg('input', () => PreferencesInput) input: PreferencesInput,
  ): Promise<SubscriptionPreferences> {
    return this.preferences.update(ctx, token, input);
  }
}
