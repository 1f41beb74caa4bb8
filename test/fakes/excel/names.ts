/**
 * Defined names, as the Excel fake serves them. Like Excel: workbook.names holds only workbook-scoped
 * names and worksheet.names only that sheet's; a name whose reference was broken (its sheet deleted,
 * or typed as =#REF!) has type "Error" and value "#REF!"; NamedItem.getRange() on anything but a
 * single-area range fails with InvalidOperation ("This operation is not permitted for the current
 * object", the error xlwings-server#224 and office-js#4321 report for multi-area and formula names);
 * getRangeOrNullObject() (ExcelApi 1.4) gives a null object instead. (office-js#263: that call once
 * crashed Excel on a #REF! name; fixed since.)
 */
import { parseArea } from './address';
import { FakeClientObject, NULL_TARGET, type FakeRequestContext, type Target } from './context';
import { FakeOfficeError } from './errors';
import { FakeSheet, type FakeName, type FakeWorkbook, type NameFormula } from './model';
import { FakeRange, type RangeTarget } from './range';

export interface NamesTarget {
  owner: FakeWorkbook | FakeSheet;
}

interface NameTarget {
  entry: FakeName;
  owner: FakeWorkbook | FakeSheet;
}

const listOf = (owner: FakeWorkbook | FakeSheet) => owner.names;
const workbookOf = (owner: FakeWorkbook | FakeSheet): FakeWorkbook =>
  owner instanceof FakeSheet ? owner.workbook : owner;

function findName(owner: FakeWorkbook | FakeSheet, name: string): FakeName | undefined {
  const lower = name.toLowerCase();
  return listOf(owner).find((n) => n.name.toLowerCase() === lower);
}

export function nameType(formula: NameFormula): string {
  if (formula.kind === 'ref') return formula.areas.every((a) => a.sheet && a.area) ? 'Range' : 'Error';
  const text = formula.text.trim();
  if (/^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)/i.test(text)) return 'Error';
  if (/^[+-]?\d+$/.test(text)) return 'Integer';
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(text)) return 'Boolean';
  return 'String';
}

function nameValue(workbook: FakeWorkbook, formula: NameFormula): unknown {
  const type = nameType(formula);
  if (type === 'Range') return workbook.nameFormulaText(formula).slice(1);
  if (type === 'Error') return '#REF!';
  const text = formula.kind === 'other' ? formula.text : '';
  if (type === 'Integer' || type === 'Double') return Number(text);
  if (type === 'Boolean') return text.toUpperCase() === 'TRUE';
  return text.replace(/^"(.*)"$/, '$1');
}

/** The single range a name refers to, or null (absent, #REF!, several areas, not a range). */
export function resolveNameToRange(
  workbook: FakeWorkbook,
  name: string,
  sheet?: FakeSheet,
): RangeTarget | null {
  const entry = (sheet && findName(sheet, name)) ?? findName(workbook, name);
  if (!entry || entry.formula.kind !== 'ref' || entry.formula.areas.length !== 1) return null;
  const [{ sheet: target, area }] = entry.formula.areas;
  return target && area ? { sheet: target, area: { ...area } } : null;
}

export class FakeNamedItem extends FakeClientObject<NameTarget> {
  readonly _typeName = 'NamedItem';

