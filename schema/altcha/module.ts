import { defineModule } from '../common/module';
import { AltchaSpent } from './altcha-spent.entity';
import { altchaRoutes } from './altcha.http';
import { ALTCHA_PURGE_EVERY_MS, ALTCHA_PURGE_QUEUE, AltchaPurgeJob } from './altcha.jobs';
import type { AltchaService } from './altcha.service';

/**
 * ALTCHA, the self-hosted proof of work of the public forms (issue 12): the challenge endpoint, the
 * widget's files, the table of spent solutions and its purge. The forms themselves (sign-up, request)
 * verify through the AltchaService their modules are given.
 */
export const altchaModule = defineModule<{ altcha: AltchaService }>({
  name: 'altcha',
  entities: [AltchaSpent],
  resolvers: [],
  handlers: (s) => [new AltchaPurgeJob(s.altcha)],
  schedules: () => [{ queue: ALTCHA_PURGE_QUEUE, everyMs: ALTCHA_PURGE_EVERY_MS }],
  routes: (s) => [{ handler: altchaRoutes(s.altcha) }],
});
