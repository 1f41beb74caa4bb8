/**
 * The package host against the exceljs host it replaced (test/reference/exceljs-host), on every
 * workbook the suites already use: the example, the hand-written WPS-style file, the acceptance
 * workbooks, the bad-input corpus and the hostile cases. Both read the same snapshots, and the
 * copies both write (one by editing the package, one by an exceljs re-save) hold the same cells,
 * number formats, fills, names and sheets — read back through either reader.
 */
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  applyWritePlan,
  bookFromBytes,
  definedNames,
  readSnapshot,
  sheetNames,
  sheetSnapshot,
  workbookBytes,
} from '../../../src/hosts/xlsx';
import { findScorableSheets, planScoring } from '../../../src/workbook';
import type { ProfileId } from '../../../src/engine/types';
import { SCORED_CASES } from '../../acceptance/workbooks';
import { buildWorkbook } from '../../acceptance/support/build-workbook';
import { BAD_INPUT_CASES } from '../../cli/bad-inputs.cases';
import { handwrittenWorkbook } from '../../fixtures/xlsx/handwritten';
import { tempDir, writeExample } from '../../fixtures/xlsx/build';
import { CASES, specOf } from '../../hostile/cases';
import { writeSpecXlsx } from '../../fuzz/hosts';
import { buildExampleSheet } from '../../../src/workbook/example';
import * as reference from '../../reference/exceljs-host/workbook';
import { applyWritePlan as referenceApply } from '../../reference/exceljs-host/apply';
import { workbookBytes as referenceBytes } from '../../reference/exceljs-host/save';

const dir = tempDir('perfscore-compare-');
const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'tianhe-2023.xlsx');

/** Every sheet of a file as the package host reads it. */
async function everythingNew(bytes: Buffer) {
  const book = await bookFromBytes(bytes);
  return {
    sheets: sheetNames(book).map((name) => sheetSnapshot(book, name)),
    names: definedNames(book),
  };
}

/**
 * Every sheet of a file as the exceljs host reads it. exceljs reads an empty inline string (how the
 * package host writes an empty text) as no value, where it reads an empty shared string (how its
 * own re-save wrote it) as ''; Excel reads both as an empty text, so '' and null compare equal here.
 */
async function everythingOld(bytes: Buffer) {
  const book = await reference.readWorkbook('', { bytes });
  return {
    sheets: reference.sheetNames(book).map((name) => {
      const sheet = reference.readSnapshot(book, name).sheet;
      const values = sheet.grid.values.map((row) => row.map((value) => (value === '' ? null : value)));
      return { ...sheet, grid: { ...sheet.grid, values } };
    }),
    names: reference.definedNames(book),
  };
}

/** Scores a file through both hosts, comparing each snapshot; gives both copies. */
async function scoreBoth(bytes: Buffer, profile?: ProfileId): Promise<{ fresh: Buffer; old: Buffer } | null> {
  const book = await bookFromBytes(bytes);
  const old = await reference.readWorkbook('', { bytes });
  expect(reference.sheetNames(old)).toEqual(sheetNames(book));
  expect(reference.definedNames(old)).toEqual(definedNames(book));
  const targets = findScorableSheets(definedNames(book), sheetNames(book)).scorable;
  let scored = 0;
  for (const sheet of targets) {
    const snapshot = readSnapshot(book, sheet);

    expect(snapshot).toEqual(reference.readSnapshot(old, sheet));
    const planned = planScoring(snapshot, profile ? { profile } : {});
    if (!planned.ok) continue;
    applyWritePlan(book, planned.run.plan);
    referenceApply(old, planned.run.plan);
    scored++;
  }
  if (scored === 0) return null;
  return { fresh: workbookBytes(book), old: await referenceBytes(old, []) };
}

async function expectSameCopies(bytes: Buffer, profile?: ProfileId): Promise<void> {
  const copies = await scoreBoth(bytes, profile);
  if (!copies) return;
  expect(await everythingNew(copies.fresh)).toEqual(await everythingNew(copies.old));
  expect(await everythingOld(copies.fresh)).toEqual(await everythingOld(copies.old));
}

const profileOf = (args: string[] | undefined): ProfileId | undefined => {
  const at = args?.indexOf('--profile') ?? -1;
  return at >= 0 ? (args![at + 1] as ProfileId) : undefined;
};

describe('package host = exceljs host', () => {
  it('on the example', async () => {
    await expectSameCopies(readFileSync(EXAMPLE));
  });

  it('on the hand-written WPS-style workbook', async () => {
    await expectSameCopies(await handwrittenWorkbook());
  });

  test.each(SCORED_CASES.map((c) => [c.id, c] as const))('on acceptance workbook %s', async (_id, c) => {
    await expectSameCopies(await buildWorkbook(c.spec), profileOf(c.args));
  });

  test.each(BAD_INPUT_CASES.map((c, i) => [c.label, c, i] as const))(
    'on bad input: %s',
    async (_label, badCase, i) => {
      const path = await writeExample(join(dir, `bad-${i}.xlsx`), badCase.change);
      await expectSameCopies(readFileSync(path), badCase.profile as ProfileId | undefined);
    },
  );

  test.each(CASES.map((c, i) => [c.title, c, i] as const))(
    'on hostile case: %s',
    async (_title, hostile, i) => {
      const caseDir = join(dir, `hostile-${i}`);
      mkdirSync(caseDir);
      await expectSameCopies(readFileSync(await writeSpecXlsx(hostile.spec(), caseDir)));
    },
  );

  it('on a workbook whose user sheet is named 评分汇总', async () => {
    const caseDir = join(dir, 'own-summary');
    mkdirSync(caseDir);
    const path = await writeSpecXlsx(specOf(buildExampleSheet(), '评分汇总'), caseDir);
    await expectSameCopies(readFileSync(path));
  });

  it('on the second run (the scored copy scored again)', async () => {
    const once = await scoreBoth(readFileSync(EXAMPLE));
    await expectSameCopies(once!.fresh);
  });
});
