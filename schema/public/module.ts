import { defineModule } from '../common/module';
import { languageRoutes } from './language.http';
import { privacyRoutes } from './privacy.http';

/**
 * The platform's own public pages, beside the modules' link pages: the language menu's target
 * (`/language`) and the privacy notice (`/privacy`).
 */
export const publicModule = defineModule<{
  config: { publicUrl: string; webLogTruncateDays: number; webLogRetentionDays: number };
}>({
  name: 'public',
  entities: [],
  resolvers: [],
  handlers: () => [],
  schedules: () => [],
  routes: (s) => [{ handler: languageRoutes(s.config.publicUrl) }, { handler: privacyRoutes(s.config) }],
});
