import { defineModule } from '../common/module';
import { portalHandler } from './portal.http';

/**
 * The portal (portal/, built into PORTAL_DIR): its files and, for every other GET that no route
 * answered, its index.html. It must be the last module: its fallback takes what nobody else did.
 */
export const portalModule = defineModule<{ config: { portalDir: string } }>({
  name: 'portal',
  entities: [],
  resolvers: [],
  handlers: () => [],
  schedules: () => [],
  routes: (s) => [{ handler: portalHandler(s.config.portalDir) }],
});
