/**
 * The workbook's defined names, read from and written to xl/workbook.xml directly.
 *
 * Why not through exceljs: it keeps a name only as a set of cells, so it loses what the contract
 * says is user data — the sheet scope (localSheetId) is dropped, names referring to "#REF!", to
 * several areas or holding formulas are altered or lost, and the `hidden` attribute disappears.
 * Here a name is kept as its original XML (attributes and escaped text, untouched) plus its scope
 * as a sheet NAME, so that on save localSheetId can be recomputed against the final sheet order
 * (adding the scorer's sheets after the scored sheet shifts the index of every later sheet).
 */
import type { DefinedName, NameAdd, NameRef } from '../../workbook/types';
import { caseKey } from '../../engine/caseKey';
import { sameName, sameScope } from '../names';
import {
  decodeXml,
  encodeXmlAttribute,
  encodeXmlText,
  findElement,
  parseAttributes,
  prefixOf,
  splice,
} from './xml';

/** One <definedName> as stored, with its scope resolved to a sheet name. */
export interface StoredName {
  name: string;
  /** 'workbook', or the sheet the name is scoped to (null when localSheetId points at no sheet). */
  scope: 'workbook' | { sheet: string | null };
  /** The reference/formula text, XML-decoded, without a leading "=". */
  formula: string;
  /** The attributes other than name and localSheetId, as [name, raw XML value], in file order. */
  otherAttributes: [string, string][];
  /** The element text exactly as in the file (still XML-escaped). */
  rawText: string;
}

export { decodeXml, encodeXmlText };

