/**
 * The layer and cycle lint (eslint/layers.js, eslint.config.js) reports what it should: each case is
 * a file the project's own ESLint config lints as if it sat at that path in src. The imports point at
 * real files, so the resolver and the zones are exercised as in `npx eslint .`.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { ESLint } from 'eslint';

// The config files are CommonJS. The config is handed over as an object (ESLint would load the file
// with a dynamic import, which jest's module sandbox does not run): the same object `npx eslint .` uses.
/* eslint-disable @typescript-eslint/no-require-imports */
const { LAYERS } = require('../../eslint/layers') as { LAYERS: { name: string; folders: string[] }[] };
const config = require('../../eslint.config.js') as ESLint.Options['overrideConfig'];
/* eslint-enable @typescript-eslint/no-require-imports */

const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.map((m) => `${m.ruleId}`);
}

const LAYER_RULE = 'import-x/no-restricted-paths';
const CYCLE_RULE = 'import-x/no-cycle';

describe('layer lint', () => {
  jest.setTimeout(120_000);

  it.each([
    [
      'engine imports the app',
      'src/engine/fixture.ts',
      "import { createOutputGuess } from '../app/output-guess';",
    ],
    [
      'workbook imports a type from the app (src/workbook/undo.ts did)',
      'src/workbook/fixture.ts',
      "import type { PaneController } from '../app/controller';",
    ],
    ['workbook imports a host', 'src/workbook/fixture.ts', "import { sameText } from '../hosts/names';"],
    [
      'report imports the workbook',
      'src/report/fixture.ts',
      "import { factsFromSheet } from '../workbook/headFacts';",
    ],
    [
      'the Office host imports the app (src/hosts/office/types.ts did)',
      'src/hosts/office/fixture.ts',
      "import { statusAfterRun } from '../../app/sheet-status';",
    ],
    [
      'one host imports another (src/hosts/wps/apply.ts did)',
      'src/hosts/wps/fixture.ts',
      "import { planSteps } from '../office/write-steps';",
    ],
    ['shared host code imports a host', 'src/hosts/fixture.ts', "import { applyUndo } from './office/undo';"],
    ['the app imports the pane', 'src/app/fixture.ts', "import { formatScore } from '../taskpane/format';"],
    ['the pane imports the CLI', 'src/taskpane/fixture.ts', "import { parseArgs } from '../cli/args';"],
    [
      'the pane imports the WPS add-in',
      'src/taskpane/fixture.ts',
      "import { lastRun } from '../wps/last-run';",
    ],
  ])('reports: %s', async (_case, filePath, line) => {
    expect(await ruleIds(filePath, `${line}\nexport const used = 1;\n`)).toContain(LAYER_RULE);
  });

  it.each([
    ['engine within itself', 'src/engine/fixture.ts', "import { parseProfileId } from './profiles';"],
    ['workbook on the engine', 'src/workbook/fixture.ts', "import { scoreEvaluation } from '../engine';"],
    ['workbook on the report', 'src/workbook/fixture.ts', "import type { ReportDraft } from '../report';"],
    [
      'a host on shared host code',
      'src/hosts/wps/fixture.ts',
      "import { toExcelInput } from '../cell-input';",
    ],
    ['the app on the Office host', 'src/app/fixture.ts', "import { applyUndo } from '../hosts/office/undo';"],
    ['the CLI on the .xlsx host', 'src/cli/fixture.ts', "import { openWorkbook } from '../hosts/xlsx';"],
    ['the WPS add-in on the pane', 'src/wps/fixture.ts', "import { App } from '../taskpane/App';"],
  ])('allows: %s', async (_case, filePath, line) => {
    const ids = await ruleIds(filePath, `${line}\nexport const used = 1;\n`);
    expect(ids).not.toContain(LAYER_RULE);
    expect(ids).not.toContain(CYCLE_RULE);
  });

  it('reports an import cycle (outputRecord.ts importing outputColumns.ts, which imports it)', async () => {
    const code =
      "import { chooseOutputColumns } from './outputColumns';\nexport const used = chooseOutputColumns;\n";
    expect(await ruleIds('src/workbook/outputRecord.ts', code)).toContain(CYCLE_RULE);
  });

  it('every folder of src belongs to exactly one layer part', () => {
    const top = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory());
    const folders = top.flatMap((e) =>
      e.name === 'hosts'
        ? readdirSync(join(root, 'src', 'hosts'), { withFileTypes: true })
            .filter((h) => h.isDirectory())
            .map((h) => `src/hosts/${h.name}`)
        : [`src/${e.name}`],
    );
    const listed = LAYERS.flatMap((layer) => layer.folders);
    expect([...listed].sort()).toEqual([...new Set(folders)].sort());
  });
});
