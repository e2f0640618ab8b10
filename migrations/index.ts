import * as migration_20261128_212428_initial from './20261128_212428_initial';
import * as migration_20261128_213255_staff_workflows from './20261128_213255_staff_workflows';
import * as migration_20261128_223600_search_index from './20261128_223600_search_index';
import * as migration_20261129_113313_record_fidelity from './20261129_113313_record_fidelity';

export const migrations = [
  {
    up: migration_20261128_212428_initial.up,
    down: migration_20261128_212428_initial.down,
    name: '20261128_212428_initial',
  },
  {
    up: migration_20261128_213255_staff_workflows.up,
    down: migration_20261128_213255_staff_workflows.down,
    name: '20261128_213255_staff_workflows'
  },
  {
    up: migration_20261128_223600_search_index.up,
    down: migration_20261128_223600_search_index.down,
    name: '20261128_223600_search_index',
  },
  {
    up: migration_20261129_113313_record_fidelity.up,
    down: migration_20261129_113313_record_fidelity.down,
    name: '20261129_113313_record_fidelity',
  },
];
