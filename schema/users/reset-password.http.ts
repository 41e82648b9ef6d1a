import type express from 'express';
import type { RouteMount } from '../common/module';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import { passwordPageRouter } from './password-page';
import type { PasswordResetService } from './password-reset.service';

/**
 * `GET /reset-password?token=` shows the form of the mail's link (a GET changes nothing); `POST`
 * sets the new password, which signs the account out everywhere. Rate-limited per network.
 */
export function resetPasswordPages(
  resets: PasswordResetService,
  limiter: RateLimiter,
  publicRateLimit: number,
): express.Router {
  return passwordPageRouter({
    path: '/reset-password',
    title: 'Set a new password',
    intro: 'Choose a new password of at least 12 characters. Setting it signs your account out everywhere.',
    throttle: (ctx) => limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000),
    submit: (ctx, token, password) => resets.reset(ctx, token, password),
    done: ['Password set', 'Your new password is set, and your account was signed out everywhere.'],
    loginUrl: '/login',
    newLink: { href: '/forgot-password', label: 'Ask for a new link' },
  });
}

export function resetPasswordRoutes(s: {
  passwordReset: PasswordResetService;
  limiter: RateLimiter;
  config: { publicRateLimit: number };
}): RouteMount[] {
  return [{ handler: resetPasswordPages(s.passwordReset, s.limiter, s.config.publicRateLimit) }];
}
