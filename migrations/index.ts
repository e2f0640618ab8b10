import * as migration_20261128_212428_initial from './20261128_212428_initial';
import * as migration_20261128_213255_staff_workflows from './20261128_213255_staff_workflows';
import * as migration_20261128_223600_search_index from './20261128_223600_search_index';
import * as migration_20261129_114651_media_visibility from './20261129_114651_media_visibility';
import * as migration_20261129_114801_first_account from './20261129_114801_first_account';
import * as migration_20261129_120000_record_fidelity from './20261129_120000_record_fidelity';
import * as migration_20261129_130000_rebuild_derived from './20261129_130000_rebuild_derived';
import * as migration_20261207_211049_consent from './20261207_211049_consent';
import * as migration_20261208_000125_anonymise_erase from './20261208_000125_anonymise_erase';
import * as migration_20261208_010046_consent_role_organisation from './20261208_010046_consent_role_organisation';
import * as migration_20261208_010100_rebuild_derived from './20261208_010100_rebuild_derived';

export const migrations = [
  {
    up: migration_20261128_212428_initial.up,
    down: migration_20261128_212428_initial.down,
    name: '20261128_212428_initial',
  },
  {
    up: migration_20261128_213255_staff_workflows.up,
    down: migration_20261128_213255_staff_workflows.down,
    name: '20261128_213255_staff_workflows',
  },
  {
    up: migration_20261128_223600_search_index.up,
    down: migration_20261128_223600_search_index.down,
    name: '20261128_223600_search_index',
  },
  {
    up: migration_20261129_114651_media_visibility.up,
    down: migration_20261129_114651_media_visibility.down,
    name: '20261129_114651_media_visibility',
  },
  {
    up: migration_20261129_114801_first_account.up,
    down: migration_20261129_114801_first_account.down,
    name: '20261129_114801_first_account',
  },
  {
    up: migration_20261129_120000_record_fidelity.up,
    down: migration_20261129_120000_record_fidelity.down,
    name: '20261129_120000_record_fidelity',
  },
  {
    up: migration_20261129_130000_rebuild_derived.up,
    down: migration_20261129_130000_rebuild_derived.down,
    name: '20261129_130000_rebuild_derived',
  },
  {
    up: migration_20261207_211049_consent.up,
    down: migration_20261207_211049_consent.down,
    name: '20261207_211049_consent',
  },
  {
    up: migration_20261208_000125_anonymise_erase.up,
    down: migration_20261208_000125_anonymise_erase.down,
    name: '20261208_000125_anonymise_erase',
  },
  {
    up: migration_20261208_010046_consent_role_organisation.up,
    down: migration_20261208_010046_consent_role_organisation.down,
    name: '20261208_010046_consent_role_organisation'
  },
  {
    up: migration_20261208_010100_rebuild_derived.up,
    down: migration_20261208_010100_rebuild_derived.down,
    name: '20261208_010100_rebuild_derived',
  },
];
