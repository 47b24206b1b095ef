// Every migration, in order. `npm run migration:generate -- <Name>` appends here.
import { Init1795545574028 } from './1795545574028-Init.js';

export const MIGRATIONS: Function[] = [Init1795545574028];
