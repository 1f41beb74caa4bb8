/**
 * Merged areas of a range, read in the same sync as its cells (Range.getMergedAreasOrNullObject,
 * ExcelApi 1.13). On an older Excel the call is never queued (a missing API would fail the whole
 * read at sync time) and the grid's `merged` stays undefined: "could not read merges".
 */
import { parseReference } from '../../workbook';
import type { Area } from '../../workbook/types';
import type { HostCapabilities } from './types';

const MERGED_AREAS_API = '1.13';

interface RequirementsGlobal {
  Office?: { context?: { requirements?: { isSetSupported?(set: string, version: string): boolean } } };
}

/**
 * Whether to ask Excel for merged areas: the caller's answer when it gave one; else Office.js's own
 * requirement check when Office.js is loaded; else (the test fake, no Office global) yes.
 */
export function supportsMergedAreas(capabilities: HostCapabilities | undefined): boolean {
  if (capabilities?.mergedAreas !== undefined) return capabilities.mergedAreas;
  const requirements = (globalThis as RequirementsGlobal).Office?.context?.requirements;
  if (typeof requirements?.isSetSupported !== 'function') return true;
  try {
    return requirements.isSetSupported('ExcelApi', MERGED_AREAS_API);
  } catch {
    return false;
  }
}

/** Queues the merged areas' address; null when the capability is off or Office.js refuses the call. */
export function queueMergedAreas(
  range: Excel.Range,
  capabilities: HostCapabilities,
): Excel.RangeAreas | null {
  if (!capabilities.mergedAreas) return null;
  try {
    const areas = range.getMergedAreasOrNullObject();
    areas.load('address');
    return areas;
  } catch {
    // Office.js checks some requirement sets on the client and throws synchronously.
    capabilities.mergedAreas = false;
    return null;
  }
}

/**
 * After the sync: the merged areas, 0-based inclusive. A null object means the range has none.
 * The address lists every area with its sheet ("Sheet1!A1:B4, 'My sheet'!D1:D4").
 */
export function readMergedAreas(areas: Excel.RangeAreas): Area[] {
  if (areas.isNullObject) return [];
  const address = areas.address;
  if (!address) return [];
  const parsed = parseReference(address);
  return 'areas' in parsed ? parsed.areas : [];
}

/** The union of merged areas read in parts (row slices), each area once; undefined if any part lacks them. */
export function joinMergedAreas(parts: (Area[] | undefined)[]): Area[] | undefined {
  if (parts.some((part) => part === undefined)) return undefined;
  const seen = new Map<string, Area>();
  for (const area of parts.flat() as Area[])
    seen.set(`${area.sheet}!${area.top},${area.left},${area.bottom},${area.right}`, area);
  return [...seen.values()];
}
