import { afterEach } from 'vitest';
import { runCleanups } from './cleanups';

afterEach(runCleanups);
