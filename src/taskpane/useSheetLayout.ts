/**
 * The active sheet's scoring ranges for the pane, read when they are needed: at once on a sheet
 * without names or with a required name missing, otherwise when the 评分区域 fold is opened. Read
 * again when the sheet or its names change; a layout of another sheet is never returned.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaneController, SheetStatus } from '../app/controller';
import type { SheetLayout } from '../app/sheet-layout';
import { REQUIRED_NAMES } from '../workbook/names';
import { problemNotice, type NoticeSource } from './notice';

export interface SheetLayoutState {
  layout: SheetLayout | null;
  loading: boolean;
  /** Reads the layout now (after names changed, or "detect again"). */
  reload: () => Promise<void>;
  /** The fold was opened: read the layout unless it is current. */
  want: () => void;
  /** A layout the pane already has for this status (a run's outcome): no read. */
  seed: (status: SheetStatus, layout: SheetLayout) => void;
}

/** The sheet and its names: a layout read for another key is stale. */
const keyOf = (status: SheetStatus) => `${status.sheet}\u0000${status.names.join(',')}`;

export function needsRequired(status: SheetStatus): boolean {
  return status.names.length === 0 || REQUIRED_NAMES.some((name) => !status.names.includes(name));
}

export function useSheetLayout(
  controller: PaneController,
  status: SheetStatus | null,
  show: (notice: NoticeSource | null) => void,
): SheetLayoutState {
  const [state, setState] = useState<{ key: string; layout: SheetLayout | null } | null>(null);
  const [loading, setLoading] = useState(false);
  const [wanted, setWanted] = useState(false);
  const latest = useRef<string | null>(null);
  const key = status ? keyOf(status) : null;
  latest.current = key;

  const reload = useCallback(async () => {
    if (key === null) return;
    setLoading(true);
    try {
      const outcome = await controller.readLayout();
      // The officer may have switched sheets meanwhile: keep only a layout of the sheet on screen.
      if (latest.current !== key) return;
      if (!outcome.ok) {
        setState({ key, layout: null });
        show(problemNotice(outcome.problem));
        return;
      }
      setState({ key, layout: outcome.layout.sheet === status?.sheet ? outcome.layout : null });
    } finally {
      setLoading(false);
    }
  }, [controller, key, show, status?.sheet]);

  const needed = status !== null && (wanted || needsRequired(status));
  useEffect(() => {
    if (needed && key !== null && state?.key !== key) void reload();
    // reload changes with key; state is compared, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needed, key]);

  useEffect(() => setWanted(false), [status?.sheet]);

  return {
    layout: state && state.key === key ? state.layout : null,
    loading,
    reload,
    want: () => setWanted(true),
    seed: (seededStatus, layout) => setState({ key: keyOf(seededStatus), layout }),
  };
}
