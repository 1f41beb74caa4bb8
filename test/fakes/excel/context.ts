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
import { FakeOfficeError, propertyNotLoaded } from './errors';

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
  /**
   * True (default): a method or navigation on a null object yields a null object. False: it fails
   * the sync (GeneralException) — to test code that must survive a host where null does not propagate.
   */
  nullPropagates?: boolean;
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

/** Normalises every form of load(): "a, b/c", ["a","b"], { a: true, b: { c: true } }, { select: "a" }. */
export function normaliseLoad(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string')
    return option
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((o) => normaliseLoad(o));
  if (typeof option === 'object') {
    const record = option as Record<string, unknown>;
    if (typeof record.select === 'string' || typeof record.expand === 'string')
      return [...normaliseLoad(record.select), ...normaliseLoad(record.expand)];
    const paths: string[] = [];
    for (const [k, v] of Object.entries(record)) {
      if (k.startsWith('$')) continue;
      if (v === true) paths.push(k);
      else if (v && typeof v === 'object') {
        const inner = normaliseLoad(v);
        paths.push(...(inner.length ? inner.map((p) => `${k}/${p}`) : [k]));
      }
    }
    return paths;
  }
  throw new FakeOfficeError('InvalidArgument', undefined, 'load');
}

/**
 * Base of every proxy. A proxy knows how to find its target in the model (resolved once, at the first
 * sync that needs it, like an Office object path), which scalar properties it can load, and which
 * navigation properties lead to other proxies.
 */
export abstract class FakeClientObject<T = unknown> {
  abstract readonly _typeName: string;
  protected _target: Target<T> | undefined;
  private _isNull: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    readonly _path: string,
    private readonly resolver: () => Target<T>,
    private readonly nullable = false,
    register = true,
  ) {
    if (register) context.registerCreated(this);
  }

  /** Scalar properties that load() without arguments fetches. */
  protected abstract _scalarNames(): string[];
  /** What load() without arguments fetches: every scalar; collections override it with their items. */
  _defaultLoad(): string[] {
    return this._scalarNames();
  }
  /** Reads one scalar from the live target. */
  protected abstract _readScalar(target: T, name: string): unknown;
  /** Navigation properties (format, protection, worksheet...). */
  protected _navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }
  /** Collections override this to serve "items/...". */
  protected _loadItems(_target: T, _paths: string[]): { response: unknown; apply: () => void } | undefined {
    return undefined;
  }

  _resolve(): Target<T> {
    if (this._target !== undefined) return this._target;
    try {
      this._target = this.resolver();
    } catch (e) {
      if (
        this.nullable &&
        e instanceof FakeOfficeError &&
        /ItemNotFound|InvalidOperation|InvalidReference/.test(e.code)
      )
        this._target = NULL_TARGET;
      else throw e;
    }
    return this._target;
  }

  _settleNullness(): void {
    if (this._target !== undefined) this._isNull = this._target === NULL_TARGET;
  }

  /** The live target, or an ItemNotFound error when this is a null object (acting on nothing). */
  _require(action: string): T {
    const t = this._resolve();
    if (t === NULL_TARGET)
      throw new FakeOfficeError('ItemNotFound', undefined, `${this._typeName}.${action}`);
    return t;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return this._isNull;
  }

  load(option?: unknown): this {
    const paths = normaliseLoad(option);
    this.context.enqueue({
      owner: this,
      wire: { path: this._path, load: paths },
      mutates: false,
      run: () => this._runLoad(paths.length ? paths : this._defaultLoad()),
    });
    return this;
  }

  /** Executes a load against the model; nested paths go to navigation proxies. */
  _runLoad(paths: string[]): { response: unknown; apply: () => void } {
    const target = this._resolve();
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && this._scalarNames().includes(head)) own.push(head);
      else if (head === 'items' || this._navigation(head))
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
      else
        throw new FakeOfficeError(
          'InvalidArgument',
          `FakeExcel: ${this._typeName} has no property ${head}`,
          `${this._typeName}.load`,
        );
    }
    const values: Record<string, unknown> = {};
    const applies: (() => void)[] = [];
    if (target !== NULL_TARGET) {
      for (const name of own) values[name] = this._readScalar(target, name);
      for (const [head, rest] of nested) {
        if (head === 'items') {
          const items = this._loadItems(target, rest);
          if (!items) throw new FakeOfficeError('InvalidArgument', undefined, `${this._typeName}.load`);
          values.items = items.response;
          applies.push(items.apply);
        } else {
          const child = this._navigation(head)!;
          const sub = child._runLoad(rest.length ? rest : child._defaultLoad());
          values[head] = sub.response;
          applies.push(sub.apply);
        }
      }
    }
    return {
      response: values,
      apply: () => {
        if (target === NULL_TARGET) return;
        for (const name of own) this.loaded.set(name, values[name]);
        applies.forEach((a) => a());
      },
    };
  }

  /** Getter helper: throws PropertyNotLoaded like Office unless loaded (or this is a null object). */
  protected _get<V>(name: string): V {
    if (this._isNull) return undefined as V;
    if (!this.loaded.has(name)) throw propertyNotLoaded(this._typeName, name);
    return this.loaded.get(name) as V;
  }

  /** Setter helper: keeps the value on the proxy and queues the write. */
  protected _set(name: string, value: unknown, write: (target: T) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue({
      owner: this,
      wire: { path: this._path, set: name, value },
      mutates: true,
      run: () => write(this._require(`${name}`)),
    });
  }

  /** Queues a method call. */
  protected _call(method: string, args: unknown[], run: (target: T) => unknown, mutates = true): void {
    this.context.enqueue({
      owner: this,
      wire: { path: this._path, call: method, args },
      mutates,
      run: () => {
        const response = run(this._require(method));
        return response === undefined ? undefined : { response };
      },
    });
  }

  /** Marks a property as loaded with a value (collections' items are created already loaded). */
  _preload(name: string, value: unknown): void {
    this.loaded.set(name, value);
    this._isNull = false;
  }

  /** Binds the proxy to its target (for objects returned by add(), or collection items). */
  _bind(target: T): void {
    this._target = target;
    this._isNull = false;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** ClientResult<T>: `value` readable after the sync that computed it. */
export class FakeClientResult<V> {
  private settled = false;
  private result: V | undefined;

  _settle(value: V): void {
    this.settled = true;
    this.result = value;
  }

  get value(): V {
    if (!this.settled) throw propertyNotLoaded('ClientResult', 'value');
    return this.result as V;
  }
}
