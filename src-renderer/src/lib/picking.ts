import type { Priority } from '../../../src-shared/domain/job';
import { board } from './board.svelte';
import { notifications } from './notifications.svelte';
import { selection } from './selection.svelte';

const plain = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * The keys that pick cards and rate them, the same on a board card and a
 * table row: X toggles, Shift+Up/Down extends, Ctrl/Cmd+A takes every card in
 * `order`, Escape lets go, 0-3 sets the stars of the picked cards (or this
 * one). True when the key was one of them.
 */
export function pickingKey(event: KeyboardEvent, id: number, order: readonly number[], focus: (id: number) => void): boolean {
  const key = event.key.toLowerCase();
  if (key === 'x' && plain(event)) selection.toggle(id);
  else if (key === 'a' && (event.ctrlKey || event.metaKey) && !event.altKey) selection.selectAll(order);
  else if (key === 'escape' && selection.size > 0) selection.clear();
  else if (event.shiftKey && (key === 'arrowdown' || key === 'arrowup') && plain(event)) {
    const next = order[order.indexOf(id) + (key === 'arrowdown' ? 1 : -1)];
    if (next === undefined) return true;
    if (!selection.has(id)) selection.toggle(id);
    selection.extendTo(next, order);
    focus(next);
  } else if (/^[0-3]$/u.test(key) && plain(event)) {
    const ids = selection.has(id) ? [...selection.ids] : [id];
    board.prioritise(ids, Number(key) as Priority).catch((error: unknown) => notifications.failed(error));
  } else return false;
  return true;
}

/** A click with Ctrl/Cmd toggles the card, with Shift extends to it; true when it was such a click. */
export function pickingClick(event: MouseEvent, id: number, order: () => readonly number[]): boolean {
  if (event.ctrlKey || event.metaKey) selection.toggle(id);
  else if (event.shiftKey) selection.extendTo(id, order());
  else return false;
  return true;
}
