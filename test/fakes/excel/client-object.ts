/**
 * The proxy side of the Excel fake: FakeClientObject (load, property reads and writes, null objects)
 * and FakeClientResult. The request/sync side is context.ts.
 */
import { NULL_TARGET, type FakeRequestContext, type Target } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';

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

  /**
   * True for an *OrNullObject result whose null-ness no sync has settled yet: Office.js documents
   * only that its isNullObject can be read after a sync, so a strict host is assumed to fail a batch
   * that calls a method on it, navigates from it or loads through it.
   */
  _mayBeNull(): boolean {
    return this.nullable && this._isNull === undefined;
  }

  /** Fails the batch (strict fake) when this may be a null object not yet settled by a sync. */
  _checkStrict(action: string): void {
    if (this.context.strictNullObjects && this._mayBeNull())
      throw new FakeOfficeError(
        'InvalidOperation',
        `FakeExcel (strict): ${this._typeName}.${action} on a *OrNullObject result before a sync`,
        `${this._typeName}.${action}`,
      );
  }

  /**
   * The target, for a proxy derived from this one (a method result or navigation property). Strict:
   * refused when this may be null and no sync has said; deriving from a known null object fails too.
   */
  _resolveForChild(action = 'navigation'): Target<T> {
    this._checkStrict(action);
    const t = this._resolve();
    if (t === NULL_TARGET && this.context.strictNullObjects)
      throw new FakeOfficeError(
        'InvalidOperation',
        `FakeExcel (strict): ${this._typeName}.${action} on a null object`,
        `${this._typeName}.${action}`,
      );
    return t;
  }

  /** The live target, or an ItemNotFound error when this is a null object (acting on nothing). */
  _require(action: string): T {
    this._checkStrict(action);
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
    if (nested.size > 0) this._checkStrict(`load(${[...nested.keys()].join(', ')})`);
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
