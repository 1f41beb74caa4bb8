/**
 * The three hosts on one spec: the Office host on the Excel fake, the WPS host on the ET fake (both
 * over a FakeWorkbook), the .xlsx host on a real file; and the comparisons the cross-host tests use.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { scoreActiveSheet as scoreOnWps } from '../../../src/hosts/wps';
import { createFakeEt, type EtFakeOptions, type FakeEt } from '../../fakes/et';
import type { FakeWorkbook } from '../../fakes/excel';
import {
  fakeRunner,
  scoreOnFake,
  scoreXlsx,
  seenFake,
  seenXlsx,
  toFakeWorkbook,
  writeSpecXlsx,
  type SeenWorkbook,
} from '../../fuzz/hosts';
import type { WorkbookSpec } from '../../fuzz/workbook-spec';

export function wpsRun(workbook: FakeWorkbook, options: EtFakeOptions = {}, detect = false) {
  const et = createFakeEt(workbook, options);
  return { et, score: (): RunOutcome => scoreOnWps(et.Application, detect ? { detect: true } : {}) };
}

export type { FakeEt };

/**
 * Names compared without the leading "=" (the .xlsx host stores them without) and with sheet names
 * unquoted: the Excel fake and exceljs quote CJK sheet names differently, which is spelling, not a
 * different reference.
 */
const canonicalRef = (formula: string) =>
  formula
    .replace(/^=/, '')
    .replace(/'((?:[^']|'')+)'!/g, (_m, sheet: string) => `${sheet.replace(/''/g, "'")}!`);

export function normalSeen(seen: SeenWorkbook): SeenWorkbook {
  return {
    sheets: seen.sheets,
    names: Object.fromEntries(Object.entries(seen.names).map(([k, v]) => [k, canonicalRef(v)])),
  };
}

/** The spec scored by all three hosts: what each left, as a user sees it, plus the Office/WPS workbooks. */
export async function scoreEverywhere(spec: WorkbookSpec, options: EtFakeOptions = {}) {
  const officeBook = toFakeWorkbook(spec);
  const office = await scoreOnFake(fakeRunner(officeBook));
  const wpsBook = toFakeWorkbook(spec);
  const wps = wpsRun(wpsBook, options).score();
  const dir = mkdtempSync(join(tmpdir(), 'perfscore-wps-'));
  try {
    const input = await writeSpecXlsx(spec, dir);
    const output = join(dir, 'out.xlsx');
    const xlsx = await scoreXlsx(input, spec.sheet, output);
    const xlsxSeen =
      xlsx.status === 'scored' ? normalSeen(await seenXlsx(output)) : normalSeen(await seenXlsx(input));
    return {
      office,
      wps,
      xlsx,
      officeBook,
      wpsBook,
      seen: { office: normalSeen(seenFake(officeBook)), wps: normalSeen(seenFake(wpsBook)), xlsx: xlsxSeen },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
