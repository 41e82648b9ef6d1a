import express, { type Request, type Response } from 'express';
import { RequestContext } from '../../tenants/request-context';
import { AppError, httpStatusOf } from '../common/errors';
import { escapeHtml, linkPage, linkPageBody } from '../common/link-page';
import { passwordProblem } from './password';

/**
 * The server-rendered "choose a password" page of a mail link (`/invitation`, `/reset-password`):
 * usable without JavaScript, fields `New password` and `Confirm password`, button `Set password`.
 * A GET shows the form (it changes nothing: link scanners follow GETs); the POST checks that the
 * two fields match and meet the password policy, showing the form again with the error if not,
 * then runs the page's work with the link's token.
 */
export interface PasswordPage {
  /** the page's path, e.g. `/invitation`; the form posts back to it */
  path: string;
  /** heading and title of the form, e.g. "Accept your invitation" */
  title: string;
  /** one paragraph above the form */
  intro: string;
  /** the work of a valid submission; an AppError with field `password` shows the form again */
  submit(ctx: RequestContext, token: string, password: string): Promise<unknown>;
  /** heading and paragraph of the page after success (a link to sign in follows) */
  done: [string, string];
  /** the portal's sign-in page, linked after success */
  loginUrl: string;
  /** runs before each POST is looked at (a rate limit); an AppError it throws is shown as a bad link */
  throttle?(ctx: RequestContext): Promise<unknown>;
  /** where to get a fresh link when this one cannot be used, e.g. `/forgot-password` */
  newLink?: { href: string; label: string };
}

const FIELD_STYLE =
  'display: block; width: 100%; box-sizing: border-box; font-size: 1rem; padding: .5rem; margin: .25rem 0 1rem';

/** The form (and an error above it, in an alert), posting the token back to the page. */
export function passwordForm(action: string, token: string, error?: string): string {
  return `${error ? `<p role="alert" style="color: #a4000f; font-weight: 600">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<label for="newPassword">New password</label>
<input id="newPassword" name="newPassword" type="password" autocomplete="new-password" required minlength="12" maxlength="200" style="${FIELD_STYLE}">
<label for="confirmPassword">Confirm password</label>
<input id="confirmPassword" name="confirmPassword" type="password" autocomplete="new-password" required minlength="12" maxlength="200" style="${FIELD_STYLE}">
<p style="margin-top: 0; font-size: .9rem">At least 12 characters.</p>
<button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">Set password</button>
</form>`;
}

const send = (res: Response, status: number, title: string, body: string) => {
  res.setHeader('cache-control', 'no-store');
  // the token is in the address: it must not leave in a Referer header
  res.setHeader('referrer-policy', 'no-referrer');
  res.status(status).type('html').send(linkPage(title, body));
};

const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

/** The GET and POST of a password page, on a router of their own. */
export function passwordPageRouter(page: PasswordPage): express.Router {
  const router = express.Router();
  const formPage = (res: Response, status: number, token: string, error?: string) =>
    send(res, status, page.title, `<p>${escapeHtml(page.intro)}</p>${passwordForm(page.path, token, error)}`);

  router.get(page.path, (req, res) => formPage(res, 200, String(req.query.token ?? '')));
  router.post(page.path, linkPageBody(), async (req, res) => {
    const token = field(req, 'token') || String(req.query.token ?? '');
    const password = field(req, 'newPassword');
    const ctx = RequestContext.fromHttp(req, { kind: 'anonymous' });
    try {
      await page.throttle?.(ctx);
      if (password !== field(req, 'confirmPassword'))
        return formPage(res, 400, token, 'The two passwords do not match');
      const problem = passwordProblem(password);
      if (problem) return formPage(res, 400, token, problem);
      await page.submit(ctx, token, password);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.extensions.field === 'password' || err.extensions.field === 'newPassword')
        return formPage(res, httpStatusOf(err), token, err.message);
      const again = page.newLink
        ? `<p><a href="${escapeHtml(page.newLink.href)}">${escapeHtml(page.newLink.label)}</a></p>`
        : '';
      return send(
        res,
        httpStatusOf(err),
        'This link cannot be used',
        `<p role="alert">${escapeHtml(err.message.replace(/\.$/, ''))}.</p>${again}`,
      );
    }
    send(
      res,
      200,
      page.done[0],
      `<p>${escapeHtml(page.done[1])}</p><p><a href="${escapeHtml(page.loginUrl)}">Sign in</a></p>`,
    );
  });
  return router;
}