  protected _scalarNames(): string[] {
    return ['name', 'type', 'value', 'formula', 'visible', 'scope', 'comment'];
  }
  protected _readScalar(t: NameTarget, name: string): unknown {
    const workbook = workbookOf(t.owner);
    switch (name) {
      case 'name':
        return t.entry.name;
      case 'type':
        return nameType(t.entry.formula);
      case 'value':
        return nameValue(workbook, t.entry.formula);
      case 'formula':
        return workbook.nameFormulaText(t.entry.formula);
      case 'visible':
        return t.entry.visible;
      case 'scope':
        return t.owner instanceof FakeSheet ? 'Worksheet' : 'Workbook';
      default:
        return t.entry.comment;
    }
  }

  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): unknown {
    return this._get('value');
  }
  get scope(): string {
    return this._get('scope');
  }
  get comment(): string {
    return this._get('comment');
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(visible: boolean) {
    this._set('visible', visible, (t) => {
      t.entry.visible = visible;
    });
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(formula: string) {
    this._set('formula', formula, (t) => {
      t.entry.formula = workbookOf(t.owner).parseNameFormula(formula);
    });
  }

  private range(nullable: boolean): FakeRange {
    const method = nullable ? 'getRangeOrNullObject' : 'getRange';
    return new FakeRange(
      this.context,
      `${this._path}.${method}()`,
      () => {
        const t = this._resolveForChild(method);
        if (t === NULL_TARGET) return this.context.childOfNull();
        const f = t.entry.formula;
        if (f.kind !== 'ref' || f.areas.length !== 1 || !f.areas[0].sheet || !f.areas[0].area)
          throw new FakeOfficeError('InvalidOperation', undefined, `NamedItem.${method}`);
        return { sheet: f.areas[0].sheet, area: { ...f.areas[0].area } };
      },
      nullable,
    );
  }

  getRange(): FakeRange {
    return this.range(false);
  }

  getRangeOrNullObject(): FakeRange {
    return this.range(true);
  }

  delete(): void {
    this._call('delete', [], (t) => {
      const list = listOf(t.owner);
      const index = list.indexOf(t.entry);
      if (index >= 0) list.splice(index, 1);
    });
  }
}

export class FakeNamedItemCollection extends FakeClientObject<NamesTarget> {
  readonly _typeName = 'NamedItemCollection';
  private itemsList?: FakeNamedItem[];

  constructor(context: FakeRequestContext, path: string, resolver: () => Target<NamesTarget>) {
    super(context, path, resolver, false, false);
  }
  protected _scalarNames(): string[] {
    return [];
  }
  override _defaultLoad(): string[] {
    return ['items'];
  }
  protected _readScalar(): unknown {
    return undefined;
  }

  protected override _loadItems(t: NamesTarget, paths: string[]) {
    const entries = [...listOf(t.owner)];
    const items = entries.map((entry, i) => {
      const proxy = new FakeNamedItem(
        this.context,
        `${this._path}.items[${i}]`,
        () => ({ entry, owner: t.owner }),
        false,
        false,
      );
      proxy._bind({ entry, owner: t.owner });
      return proxy;
    });
    const loads = items.map((item) =>
      item._runLoad(
        paths.length ? paths : ['name', 'type', 'value', 'formula', 'visible', 'scope', 'comment'],
      ),
    );
    return {
      response: loads.map((l) => l.response),
      apply: () => {
        loads.forEach((l) => l.apply());
        this.itemsList = items;
      },
    };
  }

  get items(): FakeNamedItem[] {
    if (!this.itemsList) return this._get('items');
    return this.itemsList;
  }

  private item(name: string, nullable: boolean): FakeNamedItem {
    const method = nullable ? 'getItemOrNullObject' : 'getItem';
    return new FakeNamedItem(
      this.context,
      `${this._path}.${method}(${JSON.stringify(name)})`,
      () => {
        const t = this._resolveForChild(method);
        if (t === NULL_TARGET) return this.context.childOfNull();
        const entry = findName(t.owner, name);
        if (!entry) throw new FakeOfficeError('ItemNotFound', undefined, `NamedItemCollection.${method}`);
        return { entry, owner: t.owner };
      },
      nullable,
    );
  }

  getItem(name: string): FakeNamedItem {
    return this.item(name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.item(name, true);
  }

  /** add(name, rangeOrFormula, comment): a Range proxy or a formula text ("=Sheet1!$A$1"). */
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    const proxy = new FakeNamedItem(
      this.context,
      `${this._path}.add(${JSON.stringify(name)})`,
      () => {
        throw new FakeOfficeError(
          'InvalidOperation',
          'FakeExcel: name used before its add() ran',
          'NamedItemCollection.add',
        );
      },
      false,
      false,
    );
    const wireRef = typeof reference === 'string' ? reference : reference._path;
    this._call('add', [name, wireRef, comment], (t) => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || parseArea(name) || /^[rc]$/i.test(name))
        throw new FakeOfficeError('InvalidArgument', undefined, 'NamedItemCollection.add');
      if (findName(t.owner, name))
        throw new FakeOfficeError('ItemAlreadyExists', undefined, 'NamedItemCollection.add');
      const workbook = workbookOf(t.owner);
      let formula: NameFormula;
      if (typeof reference === 'string') formula = workbook.parseNameFormula(reference);
      else {
        const r = reference._resolve();
        if (r === NULL_TARGET)
          throw new FakeOfficeError('InvalidArgument', undefined, 'NamedItemCollection.add');
        formula = { kind: 'ref', areas: [{ sheet: r.sheet, area: { ...r.area } }] };
      }
      const entry: FakeName = { name, formula, visible: true, comment };
      listOf(t.owner).push(entry);
      proxy._bind({ entry, owner: t.owner });
    });
    return proxy;
  }
}
