import { auditAppendBench } from './audit-append.bench';
import { auditVerifyBench } from './audit-verify.bench';
import { breachBench, breachEmailsBench } from './breach.bench';
import { deliveryBench } from './delivery.bench';
import { graphqlBench } from './graphql.bench';
import { importBench } from './import.bench';
import { portalLoadBench } from './portal-load.bench';
import { publicPagesBench } from './public-pages.bench';
import { queueBench } from './queue.bench';
import { routingBench } from './routing.bench';
import { subscribersPageBench } from './subscribers-page.bench';
import { subscriberSearchBench } from './subscriber-search.bench';
import { uploadImportBench } from './upload-import.bench';

/** `npm run bench -- NAME` runs one benchmark; without a name, all of them. */
const BENCHES: Record<string, () => Promise<void>> = {
  queue: queueBench,
  graphql: graphqlBench,
  'subscribers-page': subscribersPageBench,
  delivery: deliveryBench,
  import: importBench,
  'upload-import': uploadImportBench,
  routing: routingBench,
  'audit-append': auditAppendBench,
  'audit-verify': auditVerifyBench,
  breach: breachBench,
  'breach-emails': breachEmailsBench,
  'portal-load': portalLoadBench,
  'subscriber-search': subscriberSearchBench,
  'public-pages': publicPagesBench,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  for (const name of names.length ? names : Object.keys(BENCHES)) await BENCHES[name]();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