/** Sheet names of <sheets>, in file order (the order localSheetId counts in). */
export function sheetOrderFromWorkbookXml(workbookXml: string): string[] {
  const sheets = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(workbookXml)?.[1] ?? '';
  return [...sheets.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((match) => {
    const name = parseAttributes(match[1]).find(([key]) => key === 'name');
    return decodeXml(name?.[1] ?? '');
  });
}

/** Every <definedName> of workbook.xml, in file order. */
export function readStoredNames(workbookXml: string): StoredName[] {
  const sheetOrder = sheetOrderFromWorkbookXml(workbookXml);
  const block = /<(?:\w+:)?definedNames\b[^>]*>([\s\S]*?)<\/(?:\w+:)?definedNames>/.exec(workbookXml)?.[1];
  if (!block) return [];
  const pattern = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;
  return [...block.matchAll(pattern)].map((match) => {
    const attributes = parseAttributes(match[1]);
    const name = decodeXml(attributes.find(([key]) => key === 'name')?.[1] ?? '');
    const localSheetId = attributes.find(([key]) => key === 'localSheetId')?.[1];
    const rawText = match[2] ?? '';
    const formula = decodeXml(rawText).replace(/^=/, '');
    const scope: StoredName['scope'] =
      localSheetId === undefined ? 'workbook' : { sheet: sheetOrder[Number(localSheetId)] ?? null };
    const otherAttributes = attributes.filter(([key]) => key !== 'name' && key !== 'localSheetId');
    return { name, scope, formula, otherAttributes, rawText };
  });
}

/** The names in the shape the workbook mapping reads (names scoped to no known sheet left out). */
export function toDefinedNames(stored: StoredName[]): DefinedName[] {
  const names: DefinedName[] = [];
  for (const entry of stored) {
    // hidden="1" (or "true", xsd:boolean): undo gives a deleted name back as it was.
    const hidden = entry.otherAttributes.some(([key, value]) => key === 'hidden' && /^(1|true)$/.test(value))
      ? { hidden: true }
      : {};
    if (entry.scope === 'workbook')
      names.push({ name: entry.name, scope: 'workbook', formula: entry.formula, ...hidden });
    else if (entry.scope.sheet !== null) {
      names.push({
        name: entry.name,
        scope: { sheet: entry.scope.sheet },
        formula: entry.formula,
        ...hidden,
      });
    }
  }
  return names;
}

/**
 * The names to write: every original name unchanged, then the added ones. An added name that
 * already exists with the same scope (the scorer's PE_Out* names on a second run) replaces the
 * original's reference in place rather than being written twice (Excel rejects duplicates).
 */
export function mergeNames(original: StoredName[], added: NameAdd[]): StoredName[] {
  const result = original.map((entry) => ({ ...entry }));
  // Entries by name text (case-folded), in file order: a plan adds dozens of names to a list of
  // dozens, and each is looked for among the entries of its own text only.
  const byText = new Map<string, StoredName[]>();
  const index = (entry: StoredName): void => {
    const key = caseKey(entry.name);
    const entries = byText.get(key);
    if (entries) entries.push(entry);
    else byText.set(key, [entry]);
  };
  result.forEach(index);
  for (const add of added) {
    const rawText = encodeXmlText(add.formula.replace(/^=/, ''));
    const scope: StoredName['scope'] = add.scope === 'workbook' ? 'workbook' : { sheet: add.scope.sheet };
    const existing = byText.get(caseKey(add.name))?.find((entry) => sameScope(entry.scope, add.scope));
    if (existing) {
      if (decodeXml(existing.rawText).replace(/^=/, '') !== add.formula.replace(/^=/, '')) {
        existing.rawText = rawText;
        existing.formula = add.formula.replace(/^=/, '');
      }
    } else {
      const entry: StoredName = {
        name: add.name,
        scope,
        formula: add.formula.replace(/^=/, ''),
        // The scorer's memory names are hidden, as Excel writes a hidden name.
        otherAttributes: add.hidden ? [['hidden', '1']] : [],
        rawText,
      };
      result.push(entry);
      index(entry);
    }
  }
  return result;
}

/** The names without those deleted (a name is one name text in one scope). */
export function dropNames(names: StoredName[], deleted: NameRef[]): StoredName[] {
  return names.filter((entry) => !deleted.some((gone) => sameName(entry, gone)));
}

/** The <definedNames> element for the final sheet order; '' when there is no name to write. */
export function renderDefinedNames(names: StoredName[], sheetOrder: string[], prefix = ''): string {
  const elements: string[] = [];
  for (const entry of names) {
    let scopeAttribute = '';
    if (entry.scope !== 'workbook') {
      const index = entry.scope.sheet === null ? -1 : sheetOrder.indexOf(entry.scope.sheet);
      if (index < 0) continue; // its sheet is gone (it was already dangling in the input)
      scopeAttribute = ` localSheetId="${index}"`;
    }
    const others = entry.otherAttributes.map(([key, value]) => ` ${key}="${value}"`).join('');
    elements.push(
      `<${prefix}definedName name="${encodeXmlAttribute(entry.name)}"${scopeAttribute}${others}>${entry.rawText}</${prefix}definedName>`,
    );
  }
  return elements.length ? `<${prefix}definedNames>${elements.join('')}</${prefix}definedNames>` : '';
}

/**
 * workbook.xml with its <definedNames> replaced by `names`. A file without one gets it where the
 * schema puts it: after <sheets>, <functionGroups> and <externalReferences> (a file with external
 * links has the latter; a name before them makes Excel repair the file).
 */
export function patchWorkbookXml(workbookXml: string, names: StoredName[]): string {
  const sheets = findElement(workbookXml, 'sheets');
  const prefix = sheets ? prefixOf(sheets.tag) : '';
  const rendered = renderDefinedNames(names, sheetOrderFromWorkbookXml(workbookXml), prefix);
  const existing = findElement(workbookXml, 'definedNames');
  if (existing) return splice(workbookXml, existing.start, existing.end, rendered);
  const anchor =
    findElement(workbookXml, 'externalReferences') ?? findElement(workbookXml, 'functionGroups') ?? sheets;
  if (!anchor) return workbookXml;
  return splice(workbookXml, anchor.end, anchor.end, rendered);
}
