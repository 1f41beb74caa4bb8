/**
 * RangeAreas as Range.getMergedAreasOrNullObject() (ExcelApi 1.13) returns it: the merged areas that
 * touch the range, each whole, or a null object when there is none. Only `address` and `areaCount`
 * are modelled. Assumed (not visible in the client runtime): areas are listed whole even where they
 * reach past the range, in the order they were merged, joined by ",".
 */
import { formatArea, quoteSheetName, type CellArea } from './address';
import { FakeClientObject, NULL_TARGET, type FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import type { FakeSheet } from './model';
import type { RangeTarget } from './range-cells';

export interface RangeAreasTarget {
  sheet: FakeSheet;
  areas: CellArea[];
}

const touches = (a: CellArea, b: CellArea) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export class FakeRangeAreas extends FakeClientObject<RangeAreasTarget> {
  readonly _typeName = 'RangeAreas';

  constructor(context: FakeRequestContext, path: string, range: FakeClientObject<RangeTarget>) {
    super(
      context,
      path,
      () => {
        const t = range._resolveForChild('getMergedAreasOrNullObject');
        if (t === NULL_TARGET) return context.childOfNull();
        const areas = t.sheet.merges.filter((m) => touches(m, t.area));
        if (areas.length === 0) throw new FakeOfficeError('ItemNotFound', undefined, 'getMergedAreas');
        return { sheet: t.sheet, areas: areas.map((m) => ({ ...m })) };
      },
      true,
    );
  }

  protected _scalarNames(): string[] {
    return ['address', 'areaCount'];
  }

  protected _readScalar(t: RangeAreasTarget, name: string): unknown {
    if (name === 'areaCount') return t.areas.length;
    return t.areas.map((area) => `${quoteSheetName(t.sheet.name)}!${formatArea(area)}`).join(',');
  }

  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}
