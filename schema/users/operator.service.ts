import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { normalizeEmail, validEmail } from '../common/email';
import { ProcessingPurpose } from '../common/enums';
import { ConflictError, isUniqueViolation, uniqueIndex } from '../common/errors';
import { newId } from '../common/ids';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { RequestContext } from '../../tenants/request-context';
import type { InvitationService } from './invitation.service';
import { Operator } from './operator.entity';
import { OperatorInvitation } from './operator-invitation.entity';
import { UserStatus } from './user-status';
import { OperatorView } from './user.types';

const OPERATOR_EMAIL_TAKEN = uniqueIndex(Operator, 'ux_operators_email');
const INVITATION_TAKEN = uniqueIndex(OperatorInvitation, 'ux_operator_invitations_operator');
const EMAIL_TAKEN = 'An operator with this email address already exists';

/**
 * The platform's operators (operators only): who they are, whether they use 2FA, when they last
 * signed in, and invitations. An invitation makes an INVITED operator without a password and mails
 * it a single-use `/invitation?token=` link valid 7 days, as for a tenant's staff: the inviter never
 * sets the password. An address that is an ACTIVE operator's, in any spelling, is a CONFLICT; an
 * INVITED one is invited again (its old link stops working).
 */
export class OperatorService {
  constructor(
    private readonly db: Database,
    private readonly invitations: InvitationService,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
  ) {}

  async list(_ctx: RequestContext): Promise<OperatorView[]> {
    const rows: Array<{
      id: string;
      email: string;
      status: UserStatus;
      last_sign_in_at: unknown;
      tf: number | string;
    }> = await this.db.query(
      `SELECT o.id, o.email, o.status, o.last_sign_in_at, (SELECT COUNT(*) FROM two_factor_credentials f
         WHERE f.principal_kind = 'operator' AND f.user_id = o.id AND f.enabled_at IS NOT NULL) AS tf
       FROM operators o ORDER BY o.email, o.id`,
    );
    return rows.map((r) =>
      Object.assign(new OperatorView(), {
        id: r.id,
        email: r.email,
        status: r.status,
        twoFactorEnabled: Number(r.tf) > 0,
        lastSignInAt: this.db.date(r.last_sign_in_at),
      }),
    );
  }

  async invite(ctx: RequestContext, rawEmail: string): Promise<OperatorView> {
    const email = validEmail(rawEmail);
    try {
      return await this.db.transaction(async (em) => {
        // Every spelling of one address is one address (an operator configured at start may be stored as typed).
        const all = await em.query(`SELECT id, email, status FROM operators${this.db.forUpdate}`);
        const existing = (all as Array<{ id: string; email: string; status: UserStatus }>).find(
          (o) => normalizeEmail(o.email) === email,
        );
        if (existing && existing.status !== UserStatus.INVITED) throw new ConflictError(EMAIL_TAKEN);
        const id = existing?.id ?? newId();
        if (!existing)
          await em.insert(Operator, {
            id,
            email,
            passwordHash: '',
            mustChangePassword: false,
            sessionVersion: 0,
            createdAt: new Date(),
            status: UserStatus.INVITED,
            lastSignInAt: null,
          });
        const wording = await this.invitations.issueForOperator(id);
        await this.mail.send(ctx, { kind: 'operator.invitation', to: email, tenantId: null, ...wording });
        await this.processingLog.append(ctx, {
          tenantId: null,
          purpose: ProcessingPurpose.SECURITY,
          action: existing ? 'operator.reinvite' : 'operator.invite',
          subjects: 1,
          dataCategories: [DataCategory.EMAIL_ADDRESS],
          description: existing
            ? 'Invitation to operate the platform mailed again to an invited operator; the earlier link no longer works'
            : 'Platform operator invited by an operator: account created without a password, invitation link mailed (valid 7 days)',
        });
        return Object.assign(new OperatorView(), {
          id,
          email: existing?.email ?? email,
          status: UserStatus.INVITED,
          twoFactorEnabled: false,
          lastSignInAt: null,
        });
      });
    } catch (err) {
      if (isUniqueViolation(err, OPERATOR_EMAIL_TAKEN) || isUniqueViolation(err, INVITATION_TAKEN))
        throw new ConflictError(EMAIL_TAKEN);
      throw err;
    }
  }
}

@Resolver()
export class OperatorResolver {
  constructor(private readonly service: OperatorService) {}

  @Query(() => [OperatorView], { description: 'operator' })
  @Allow(Access.OPERATOR)
  operators(@Ctx() { ctx }: GraphQLContext): Promise<OperatorView[]> {
    return this.service.list(ctx);
  }

  @Mutation(() => OperatorView, {
    description:
      'operator; mails an /invitation?token= link valid 7 days (an INVITED address is invited again, an ACTIVE one is a CONFLICT)',
  })
  @Allow(Access.OPERATOR)
  inviteOperator(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('email', () => String) email: string,
  ): Promise<OperatorView> {
    return this.service.invite(ctx, email);
  }
}
