/** Types of the Office.js host's public API (src/hosts/office/index.ts). */
import type { RunOptions } from '../../workbook/runOutcome';

/** Runs one batch against Excel: `(batch) => Excel.run(batch)`, or the test fake's run. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the caller feature-detected (Office.context.requirements.isSetSupported('ExcelApi', '1.9')). */
export interface HostCapabilities {
  cellProperties: boolean;
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13). Absent: asked of Office.context.requirements
   * when Office.js is loaded, assumed present otherwise (the test fake says itself when it lacks it).
   */
  mergedAreas?: boolean;
}

export interface OfficeRunOptions extends RunOptions {
  capabilities?: HostCapabilities;
  /**
   * Request size limit the writes are chunked under; default Excel on the web's 5 MB. Only tests and
   * benchmarks change it.
   */
  payloadLimitBytes?: number;
  /**
   * On a sheet without PE_* names: score from detection and define the detected names (planScoring's
   * `detect`). A sheet where the required parts cannot be found is refused with code 'not-found'
   * and the detection, nothing written.
   */
  detect?: boolean;
  /**
   * The sheets the caller believes hold the active sheet's outputs (from its last status read or run,
   * e.g. RunOutcome.outputSheets): read in the first sync by name, so a run stays at one read and one
   * write. A wrong guess costs one more sync, never a wrong result.
   */
  outputSheets?: readonly string[];
}
