import express, { type Request, type Response } from 'express';
import { RequestContext } from '../../tenants/request-context';
import { AppError, httpStatusOf } from '../common/errors';
import { escapeHtml as escape, linkPage, linkPageBody, linkToken } from '../common/link-page';
import type { RouteMount } from '../common/module';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import type { PasswordResetService } from './password-reset.service';

const TITLE = 'Set a new password';

/**
 * The form of the reset page: `New password`, `Confirm password`, button `Set password`, the token
 * in a hidden field. Works without JavaScript; an error shows above the fields (role alert).
 */
function resetForm(token: string, error?: string): string {
  const field = (id: string, label: string) =>
    `<p><label for="${id}" style="display: block; font-weight: 600">${label}</label>
<input id="${id}" name="${id}" type="password" autocomplete="new-password" required minlength="12" maxlength="200"
 style="font-size: 1rem; padding: .5rem; width: 100%; box-sizing: border-box"${error ? ' aria-describedby="form-error"' : ''}></p>`;
  return `${error ? `<p id="form-error" role="alert" style="color: #a4000f; font-weight: 600">${escape(error)}</p>` : ''}
<p>Choose a new password of at least 12 characters. Setting it signs your account out everywhere.</p>
<form method="post" action="/reset-password">
<input type="hidden" name="token" value="${escape(token)}">
${field('newPassword', 'New password')}
${field('confirmPassword', 'Confirm password')}
<button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">Set password</button>
</form>`;
}

function send(res: Response, status: number, body: string, title = TITLE): void {
  res.setHeader('cache-control', 'no-store');
  // the token is in the address: it must not leave in a Referer header
  res.setHeader('referrer-policy', 'no-referrer');
  res.status(status).type('html').send(linkPage(title, body));
}

/** GET /reset-password?token= shows the form (a GET changes nothing); POST sets the password. */
export function resetPasswordPages(
  resets: PasswordResetService,
  limiter: RateLimiter,
  publicRateLimit: number,
): express.Router {
  const router = express.Router();
  router.get('/reset-password', (req, res) => send(res, 200, resetForm(linkToken(req))));
  router.post('/reset-password', linkPageBody(), async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { newPassword?: string; confirmPassword?: string };
    const token = linkToken(req);
    const ctx = RequestContext.fromHttp(req, { kind: 'data_subject' });
    try {
      await limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000);
      if ((body.newPassword ?? '') !== (body.confirmPassword ?? ''))
        return send(res, 400, resetForm(token, 'The two passwords are not the same.'));
      await resets.reset(ctx, token, String(body.newPassword ?? ''));
      send(
        res,
        200,
        '<p>Your new password is set, and your account was signed out everywhere.</p><p><a href="/login">Sign in</a></p>',
        'Password set',
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const message = err.message.endsWith('.') ? err.message : `${err.message}.`;
      if (err.extensions.field === 'token')
        return send(
          res,
          httpStatusOf(err),
          `<p role="alert" style="color: #a4000f; font-weight: 600">${escape(message)}</p><p><a href="/forgot-password">Ask for a new link</a></p>`,
        );
      send(res, httpStatusOf(err), resetForm(token, message));
    }
  });
  return router;
}

export function resetPasswordRoutes(s: {
  passwordReset: PasswordResetService;
  limiter: RateLimiter;
  config: { publicRateLimit: number };
}): RouteMount[] {
  return [{ handler: resetPasswordPages(s.passwordReset, s.limiter, s.config.publicRateLimit) }];
}
