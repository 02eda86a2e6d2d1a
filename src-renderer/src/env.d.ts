/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { QuarryBridge } from '../../src-shared/contract';

declare global {
  interface Window {
    /** Provided by the Electron preload or, in development, by the browser host. */
    readonly quarry?: QuarryBridge;
  }
}
