// The behaviour every Store must have. Registered by test/store/sqlite.test.ts and by the
// PostgreSQL test with their own `make`, which returns a fresh, empty, migrated store.

import type { Store } from '../../src/store/store.ts';
import { aggregatesContract } from './contract-aggregates.ts';
import { ingestContract } from './contract-ingest.ts';
import { mapContract } from './contract-map.ts';
import { placementContract } from './contract-placement.ts';
import { queriesContract } from './contract-queries.ts';
import { reviewContract } from './contract-review.ts';
import { undoContract } from './contract-undo.ts';

export function storeContract(name: string, make: () => Promise<Store>): void {
  ingestContract(name, make);
  queriesContract(name, make);
  reviewContract(name, make);
  aggregatesContract(name, make);
  mapContract(name, make);
  placementContract(name, make);
  undoContract(name, make);
}
