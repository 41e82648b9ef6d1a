import type express from 'express';
import type { InvitationService } from './invitation.service';
import { passwordPageRouter } from './password-page';

/** `GET /invitation?token=`: the invited staff member chooses a password; `POST` accepts the invitation. */
export function invitationPage(invitations: InvitationService): express.Router {
  return passwordPageRouter({
    path: '/invitation',
    title: 'Accept your invitation',
    intro: 'Choose the password for your new Steward account. You sign in with it afterwards.',
    submit: (ctx, token, password) => invitations.accept(ctx, token, password),
    done: ['Your account is ready', 'Your password is set and your account is active. You can sign in now.'],
    loginUrl: '/login',
  });
}
