/** A workbook the host did not write (see test/fixtures/xlsx/handwritten.ts), through the CLI. */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { readSnapshot, readWorkbook, sheetNames } from '../../../src/hosts/xlsx';
import { OPAQUE_FILL } from '../../../src/workbook/types';
import { handwrittenWorkbook } from '../../fixtures/xlsx/handwritten';
import { tempDir } from '../../fixtures/xlsx/build';
import { runCli } from '../../cli/run-cli';

let input: string;
let dir: string;

beforeAll(async () => {
  dir = tempDir();
  input = join(dir, 'wps.xlsx');
  writeFileSync(input, await handwrittenWorkbook());
});

describe('a workbook written by another program', () => {
  it('reads inline and shared strings, built-in percent formats, a theme fill and a cached error', async () => {
    const snapshot = readSnapshot(await readWorkbook(input), '绩效指标');
    const { grid } = snapshot.sheet;
    expect([grid.values[2][2], grid.values[2][3], grid.values[7][4], grid.numberFormats[7][4]]).toEqual([
      '发放开业"大礼包"套数',
      '≥7万套',
      0.999,
      '0.00%',
    ]);
    expect([grid.numberFormats[3][5], grid.numberFormats[28][1]]).toEqual(['0%', '0.00']);
    expect([grid.values[39][1], grid.formulas[39][1]]).toEqual([{ error: '#DIV/0!' }, '=1/0']);
    // A tinted theme colour: a fill, but not one the scorer could give back exactly.
    expect(grid.fills[39][0]).toBe(OPAQUE_FILL);
  });

  it('resolves localSheetId against its own sheet order', async () => {
    const snapshot = readSnapshot(await readWorkbook(input), '绩效指标');
    expect(snapshot.names.find((n) => n.name === 'PE_Actuals')?.scope).toEqual({ sheet: '绩效指标' });
    expect(snapshot.names.find((n) => n.name === '_xlnm.Print_Area')?.scope).toEqual({ sheet: '附录' });
  });

  it('scores 94.46 and keeps every name, shifting 附录 from index 2 to 4', async () => {
    const run = await runCli('score', input, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].sheets[0].total).toBe(94.46);
    const out = await readWorkbook(join(dir, 'wps.scored.xlsx'));
    expect(sheetNames(out)).toEqual(['封面', '绩效指标', '评分汇总', '扣分明细', '附录']);
    const names = readSnapshot(out, '绩效指标').names;
    expect(names.find((n) => n.name === '_xlnm.Print_Area')).toEqual({
      name: '_xlnm.Print_Area',
      scope: { sheet: '附录' },
      formula: '附录!$A$1:$D$20',
    });
    expect(out.storedNames.find((n) => n.name === 'Secret')?.otherAttributes).toEqual([['hidden', '1']]);
    expect(names.filter((n) => n.name === 'PE_Actuals')).toEqual([
      { name: 'PE_Actuals', scope: { sheet: '绩效指标' }, formula: "'绩效指标'!$E$3:$E$26" },
    ]);
  });
});
