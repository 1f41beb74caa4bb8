/**
 * The WPS host's own narrow ET interface (src/hosts/wps/et-types.ts) and the add-in runtime members
 * it uses (src/wps/wps-types.ts), checked against Kingsoft's declarations (et-jsapi-declare 2.5.0):
 * each declared object must be assignable to ours, so every member we use exists there with a type
 * we accept. `Strict` turns methods into function-typed properties, so parameters are checked
 * contravariantly too (what we pass must be what WPS declares it takes), not bivariantly as methods.
 *
 * Compiled only by tsconfig.et-check.json (the declarations' globals stay out of the main build);
 * test/wps-types/et-compat.test.ts runs it in `npm test`.
 */
import type {
  EtApplication,
  EtInterior,
  EtName,
  EtNames,
  EtRange,
  EtWorkbook,
  EtWorksheet,
  EtWorksheets,
} from '../../src/hosts/wps/et-types';
import type { WpsAddinApplication, WpsTaskPane } from '../../src/wps/wps-types';

export type Strict<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => Strict<R>
  : T extends object
    ? { [K in keyof T]: Strict<T[K]> }
    : T;

/**
 * Known error in et-jsapi-declare 2.5.0 (its own header says its types come from static analysis
 * and may be imprecise): `Sheets.Item(Index: string | number | any[]): Worksheet | Sheets` merges
 * the array form into every call. The object model ET follows documents Sheets(index) — a name or
 * a number — as one sheet, and Sheets(Array(…)) as a Sheets collection; the host only ever passes a
 * name or a number. Checked here as documented, everything else as declared.
 */
type Sheets = Omit<Et.Sheets, 'Item'> & { Item(Index: string | number): Et.Worksheet };
type Workbook = Omit<Et.Workbook, 'Worksheets'> & { readonly Worksheets: Sheets };
type Application = Omit<Et.Application, 'ActiveWorkbook'> & { readonly ActiveWorkbook: Workbook };
type AddinApplication = Omit<WPSMergedRoot, 'ActiveWorkbook'> & { readonly ActiveWorkbook: Workbook };

/**
 * ApiEvent.AddApiEventListener is declared once per event name (overloads): checked as methods, so
 * TypeScript picks the overload for the event we listen to (Strict would keep only the last one).
 */
type WithoutEvents<T> = Omit<T, 'ApiEvent'>;
export const events = (declared: WPSMergedRoot['ApiEvent']): NonNullable<EtApplication['ApiEvent']> =>
  declared;

export const application = (
  declared: Strict<WithoutEvents<Application>>,
): Strict<WithoutEvents<EtApplication>> => declared;
export const workbook = (declared: Strict<Workbook>): Strict<EtWorkbook> => declared;
export const worksheets = (declared: Strict<Sheets>): Strict<EtWorksheets> => declared;
export const worksheet = (declared: Strict<Et.Worksheet>): Strict<EtWorksheet> => declared;
export const range = (declared: Strict<Et.Range>): Strict<EtRange> => declared;
export const interior = (declared: Strict<Et.Interior>): Strict<EtInterior> => declared;
export const names = (declared: Strict<Et.Names>): Strict<EtNames> => declared;
export const name = (declared: Strict<Et.Name>): Strict<EtName> => declared;
export const addin = (
  declared: Strict<WithoutEvents<AddinApplication>>,
): Strict<WithoutEvents<WpsAddinApplication>> => declared;
export const taskPane = (declared: Strict<WPS.CustomTaskpane>): Strict<WpsTaskPane> => declared;
