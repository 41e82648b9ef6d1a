import type { EntityManager } from 'typeorm';
import type { Database } from '../common/database';
import { newId } from '../common/ids';
import type { RequestContext } from '../../tenants/request-context';
import type { BreachEventKind } from './breach.enums';

/**
 * Writes an incident's own steps (reported, analysis started and finished, notices released,
 * closed) for its Art. 33(5) timeline, in the caller's transaction. Notices sent and acknowledged
 * join the timeline from the notices themselves (see BreachViews.timeline).
 */
export class BreachTimeline {
  constructor(private readonly db: Database) {}

  /** Records one step by the context's actor; the detail is cut to 1000 characters. */
  async event(
    em: EntityManager,
    incidentId: string,
    kind: BreachEventKind,
    detail: string,
    ctx: RequestContext,
    at = new Date(),
  ): Promise<void> {
    await em.query(
      'INSERT INTO breach_events (id, incident_id, at, kind, detail, actor_id) VALUES (?, ?, ?, ?, ?, ?)',
      [newId(), incidentId, this.db.param(at), kind, detail.slice(0, 1000), ctx.actorId],
    );
  }
}
