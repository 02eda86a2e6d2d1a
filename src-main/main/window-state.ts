import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const FILE = 'window-state.json';
export const DEFAULT_BOUNDS: Rectangle = { x: 0, y: 0, width: 1280, height: 820 };

function isRectangle(value: unknown): value is Rectangle {
  const rect = value as Record<string, unknown> | null;
  return !!rect && ['x', 'y', 'width', 'height'].every((key) => Number.isFinite(rect[key]));
}

export function loadWindowState(dataDir: string): WindowState | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as Partial<WindowState>;
    if (!isRectangle(parsed.bounds)) return null;
    return { bounds: parsed.bounds, maximized: parsed.maximized === true };
  } catch {
    return null;
  }
}

/** Keeps a saved position only if it is still mostly on one of the current displays. */
export function fitToDisplays(state: WindowState | null, workAreas: Rectangle[]): WindowState | null {
  if (!state) return null;
  const { bounds } = state;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const overlapY = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return overlapX >= Math.min(200, bounds.width) && overlapY >= Math.min(100, bounds.height);
  });
  return visible ? state : null;
}

export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  const save = () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(join(dataDir, FILE), JSON.stringify(state));
    } catch {
      // Losing the window position is harmless; never block closing on it.
    }
  };
  window.on('close', save);
}
