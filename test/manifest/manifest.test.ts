/**
 * manifest.xml, checked offline (the same checks as `npm run validate`), plus the build's manifest
 * rewrite. Needs no build: URLs are checked against the webpack pages and assets/, and against
 * dist/ only when it exists.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface CheckResult {
  name: string;
  ok: boolean;
  problems: string[];
  skipped?: boolean;
}
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}
interface ManifestChecks {
  parseXml(xml: string): XmlElement;
  validateManifest(options?: {
    manifestPath?: string;
    commandsPath?: string;
    distDir?: string;
  }): CheckResult[];
  associatedFunctionNames(source: string, constantSources?: string[]): string[];
  manifestUrls(root: XmlElement): { element: string; url: string }[];
  checkSchema(options: { manifestPath?: string; ci?: string; schemaPath?: string }): CheckResult;
}
interface BuildConfig {
  PAGES: { name: string; entry: string; template: string }[];
  DEV_BASE_URL: string;
  rewriteManifest(content: Buffer, baseUrl: string): string;
  productionBaseUrl(): string;
}

const ROOT = path.resolve(__dirname, '..', '..');
// The checks are plain Node scripts (npm run validate runs them without a compiler).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checks: ManifestChecks = require('../../scripts/validate-manifest.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build: BuildConfig = require('../../webpack.config.js');

const manifestText = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const manifest = checks.parseXml(manifestText);
const hasXmllint = !spawnSync('xmllint', ['--version']).error;

function byName(results: CheckResult[], name: string): CheckResult {
  const found = results.find((r) => r.name === name);
  if (!found) throw new Error(`no check named ${name}`);
  return found;
}

/** Runs the checks against a modified copy of manifest.xml. */
function validateVariant(edit: (xml: string) => string, options: { commandsPath?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-manifest-'));
  const manifestPath = path.join(dir, 'manifest.xml');
  fs.writeFileSync(manifestPath, edit(manifestText));
  try {
    return checks.validateManifest({ manifestPath, ...options });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.xml passes every offline check', () => {
  const results = checks.validateManifest();
  it.each(results.map((r) => [r.name, r]))('%s', (_name, result) => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('schema (xmllint against the copied add-in manifest XSDs)', () => {
  (hasXmllint ? it : it.skip)('validates against OfficeAppManifestV1_1.xsd', () => {
    expect(checks.checkSchema({}).ok).toBe(true);
  });

  (hasXmllint ? it : it.skip)('rejects a manifest that breaks the schema (Permissions value)', () => {
    const results = validateVariant((xml) => xml.replace('ReadWriteDocument', 'Everything'));
    expect(byName(results, 'schema').ok).toBe(false);
  });

  it('is mandatory in CI: a missing xmllint fails when CI=true', () => {
    if (!hasXmllint) expect(checks.checkSchema({ ci: 'true' }).ok).toBe(false);
    if (process.env.CI === 'true') expect(hasXmllint).toBe(true);
  });

  it('uses XSDs kept inside the project', () => {
    for (const xsd of [
      'OfficeAppManifestV1_1.xsd',
      'OfficeAppBasicTypesV1_0.xsd',
      'TaskPaneAppVersionOverridesV1_0.xsd',
    ]) {
      expect(fs.existsSync(path.join(__dirname, 'xsd', xsd))).toBe(true);
    }
  });
});

describe('requirements (issue 9: old Office lists the add-in, and is told what to do at run time)', () => {
  const baseSets = () =>
    manifest.children
      .flatMap((c) => (c.name === 'Requirements' ? c.children : []))
      .flatMap((sets) => sets.children);

  it('asks for ExcelApi 1.1 only (Excel 2016 has no more); 1.7 is checked at run time', () => {
    expect(baseSets().map((e) => [e.attrs.Name, e.attrs.MinVersion])).toEqual([['ExcelApi', '1.1']]);
  });

  it('reports a manifest that asks for 1.7 again (Excel 2016 would never list the add-in)', () => {
    const results = validateVariant((xml) =>
      xml.replace('<Set Name="ExcelApi" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>'),
    );
    expect(byName(results, 'runtime').problems).toEqual([
      'Requirements: ExcelApi MinVersion 1.1 (the floor) missing',
    ]);
  });

  it('reports a SharedRuntime requirement, in the base manifest or in VersionOverrides', () => {
    const base = validateVariant((xml) =>
      xml.replace(
        '<Set Name="ExcelApi" MinVersion="1.1"/>',
        '<Set Name="ExcelApi" MinVersion="1.1"/>\n      <Set Name="SharedRuntime" MinVersion="1.1"/>',
      ),
    );
    expect(byName(base, 'runtime').problems).toEqual([
      'Requirements: only ExcelApi may be required, found SharedRuntime',
      'SharedRuntime is required somewhere: Excel 2016/2019 would not list the add-in (or its ribbon)',
    ]);
    const overrides = validateVariant((xml) =>
      xml.replace(
        '<Hosts>\n      <Host xsi:type="Workbook">',
        '<Requirements><bt:Sets><bt:Set Name="SharedRuntime" MinVersion="1.1"/></bt:Sets></Requirements>\n    <Hosts>\n      <Host xsi:type="Workbook">',
      ),
    );
    expect(byName(overrides, 'runtime').problems).toEqual([
      'SharedRuntime is required somewhere: Excel 2016/2019 would not list the add-in (or its ribbon)',
    ]);
  });
});

describe('the shared runtime (issue 8: the ribbon opens the pane at the setup card)', () => {
  it('one long-lived runtime on taskpane.html, the first child of the Workbook host', () => {
    expect(manifestText).toMatch(
      /<Host xsi:type="Workbook">\s*(<!--[\s\S]*?-->\s*)?<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>/,
    );
    expect(manifestText).toContain('<FunctionFile resid="Taskpane.Url"/>');
  });

  it.each([
    [
      'a function file on another page',
      (xml: string) =>
        xml.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Other.Url"/>'),
      '<Runtime resid="Taskpane.Url"> is not the FunctionFile (Other.Url)',
    ],
    [
      'a short lifetime',
      (xml: string) => xml.replace('lifetime="long"', 'lifetime="short"'),
      '<Runtime> lifetime is not "long"',
    ],
  ])('reports %s', (_what, edit, problem) => {
    const results = validateVariant((xml) =>
      edit(xml).replace(
        '<bt:Url id="Taskpane.Url"',
        '<bt:Url id="Other.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n        <bt:Url id="Taskpane.Url"',
      ),
    );
    expect(byName(results, 'runtime').problems).toContain(problem);
  });

  (hasXmllint ? it : it.skip)('the schema rejects a lifetime other than short or long', () => {
    const results = validateVariant((xml) => xml.replace('lifetime="long"', 'lifetime="forever"'));
    expect(byName(results, 'schema').ok).toBe(false);
  });
});

describe('resources', () => {
  it('reports a resid that is not defined', () => {
    const results = validateVariant((xml) =>
      xml.replace('resid="ScoreButton.Tooltip"', 'resid="Missing.Tooltip"'),
    );
    expect(byName(results, 'resources').problems).toEqual(
      expect.arrayContaining([expect.stringContaining('"Missing.Tooltip"> is not defined')]),
    );
  });

  it('reports a label that points at a long string', () => {
    const results = validateVariant((xml) =>
      xml.replace('<Label resid="ScoreButton.Label"/>', '<Label resid="ScoreButton.Tooltip"/>'),
    );
    expect(byName(results, 'resources').problems.join('\n')).toMatch(/expected bt:ShortStrings/);
  });
});

describe('URLs', () => {
  const urls = checks.manifestUrls(manifest).map((u) => u.url);

  it('all point at the dev origin that the build rewrites', () => {
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${build.DEV_BASE_URL}/`)).toBe(true);
  });

  it('name the task pane (also the function file: one shared runtime) built by webpack, and icons and the help page in assets/', () => {
    const files = new Set(urls.map((url) => url.slice(build.DEV_BASE_URL.length + 1)));
    expect(files).toEqual(
      new Set([
        'taskpane.html',
        'assets/support.html',
        ...['16', '32', '64', '80', '128'].map((size) => `assets/icon-${size}.png`),
        ...['16', '32', '80'].map((size) => `assets/pane-${size}.png`),
        ...['16', '32', '80'].map((size) => `assets/all-${size}.png`),
      ]),
    );
    expect(build.PAGES.map((p) => p.name)).toContain('taskpane');
  });

  it('icons have the size their name and the manifest say', () => {
    for (const url of urls.filter((u) => u.endsWith('.png'))) {
      const file = url.slice(build.DEV_BASE_URL.length + 1);
      const png = fs.readFileSync(path.join(ROOT, file));
      const size = Number(/-(\d+)\.png$/.exec(file)?.[1]);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('reports a URL to a file the build does not make', () => {
    const results = validateVariant((xml) => xml.replace('assets/icon-80.png', 'assets/icon-96.png'));
    expect(byName(results, 'urls').problems.join('\n')).toMatch(/assets\/icon-96\.png does not exist/);
  });

  it('reports a URL on another origin', () => {
    const results = validateVariant((xml) =>
      xml.replace('https://localhost:3000/taskpane.html"/>\n', 'https://example.com/taskpane.html"/>\n'),
    );
    expect(byName(results, 'urls').ok).toBe(false);
  });
});

describe('ribbon functions match Office.actions.associate in src/commands/commands.ts', () => {
  it('every FunctionName is associated', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    const ids = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'function-id.ts'), 'utf8');
    const names = checks.associatedFunctionNames(source, [ids]);
    const functionNames = manifestText.match(/<FunctionName>([^<]+)<\/FunctionName>/g) ?? [];
    expect(functionNames).toEqual([
      '<FunctionName>scoreThisSheet</FunctionName>',
      '<FunctionName>scoreAllSheets</FunctionName>',
    ]);
    expect(names).toEqual(['scoreThisSheet', 'scoreAllSheets']);
  });

  it('reports a FunctionName whose Office.actions.associate call is gone from commands.ts', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-commands-'));
    const commandsPath = path.join(dir, 'commands.ts');
    const without = source.replace(/\n\s*Office\.actions\.associate\(SCORE_ALL_FUNCTION_ID[^\n]*/, '');
    expect(without).not.toBe(source);
    fs.writeFileSync(commandsPath, without);
    try {
      expect(
        byName(
          validateVariant((xml) => xml, { commandsPath }),
          'functions',
        ).problems,
      ).toEqual(['FunctionName scoreAllSheets is not passed to Office.actions.associate in commands.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["Office.actions.associate('scoreThisSheet', run);", ['scoreThisSheet']],
    ['Office.actions.associate("a", run); Office.actions.associate(`b`, run);', ['a', 'b']],
    ["export const ID = 'scoreThisSheet';\nOffice.actions.associate(ID, handler);", ['scoreThisSheet']],
    ['Office.actions.associate(UNKNOWN, handler);', []],
  ])('reads %j', (source, expected) => {
    expect(checks.associatedFunctionNames(source)).toEqual(expected);
  });

  it('reports a FunctionName that commands.ts does not associate', () => {
    const results = validateVariant((xml) =>
      xml.replace('<FunctionName>scoreThisSheet', '<FunctionName>scoreAll'),
    );
    expect(byName(results, 'functions').problems).toEqual([
      'FunctionName scoreAll is not passed to Office.actions.associate in commands.ts',
    ]);
  });
});

describe('评分全部工作表 on the ribbon (ExecuteFunction scoreAllSheets)', () => {
  const control = (id: string) => {
    const found: XmlElement[] = [];
    const walk = (e: XmlElement) => {
      if (e.name === 'Control' && e.attrs.id === id) found.push(e);
      e.children.forEach(walk);
    };
    walk(manifest);
    return found[0];
  };
  const child = (e: XmlElement | undefined, name: string) => e?.children.find((c) => c.name === name);
  /** resid -> [Chinese default, en-US override]. */
  const strings = (resid: string) => {
    const match = new RegExp(
      `<bt:String id="${resid.replace('.', '\\.')}" DefaultValue="([^"]*)">\\s*<bt:Override Locale="en-US" Value="([^"]*)"/>`,
    ).exec(manifestText);
    return match ? [match[1], match[2]] : null;
  };

  it('sits between 评分本表 and 绩效评分, runs scoreAllSheets, with its own icons at 16/32/80', () => {
    const ids = (manifestText.match(/<Control xsi:type="Button" id="([^"]+)"/g) ?? []).map(
      (c) => /id="([^"]+)"/.exec(c)![1],
    );
    expect(ids).toEqual(['PerfScore.ScoreButton', 'PerfScore.ScoreAllButton', 'PerfScore.PaneButton']);
    const button = control('PerfScore.ScoreAllButton');
    const action = child(button, 'Action');
    expect(action?.attrs['xsi:type']).toBe('ExecuteFunction');
    expect(child(action, 'FunctionName')?.text.trim()).toBe('scoreAllSheets');
    const icons = child(button, 'Icon')?.children.map((i) => [i.attrs.size, i.attrs.resid]);
    expect(icons).toEqual([
      ['16', 'All.Icon.16'],
      ['32', 'All.Icon.32'],
      ['80', 'All.Icon.80'],
    ]);
  });

  it('is labelled in Chinese with an English override, its tooltip too, within the schema lengths', () => {
    expect(strings('ScoreAllButton.Label')).toEqual(['评分全部工作表', 'Score all sheets']);
    const tooltip = strings('ScoreAllButton.Tooltip');
    expect(tooltip?.[0]).toContain('各表评分汇总');
    expect(tooltip?.[1]).toMatch(/^Scores every sheet/);
    for (const text of tooltip ?? []) expect([...text].length).toBeLessThanOrEqual(250);
    const control = manifestText.slice(manifestText.indexOf('id="PerfScore.ScoreAllButton"'));
    expect(control).toMatch(
      /<Title resid="ScoreAllButton.Label"\/>\s*<Description resid="ScoreAllButton.Tooltip"\/>/,
    );
  });

  it('reports a label or tooltip over the schema length, in either language', () => {
    const long = 'x'.repeat(126);
    const label = validateVariant((xml) => xml.replace('Value="Score all sheets"', `Value="${long}"`));
    expect(byName(label, 'locales').problems).toEqual([
      `ScoreAllButton.Label: "${long.slice(0, 20)}…" is longer than 125 characters`,
    ]);
    const tooltip = validateVariant((xml) =>
      xml.replace(/(<bt:String id="ScoreAllButton.Tooltip" DefaultValue=")[^"]*/, `$1${'长'.repeat(251)}`),
    );
    expect(byName(tooltip, 'locales').problems).toEqual([
      `ScoreAllButton.Tooltip: "${'长'.repeat(20)}…" is longer than 250 characters`,
    ]);
  });

  it('reports the button gone or turned into a pane button', () => {
    const gone = validateVariant((xml) =>
      xml.replace('DefaultValue="评分全部工作表"', 'DefaultValue="评分全部"'),
    );
    expect(byName(gone, 'ribbon').problems).toEqual(['评分全部工作表 is not an ExecuteFunction button']);
  });
});

describe('locales and ribbon', () => {
  it('reports a string without an en-US override', () => {
    const results = validateVariant((xml) =>
      xml.replace('<bt:Override Locale="en-US" Value="Score this sheet"/>', ''),
    );
    expect(byName(results, 'locales').problems).toEqual(['ScoreButton.Label has no en-US override']);
  });

  it('reports a missing ribbon icon size', () => {
    const results = validateVariant((xml) =>
      xml.replace(/\s*<bt:Image size="80" resid="Pane.Icon.80"\/>/, ''),
    );
    expect(byName(results, 'ribbon').problems).toEqual([
      'PerfScore.PaneButton: icon sizes 16,32 (need 16,32,80)',
    ]);
  });
});

describe('dist/manifest.xml: the production base URL', () => {
  const original = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (original === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = original;
  });

  it('replaces every dev URL and leaves the rest of the manifest as it is', () => {
    const rewritten = build.rewriteManifest(
      Buffer.from(manifestText),
      'https://addins.example.gov.cn/perfscore',
    );
    expect(rewritten).not.toContain('localhost');
    expect(rewritten.split('https://addins.example.gov.cn/perfscore/').length).toBe(
      manifestText.split('https://localhost:3000/').length,
    );
    expect(rewritten.replaceAll('https://addins.example.gov.cn/perfscore', build.DEV_BASE_URL)).toBe(
      manifestText,
    );
  });

  it.each([
    ['https://addins.example.gov.cn/perfscore/', 'https://addins.example.gov.cn/perfscore'],
    [undefined, 'https://localhost:3000'],
  ])('ADDIN_BASE_URL=%s -> %s', (value, expected) => {
    if (value === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = value;
    expect(build.productionBaseUrl()).toBe(expected);
  });

  it.each(['http://intranet/perfscore', 'https://x" onload="y'])('refuses ADDIN_BASE_URL=%s', (value) => {
    process.env.ADDIN_BASE_URL = value;
    expect(() => build.productionBaseUrl()).toThrow(/https:\/\//);
  });

  const distManifest = path.join(ROOT, 'dist', 'manifest.xml');
  (fs.existsSync(distManifest) ? it : it.skip)(
    'the built copy differs from the source only by its base URL',
    () => {
      const built = fs.readFileSync(distManifest, 'utf8');
      const base = /<SourceLocation DefaultValue="(https:\/\/[^"]+)\/taskpane\.html"/.exec(built)?.[1];
      expect(base).toBeDefined();
      expect(built.split(base as string).join(build.DEV_BASE_URL)).toBe(manifestText);
    },
  );
});
