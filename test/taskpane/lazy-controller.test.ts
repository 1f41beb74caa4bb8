/** The pane's controller before its chunk has loaded: calls wait for it; it is no thenable. */
import type { PaneController } from '../../src/app/controller';
import { lazyController } from '../../src/taskpane/lazy-controller';

test('a call waits for the implementation and forwards its arguments and result', async () => {
  let release: (c: PaneController) => void = () => undefined;
  const loaded = new Promise<PaneController>((resolve) => (release = resolve));
  const { controller } = lazyController(() => loaded);
  const pending = controller.selectCell('绩效指标', 'E5');
  const selectCell = jest.fn(async () => ({ ok: true as const }));
  release({ selectCell } as unknown as PaneController);
  await expect(pending).resolves.toEqual({ ok: true });
  expect(selectCell).toHaveBeenCalledWith('绩效指标', 'E5');
});

test('the controller is not a thenable, and a failed load rejects the calls', async () => {
  const { controller, ready } = lazyController(() => Promise.reject(new Error('chunk')));
  expect((controller as unknown as { then?: unknown }).then).toBeUndefined();
  await expect(ready).rejects.toThrow('chunk');
  await expect(controller.getSheetStatus()).rejects.toThrow('chunk');
});
