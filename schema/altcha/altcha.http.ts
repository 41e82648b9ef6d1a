import express from 'express';
import { ALTCHA_ASSETS, altchaAsset } from './altcha-widget';
import type { AltchaService } from './altcha.service';

/**
 * The widget's side of ALTCHA, when it is on:
 *
 * - `GET /altcha/challenge`: a new signed challenge with its expiry, as JSON. Safe for GET: nothing
 *   is stored (the signature and the expiry are the state), and it costs one key derivation.
 * - `GET /assets/altcha/<version>/<file>`: the widget's files, cached for a year (the folder's name
 *   changes with their content).
 *
 * Both may be read from other sites' pages (the embed): CORS without credentials, and a
 * Cross-Origin-Resource-Policy that lets them load. Neither reads a cookie or says anything about
 * anyone. With ALTCHA off, both are 404.
 */
export function altchaRoutes(altcha: AltchaService): express.Router {
  const router = express.Router();
  const open = (res: express.Response) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('cross-origin-resource-policy', 'cross-origin');
  };
  router.get('/altcha/challenge', async (_req, res, next) => {
    if (!altcha.enabled) return next();
    open(res);
    res.setHeader('cache-control', 'no-store');
    res.json(await altcha.challenge());
  });
  router.get('/assets/altcha/:version/:file', (req, res, next) => {
    const file = altcha.enabled ? altchaAsset(String(req.params.file)) : undefined;
    if (!file || `/assets/altcha/${req.params.version}` !== ALTCHA_ASSETS) return next();
    open(res);
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.type(file.type).send(file.body);
  });
  return router;
}
