import * as migration_20261128_212428_initial from './20261128_212428_initial';

export const migrations = [
  {
    up: migration_20261128_212428_initial.up,
    down: migration_20261128_212428_initial.down,
    name: '20261128_212428_initial'
  },
];
