/** The in-runtime channel from the ribbon command to the pane (src/app/pane-requests.ts). */
import { createPaneRequests, type PaneRequest } from '../../src/app/pane-requests';

const SETUP: PaneRequest = { kind: 'setup', sheet: '说明', message: '未写入任何内容' };

describe('pane requests', () => {
  it('delivers to the listener, in order', () => {
    const requests = createPaneRequests();
    const seen: PaneRequest[] = [];
    requests.listen((r) => seen.push(r));
    requests.send({ kind: 'refresh' });
    requests.send(SETUP);
    expect(seen).toEqual([{ kind: 'refresh' }, SETUP]);
  });

  it('keeps the last request sent before anyone listens, and hands it over once', () => {
    const requests = createPaneRequests();
    requests.send({ kind: 'refresh' });
    requests.send(SETUP);
    const first: PaneRequest[] = [];
    const stop = requests.listen((r) => first.push(r));
    expect(first).toEqual([SETUP]);
    stop();
    const second: PaneRequest[] = [];
    requests.listen((r) => second.push(r));
    expect(second).toEqual([]);
  });

  it('a kept setup is not replaced by a later refresh (Office showing the pane)', () => {
    const requests = createPaneRequests();
    requests.send(SETUP);
    requests.send({ kind: 'refresh' });
    const seen: PaneRequest[] = [];
    requests.listen((r) => seen.push(r));
    expect(seen).toEqual([SETUP]);
  });

  it('after stop, requests are kept again, not sent to the old listener', () => {
    const requests = createPaneRequests();
    const old: PaneRequest[] = [];
    const stop = requests.listen((r) => old.push(r));
    stop();
    requests.send(SETUP);
    expect(old).toEqual([]);
    const next: PaneRequest[] = [];
    requests.listen((r) => next.push(r));
    expect(next).toEqual([SETUP]);
  });
});
