/**
 * The request/sync machinery of the Excel fake, modelled on Office.js's ClientRequestContext:
 * proxies queue operations; `context.sync()` runs them in order against the model, fills in loaded
 * properties, and counts the sync with an estimate of its request and response sizes.
 *
 * Faithful points (checked against @microsoft/office-js's runtime, excel-web-16.00.debug.js):
 * - reading a property that was not loaded and synced throws PropertyNotLoaded; reading it on an
 *   object that turned out to be a null object returns undefined instead (throwIfNotLoaded skips nulls);
 * - setting a property keeps the new value on the proxy (Range.values setter stores m_values);
 * - isNullObject is readable only after a sync;
 * - Excel.run ends with one more sync, which sends nothing (and costs nothing) when no operation is
 *   pending (syncPrivate returns early when !req.hasActions);
 * - a batch is not a transaction: operations before a failing one stay applied.
 * Assumed (documented Office behaviour, not visible in the client runtime): a method or navigation on
 * a null object yields a null object (null-ness propagates); acting on a null object fails ItemNotFound.
 */
import type { FakeClientObject } from './client-object';
import { FakeOfficeError } from './errors';

export const NULL_TARGET = Symbol('null object');
export type Target<T> = T | typeof NULL_TARGET;

export interface FakeExcelOptions {
  /** Simulated round trip per sync, for benchmarks. */
  latencyMs?: number;
  /** Request size limit of Excel on the web (5 MB). null = no limit (desktop). */
  payloadLimitBytes?: number | null;
  /** Response size limit; defaults to the request limit. null = no limit. */
  responseLimitBytes?: number | null;
  /** False models a host without ExcelApi 1.9 (no getCellProperties). */
  cellProperties?: boolean;
  /** False models a host without ExcelApi 1.13 (no Range.getMergedAreasOrNullObject). */
  mergedAreas?: boolean;
  /**
   * False (default): the fake is STRICT about null objects, as the issue asks us to assume of real
   * Excel: a method call, a navigation or a nested load ("a/b") on an *OrNullObject result whose
   * null-ness no sync has settled yet fails the whole sync (InvalidOperation), whether or not the
   * object turns out to be null; so does a method on a known null object. Loading scalar properties
   * of an *OrNullObject result and reading isNullObject after the sync is the one allowed use.
   * True: the lenient behaviour of earlier versions (see nullPropagates).
   */
  lenientNullObjects?: boolean;
  /**
   * Lenient mode only. True (default): a method or navigation on a null object yields a null object.
   * False: it fails the sync (GeneralException).
   */
  nullPropagates?: boolean;
  /**
   * Fault injection: the `at`-th write attempted (1-based, counted over the fake's life, see
   * FakeStats.writeAttempts) fails its sync with `error` (default GeneralException); the writes
   * queued before it in that sync stay applied, as in Excel (a batch is not a transaction).
   */
  failWrite?: { at: number; error?: () => Error };
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  mutations: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** Changes applied to the workbook (cell/format/name/sheet writes, selection excluded). */
  mutations: number;
  requests: SyncRecord[];
  /** Writes attempted, failed ones included (for failWrite). */
  writeAttempts: number;
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface Operation {
  owner: FakeClientObject;
  /** What goes over the wire (for the size estimate). */
  wire: unknown;
  mutates: boolean;
  /** Runs against the model; returns the response part (JSON) and what to apply once the sync succeeds. */
  run: () => { response?: unknown; apply?: () => void } | void;
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export class FakeRequestContext {
  private queue: Operation[] = [];
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  workbook!: import('./objects').FakeWorkbookObject;

  constructor(
    readonly model: import('./model').FakeWorkbook,
    readonly stats: FakeStats,
    readonly options: FakeExcelOptions,
  ) {}

  get strictNullObjects(): boolean {
    return this.options.lenientNullObjects !== true;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  /** Office sends a new object's path with the next request and instantiates it in queue order. */
  registerCreated(obj: FakeClientObject): void {
    this.queue.push({
      owner: obj,
      wire: { path: obj._path },
      mutates: false,
      run: () => void obj._resolve(),
    });
  }

  /** The target of an object reached from a null object. */
  childOfNull(): typeof NULL_TARGET {
    if (this.options.nullPropagates === false)
      throw new FakeOfficeError(
        'GeneralException',
        'FakeExcel: navigation from a null object',
        'nullPropagates',
      );
    return NULL_TARGET;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync<T>(passThrough?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return passThrough as T;
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const limit =
      this.options.payloadLimitBytes === undefined ? DEFAULT_PAYLOAD_LIMIT : this.options.payloadLimitBytes;
    const requestBytes = utf8Length(JSON.stringify(ops.map((o) => o.wire)));
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length, mutations: 0 };
    this.stats.syncs++;
    this.stats.requests.push(record);
    if (limit !== null && requestBytes > limit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
    const applies: (() => void)[] = [];
    const responses: unknown[] = [];
    try {
      for (const op of ops) {
        if (op.mutates) {
          this.stats.writeAttempts += 1;
          const fail = this.options.failWrite;
          if (fail && fail.at === this.stats.writeAttempts)
            throw fail.error?.() ?? new FakeOfficeError('GeneralException', 'FakeExcel: injected failure');
        }
        const out = op.run();
        if (op.mutates) {
          record.mutations++;
          this.stats.mutations++;
        }
        if (out?.response !== undefined) responses.push(out.response);
        if (out?.apply) applies.push(out.apply);
      }
    } finally {
      for (const op of ops) op.owner._settleNullness();
    }
    record.responseBytes = utf8Length(JSON.stringify(responses));
    const responseLimit =
      this.options.responseLimitBytes === undefined ? limit : this.options.responseLimitBytes;
    if (responseLimit !== null && record.responseBytes > responseLimit)
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
    for (const apply of applies) apply();
    return passThrough as T;
  }
}

export { FakeClientObject, FakeClientResult, normaliseLoad } from './client-object';
