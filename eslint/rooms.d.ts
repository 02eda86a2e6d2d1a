import type { Rule } from 'eslint';

export interface Room {
  /** Folders (repository paths) whose files this room's files may import. */
  may: readonly string[];
  /** Whether this room may import Electron. */
  electron?: boolean;
}

export const ROOMS: Readonly<Record<string, Room>>;
export function roomOf(repoPath: string): string | null;
export function roomViolation(from: string, specifier: string): string | null;
export const roomsRule: Rule.RuleModule;
