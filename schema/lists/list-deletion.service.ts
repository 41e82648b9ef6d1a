import type { RequestContext } from '../../tenants/request-context';
import type { Database } from '../common/database';
import { DataCategory } from '../common/data-category';
import { ProcessingPurpose } from '../common/enums';
import type { DeliveryService } from '../deliveries/delivery.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { ImportService } from '../subscribers/import.service';
import type { SubscriberService } from '../subscribers/subscriber.service';
import { ListConsentWording } from './list-consent-wording.entity';
import type { ListService } from './list.service';
import { MailingList } from './mailing-list.entity';

/**
 * Deleting a list (hard delete), in one transaction: its unfinished imports and its deliveries'
 * jobs cancelled, its deliveries and their recipients deleted, every subscriber erased as a
 * removal erases one, its consent wordings and the list itself deleted. The anonymous daily
 * counts stay. The list row is locked first: work that adds rows under a list (sign-ups, import
 * batches, delivery windows) locks it too, so it either finishes before or finds the list gone.
 */
export class ListDeletion {
  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
    private readonly subscribers: SubscriberService,
    private readonly deliveries: DeliveryService,
    private readonly imports: ImportService,
    private readonly processingLog: ProcessingLogService,
  ) {}

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const scope = this.db.forTenant(ctx);
    await scope.transaction(async () => {
      const list = await this.lists.lock(ctx, id, 'update');
      const imports = await this.imports.cancelForList(ctx, list.id);
      const sent = await this.deliveries.deleteForList(ctx, list.id);
      const subscribers = await this.subscribers.eraseList(ctx, list.id);
      await scope.repo(ListConsentWording).delete({ listId: list.id });
      await scope.repo(MailingList).delete({ id: list.id });
      await this.processingLog.append(ctx, {
        purpose: ProcessingPurpose.SERVICE_DELIVERY,
        action: 'list.delete',
        subjects: subscribers,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.NAME, DataCategory.FORMAT_PREFERENCE],
        description: `List deleted by the customer: ${subscribers} subscriber(s) erased, ${sent.deliveries} delivery record(s) with their recipients deleted, ${imports + sent.jobs} queued or running job(s) cancelled; anonymous daily counts kept`,
      });
    });
    return true;
  }
}
