/**
 * A PaneController whose implementation arrives later: the pane renders at once while the scoring
 * code (engine, workbook mapping, detection, Office host: most of the pane's JavaScript) loads as a
 * separate chunk in parallel. Every PaneController method is async, so a call simply waits for the
 * chunk; the first call starts the load if nothing has yet.
 */
import type { PaneController } from '../app/controller';

export interface LazyController {
  controller: PaneController;
  /** Resolves when the implementation is there; rejects when its chunk cannot be loaded. */
  ready: Promise<PaneController>;
}

export function lazyController(load: () => Promise<PaneController>): LazyController {
  const ready = load();
  // Every method forwards to the loaded implementation; the method list is PaneController's own.
  const controller = new Proxy({} as PaneController, {
    get(_target, key: string | symbol) {
      // Not a thenable (an `await controller` must not call into the chunk), and no symbol keys.
      if (key === 'then' || typeof key === 'symbol') return undefined;
      return async (...args: unknown[]) => {
        const loaded = await ready;
        const method = loaded[key as keyof PaneController] as (...a: unknown[]) => Promise<unknown>;
        return method.apply(loaded, args);
      };
    },
  });
  return { controller, ready };
}
