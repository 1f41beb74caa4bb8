/**
 * How the ribbon command talks to the pane when both run in the one shared runtime (manifest
 * <Runtimes>, SharedRuntime 1.1): same page, same JavaScript, so a plain in-memory channel. The
 * ribbon sends; the pane (src/taskpane/App.tsx) listens. A request sent before the pane listens (the
 * ribbon clicked first, which starts the runtime and renders the pane hidden) is kept, the last one
 * only, and handed to the pane when it starts listening; a kept 'setup' is not replaced by a
 * 'refresh' (setting up reads the sheet anyway, and its message must not be lost to Office showing
 * the pane a moment later).
 */

export type PaneRequest =
  /** 评分本表 could not find the ranges: nothing was written; show the setup card with this text. */
  | { kind: 'setup'; sheet: string | null; message: string }
  /** The workbook changed outside the pane (a ribbon run), or the pane was shown again: re-read. */
  | { kind: 'refresh' };

export interface PaneRequests {
  send(request: PaneRequest): void;
  /** Listens from now on; returns the way to stop. A kept request is delivered at once. */
  listen(listener: (request: PaneRequest) => void): () => void;
}

export function createPaneRequests(): PaneRequests {
  let listener: ((request: PaneRequest) => void) | null = null;
  let kept: PaneRequest | null = null;
  return {
    send(request) {
      if (listener) listener(request);
      else if (!(kept?.kind === 'setup' && request.kind === 'refresh')) kept = request;
    },
    listen(next) {
      listener = next;
      const pending = kept;
      kept = null;
      if (pending) next(pending);
      return () => {
        if (listener === next) listener = null;
      };
    },
  };
}
