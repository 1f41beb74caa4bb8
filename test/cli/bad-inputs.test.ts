/**
 * Bad inputs (docs/scoring-rules.md §4, docs/workbook-contract.md §1): every broken cell or name
 * gets a finding that names it, and the good rows are still scored. One table row per case, see
 * ./bad-inputs.cases.ts.
 */
import { join } from 'path';
import type { SheetJson } from '../../src/cli/json';
import { tempDir, writeExample } from '../fixtures/xlsx/build';
import { BAD_INPUT_CASES } from './bad-inputs.cases';
import { runCli } from './run-cli';

const dir = tempDir();
/** The seed's own six reported-rate warnings are not what these cases are about. */
const isSeedWarning = (message: string) => message.startsWith('报告完成率');

describe.each(BAD_INPUT_CASES.map((c, i) => [c.label, c, i] as const))('%s', (_label, badCase, index) => {
  let code: number;
  let sheet: SheetJson | undefined;
  let refused: { sheet: string; message: string }[] = [];

  beforeAll(async () => {
    const path = await writeExample(join(dir, `case-${index}.xlsx`), badCase.change);
    const run = await runCli('score', path, '--json');
    code = run.code;
    const file = JSON.parse(run.stdout).files[0];
    sheet = file.sheets[0];
    refused = file.refused ?? [];
  });

  if (badCase.refused) {
    it('is refused by name, nothing scored, exit 1', () => {
      expect(code).toBe(1);
      expect(sheet).toBeUndefined();
      expect(refused.map((r) => r.message).join('\n')).toMatch(badCase.refused!);
    });
    return;
  }

  it('is still scored (exit 0)', () => {
    expect(code).toBe(0);
    expect(sheet).toBeDefined();
  });

  it(`keeps the good rows scored (${badCase.scoredRows ?? 23} of 24)`, () => {
    expect(sheet!.indicators.filter((row) => row.flag !== 'error' && row.score !== null)).toHaveLength(
      badCase.scoredRows ?? 23,
    );
  });

  if (badCase.finding) {
    const { level, names, message } = badCase.finding;
    it(`has a ${level} naming ${names}`, () => {
      const match = sheet!.findings.find(
        (f) =>
          f.level === level &&
          (f.cell === names || f.message.includes(names)) &&
          (!message || message.test(f.message)),
      );
      expect({ findings: sheet!.findings, found: Boolean(match) }).toMatchObject({ found: true });
    });
  } else {
    it('has no error finding', () => {
      expect(sheet!.findings.filter((f) => f.level === 'error' && !isSeedWarning(f.message))).toEqual([]);
    });
  }

  if (badCase.total !== undefined) {
    it(`totals ${badCase.total}`, () => {
      expect(sheet!.total).toBe(badCase.total);
    });
  }
  if (badCase.profile !== undefined) {
    it(`is scored with ${badCase.profile}`, () => {
      expect(sheet!.profile).toBe(badCase.profile);
    });
  }
});

it('the corpus has at least 25 cases', () => {
  expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(25);
});
