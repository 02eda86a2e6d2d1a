import { migration as m1 } from './001-initial-schema';
import { migration as m2 } from './002-soft-delete';
import { migration as m3 } from './003-description-search';
import { migration as m4 } from './004-settings';
import { migration as m5 } from './005-remote-images';
import { migration as m6 } from './006-insights-index';
import { migration as m7 } from './007-tracking';
import { migration as m8 } from './008-company-keys';
import { migration as m9 } from './009-documents';
import { migration as m10 } from './010-people';
import { migration as m11 } from './011-sync';
import { migration as m12 } from './012-sync-row-stamps';
import { migration as m13 } from './013-sync-file-heads';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, in order: one file each, numbered. */
export const MIGRATIONS: readonly Migration[] = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13];
