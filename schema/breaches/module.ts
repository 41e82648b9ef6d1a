import type { Authenticate } from '../common/http';
import { defineModule } from '../common/module';
import { BreachChunkJob, BreachFinishJob } from './breach-analysis.jobs';
import type { BreachAnalysisService } from './breach-analysis.service';
import { BreachChunkRow } from './breach-chunk.entity';
import { BreachEventRow } from './breach-event.entity';
import { BreachIncidentRow } from './breach-incident.entity';
import { BreachLeakedAddressesRow } from './breach-leaked-addresses.entity';
import { BreachNoticeRow } from './breach-notice.entity';
import { breachExport } from './breach.http';
import { BreachResolver } from './breach.resolver';
import type { BreachService } from './breach.service';
import type { BreachViews } from './breach-views';

/** Breach response: impact analysis over every controller, notices, the incident timeline. */
export const breachesModule = defineModule<{
  breaches: BreachService;
  breachAnalysis: BreachAnalysisService;
  breachViews: BreachViews;
  authenticate: Authenticate;
}>({
  name: 'breaches',
  entities: [BreachIncidentRow, BreachChunkRow, BreachNoticeRow, BreachEventRow, BreachLeakedAddressesRow],
  resolvers: [{ type: BreachResolver, create: (s) => new BreachResolver(s.breaches, s.breachViews) }],
  handlers: (s) => [new BreachChunkJob(s.breachAnalysis), new BreachFinishJob(s.breachAnalysis)],
  schedules: () => [],
  routes: (s) => [{ handler: breachExport(s.authenticate, s.breachViews) }],
});
