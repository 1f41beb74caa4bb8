/**
 * workbook.customXmlParts (ExcelApi 1.5): XML kept inside the workbook, invisible to the officer.
 * Modelled: the collection (items/id, items/namespaceUri; getByNamespace; getItem, ItemNotFound at
 * sync; add(xml), whose namespace is the root's xmlns) and a part (id, namespaceUri, getXml, delete).
 */
import { FakeClientObject, FakeClientResult, type FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import type { FakeWorkbook, FakeXmlPart } from './model';

const namespaceOf = (xml: string) => /^\s*(?:<\?[^>]*\?>\s*)?<[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? '';

/** Every part added gets a new id, as Excel's GUIDs never repeat (a count, not the list's length). */
let partSerial = 0;

export class FakeCustomXmlPart extends FakeClientObject<FakeXmlPart> {
  readonly _typeName = 'CustomXmlPart';
  protected _scalarNames(): string[] {
    return ['id', 'namespaceUri'];
  }
  protected _readScalar(part: FakeXmlPart, name: string): unknown {
    return name === 'id' ? part.id : namespaceOf(part.xml);
  }
  get id(): string {
    return this._get('id');
  }
  get namespaceUri(): string {
    return this._get('namespaceUri');
  }
  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue({
      owner: this,
      wire: { path: this._path, call: 'getXml', args: [] },
      mutates: false,
      run: () => {
        const part = this._require('getXml');
        return { response: part.xml, apply: () => result._settle(part.xml) };
      },
    });
    return result;
  }
  delete(): void {
    this._call('delete', [], (part) => {
      const list = this.context.model.customXmlParts;
      const at = list.indexOf(part);
      if (at >= 0) list.splice(at, 1);
    });
  }
}

export class FakeCustomXmlPartCollection extends FakeClientObject<FakeWorkbook> {
  readonly _typeName = 'CustomXmlPartCollection';
  private itemsList?: FakeCustomXmlPart[];

  constructor(
    context: FakeRequestContext,
    path = 'workbook.customXmlParts',
    private readonly namespace: string | null = null,
  ) {
    super(context, path, () => context.model, false, false);
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
  protected override _loadItems(model: FakeWorkbook, paths: string[]) {
    const parts = model.customXmlParts.filter(
      (part) => this.namespace === null || namespaceOf(part.xml) === this.namespace,
    );
    const items = parts.map((part, i) => {
      const proxy = new FakeCustomXmlPart(
        this.context,
        `${this._path}.items[${i}]`,
        () => part,
        false,
        false,
      );
      proxy._bind(part);
      return proxy;
    });
    const loads = items.map((item) => item._runLoad(paths.length ? paths : ['id', 'namespaceUri']));
    return {
      response: loads.map((l) => l.response),
      apply: () => {
        loads.forEach((l) => l.apply());
        this.itemsList = items;
      },
    };
  }
  get items(): FakeCustomXmlPart[] {
    if (!this.itemsList) return this._get('items');
    return this.itemsList;
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(
      this.context,
      `${this._path}.getByNamespace(${JSON.stringify(namespaceUri)})`,
      namespaceUri,
    );
  }
  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const part = this.context.model.customXmlParts.find((p) => p.id === id);
      if (!part) throw new FakeOfficeError('ItemNotFound', undefined, 'CustomXmlPartCollection.getItem');
      return part;
    });
  }
  add(xml: string): FakeCustomXmlPart {
    const part: FakeXmlPart = {
      id: `{PART-${(partSerial += 1)}}`,
      xml,
    };
    const proxy = new FakeCustomXmlPart(this.context, `${this._path}.add()`, () => part, false, false);
    this._call('add', [xml], (model) => {
      if (!namespaceOf(xml) && !/^\s*</.test(xml))
        throw new FakeOfficeError('InvalidArgument', undefined, 'CustomXmlPartCollection.add');
      model.customXmlParts.push(part);
      proxy._bind(part);
    });
    return proxy;
  }
}
