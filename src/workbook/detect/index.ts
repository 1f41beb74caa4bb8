/**
 * Detection (docs/workbook-contract.md §5): from a sheet's cells alone, propose every PE_* input
 * name, say where each came from and what each missing one costs. Pure; shared by every host.
 */
export {
  detectLayout,
  detectedNames,
  notFoundMessage,
  partAddress,
  type DetectOptions,
  type DetectedPart,
  type Detection,
} from './detectLayout';
export { rangeChecklist, type ChecklistEntry } from './checklist';
export { PART_SPECS, type DetectName, type DetectPart } from './parts';
export { normalizeHeader, headerKey, classifyHeader } from './text';
