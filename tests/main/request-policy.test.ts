import { describe, expect, it } from 'vitest';
import { mayLeaveApp } from '../../src-main/main/request-policy';

describe('the window’s network backstop', () => {
  it('lets only https images out (the renderer shows them only for jobs the user opted in)', () => {
    expect(mayLeaveApp('https://cdn.example.com/logo.png', 'image', undefined)).toBe(true);
    expect(mayLeaveApp('http://cdn.example.com/logo.png', 'image', undefined)).toBe(false);
    for (const type of ['xhr', 'script', 'stylesheet', 'mainFrame', 'subFrame', 'media', 'font', 'ping', 'other']) {
      expect(mayLeaveApp('https://tracker.example.com/x', type, undefined)).toBe(false);
    }
    expect(mayLeaveApp('not a url', 'image', undefined)).toBe(false);
  });

  it('lets the development server and its hot-reload socket through, only in development', () => {
    const dev = 'http://localhost:5173/';
    expect(mayLeaveApp('http://localhost:5173/src/main.ts', 'script', dev)).toBe(true);
    expect(mayLeaveApp('ws://localhost:5173/', 'webSocket', dev)).toBe(true);
    expect(mayLeaveApp('http://localhost:5174/', 'script', dev)).toBe(false);
    expect(mayLeaveApp('http://localhost:5173/src/main.ts', 'script', undefined)).toBe(false);
  });
});
