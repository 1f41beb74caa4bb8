#!/usr/bin/env node
/**
 * Offline checks of manifest.xml (`npm run validate`; test/manifest/manifest.test.ts runs the same).
 *
 * Microsoft's validator (`office-addin-manifest validate`) posts the manifest to an online service
 * that these machines cannot reach, so this checks what matters offline:
 *   schema     xmllint against the add-in manifest XSDs copied into test/manifest/xsd/ (with the one
 *              local addition, <Runtimes>, described in test/manifest/xsd/README.md)
 *   resources  every resid is defined in Resources, in the right collection, and every resource is used
 *   urls       every URL is on the dev origin and names a page the build makes or a file in assets/
 *              (and, when dist/ exists, a file there)
 *   functions  every ExecuteFunction FunctionName is passed to Office.actions.associate in commands.ts
 *   locales    zh-CN default with an en-US override on every user-visible string, each text (both
 *              languages) within its collection's length (short strings 125, long strings 250)
 *   ribbon     the Home tab group: 评分本表 and 评分全部工作表 (ExecuteFunction) and 绩效评分
 *              (ShowTaskpane), icons 16/32/80
 *   runtime    the requirement floor (ExcelApi 1.1, no SharedRuntime anywhere: it would hide the
 *              add-in on Excel 2016/2019) and the shared runtime: one <Runtime lifetime="long"> whose
 *              resid is the pane's page, the FunctionFile and the 绩效评分 button's SourceLocation
 *
 * Exit status 1 when a check fails; a missing xmllint is a failure only when CI=true.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

// ---------------------------------------------------------------------------------------------
// A small XML reader, enough for a manifest (elements, attributes, text, comments, CDATA, the
// XML declaration); no DTDs. Throws on mismatched tags, so it doubles as a well-formedness check
// when xmllint is absent.

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code) => {
    if (code[0] !== '#') return ENTITIES[code] ?? whole;
    return String.fromCodePoint(
      code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
    );
  });

function parseXml(xml) {
  const root = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let match;
  let consumed = 0;
  while ((match = token.exec(xml)) !== null) {
    if (match.index !== consumed) throw new Error(`unreadable XML at offset ${consumed}`);
    consumed = token.lastIndex;
    const [, cdata, closing, opening, attrText, selfClosing, text] = match;
    const current = stack[stack.length - 1];
    if (cdata !== undefined) current.text += cdata;
    else if (text !== undefined) current.text += decode(text);
    else if (closing) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening) {
      const attrs = {};
      for (const [, key, , value] of attrText.matchAll(/([^\s=]+)\s*=\s*(["'])([\s\S]*?)\2/g))
        attrs[key] = decode(value);
      const element = { name: opening, attrs, children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (consumed !== xml.length) throw new Error(`unreadable XML at offset ${consumed}`);
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  const [documentElement] = root.children;
  if (!documentElement || root.children.length !== 1) throw new Error('expected one root element');
  return documentElement;
}

/** Every element below `node` (depth first) for which `test` holds. */
function findAll(node, test, found = []) {
  for (const child of node.children) {
    if (test(child)) found.push(child);
    findAll(child, test, found);
  }
  return found;
}

const findFirst = (node, name) => (node ? findAll(node, (e) => e.name === name)[0] : undefined);
const childText = (node, name) => node.children.find((c) => c.name === name)?.text.trim();

// ---------------------------------------------------------------------------------------------
// The checks

/**
 * The ExcelApi set the manifest asks for: the floor, so that every Excel lists the add-in; the pane
 * and the ribbon check 1.7 at run time (src/app/support.ts) and explain what to do where it is missing.
 */
const MANIFEST_EXCEL_API = '1.1';

const ROOT = path.resolve(__dirname, '..');
const PATHS = {
  manifest: path.join(ROOT, 'manifest.xml'),
  schema: path.join(ROOT, 'test', 'manifest', 'xsd', 'OfficeAppManifestV1_1.xsd'),
  commands: path.join(ROOT, 'src', 'commands', 'commands.ts'),
  /** Where the id constant commands.ts associates is defined. */
  functionIds: path.join(ROOT, 'src', 'commands', 'function-id.ts'),
  dist: path.join(ROOT, 'dist'),
};

/** Which Resources collection each kind of reference must point into. */
const RESID_COLLECTIONS = {
  'bt:Image': 'bt:Images',
  FunctionFile: 'bt:Urls',
  SourceLocation: 'bt:Urls',
  Runtime: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

function result(name, problems, note) {
  return { name, ok: problems.length === 0, problems, ...(note ? { note } : {}) };
}

function checkSchema({ manifestPath = PATHS.manifest, schemaPath = PATHS.schema, ci = process.env.CI } = {}) {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    const problems =
      ci === 'true' ? ['xmllint is missing (install libxml2-utils); required when CI=true'] : [];
    return {
      ...result('schema', problems, 'skipped: xmllint not installed'),
      skipped: problems.length === 0,
    };
  }
  const run = spawnSync('xmllint', ['--noout', '--schema', schemaPath, manifestPath], { encoding: 'utf8' });
  const problems = run.status === 0 ? [] : [(run.stderr || run.stdout).trim()];
  return result('schema', problems);
}

/** resid -> collection, from <Resources>. */
function definedResources(root) {
  const resources = findFirst(root, 'Resources');
  const defined = new Map();
  if (!resources) return defined;
  for (const collection of resources.children) {
    for (const item of collection.children) {
      if (item.attrs.id) defined.set(item.attrs.id, { collection: collection.name, item });
    }
  }
  return defined;
}

function checkResources(root) {
  const problems = [];
  const defined = definedResources(root);
  const used = new Set();
  for (const element of findAll(root, (e) => e.attrs.resid !== undefined)) {
    const { resid } = element.attrs;
    used.add(resid);
    const resource = defined.get(resid);
    const expected = RESID_COLLECTIONS[element.name];
    if (!resource) problems.push(`<${element.name} resid="${resid}"> is not defined in Resources`);
    else if (expected && resource.collection !== expected) {
      problems.push(
        `<${element.name} resid="${resid}"> points into ${resource.collection}, expected ${expected}`,
      );
    }
  }
  for (const [id, { collection }] of defined) {
    if (!used.has(id)) problems.push(`${collection} entry "${id}" is never used`);
  }
  const ids = [...defined.keys()];
  if (ids.some((id) => id.length > 32)) problems.push('a resource id is longer than 32 characters');
  return result('resources', problems);
}

/** Every URL in the manifest: DefaultValue/Value attributes that look like URLs. */
function manifestUrls(root) {
  const urls = [];
  for (const element of findAll(root, () => true)) {
    for (const attr of ['DefaultValue', 'Value']) {
      const value = element.attrs[attr];
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push({ element: element.name, url: value });
    }
  }
  return urls;
}

/** The files the build produces, from the webpack config (pages) and assets/ (copied verbatim). */
function buildOutputs() {
  const { PAGES, ASSETS_DIR, DEV_BASE_URL } = require(path.join(ROOT, 'webpack.config.js'));
  return { pages: PAGES, assetsDir: ASSETS_DIR, baseUrl: DEV_BASE_URL };
}

function checkUrls(root, { distDir = PATHS.dist } = {}) {
  const problems = [];
  const { pages, assetsDir, baseUrl } = buildOutputs();
  const distExists = fs.existsSync(distDir);
  for (const { element, url } of manifestUrls(root)) {
    if (!url.startsWith(`${baseUrl}/`)) {
      problems.push(`${element} ${url} is not on ${baseUrl} (the build rewrites that origin)`);
      continue;
    }
    const file = url.slice(baseUrl.length + 1).split(/[?#]/)[0];
    const page = pages.find((p) => `${p.name}.html` === file);
    if (page) {
      if (!fs.existsSync(path.join(ROOT, page.template)))
        problems.push(`${url}: template ${page.template} is missing`);
      if (!fs.existsSync(path.join(ROOT, page.entry)))
        problems.push(`${url}: entry ${page.entry} is missing`);
    } else if (file.startsWith(`${assetsDir}/`)) {
      if (!fs.existsSync(path.join(ROOT, file))) problems.push(`${url}: ${file} does not exist`);
    } else {
      problems.push(`${url}: ${file} is neither a built page nor under ${assetsDir}/`);
    }
    if (distExists && !fs.existsSync(path.join(distDir, file)))
      problems.push(`${url}: dist/${file} is missing`);
  }
  return result('urls', problems, distExists ? 'dist/ checked too' : 'dist/ not built: sources checked');
}

/**
 * Names passed to Office.actions.associate: string literals, or a const in the same file
 * (`const SCORE_FUNCTION_ID = 'scoreThisSheet'`).
 */
function associatedFunctionNames(source, constantSources = []) {
  const constants = new Map();
  for (const match of [source, ...constantSources]
    .join('\n')
    .matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*(['"`])([^'"`]+)\2/g)) {
    constants.set(match[1], match[3]);
  }
  const names = [];
  for (const match of source.matchAll(
    /Office\.actions\.associate\(\s*(?:(['"`])([^'"`]+)\1|([A-Za-z_$][\w$]*))/g,
  )) {
    const name = match[2] ?? constants.get(match[3]);
    if (name) names.push(name);
  }
  return names;
}

function checkFunctions(root, { commandsPath = PATHS.commands, functionIdsPath = PATHS.functionIds } = {}) {
  const functionNames = findAll(root, (e) => e.name === 'FunctionName').map((e) => e.text.trim());
  if (!fs.existsSync(commandsPath)) {
    return result('functions', [`${path.relative(ROOT, commandsPath)} does not exist`]);
  }
  const ids = fs.existsSync(functionIdsPath) ? [fs.readFileSync(functionIdsPath, 'utf8')] : [];
  const associated = associatedFunctionNames(fs.readFileSync(commandsPath, 'utf8'), ids);
  const problems = functionNames
    .filter((name) => !associated.includes(name))
    .map((name) => `FunctionName ${name} is not passed to Office.actions.associate in commands.ts`);
  if (functionNames.length === 0) problems.push('no FunctionName in the manifest');
  return result('functions', problems);
}

/** The schema's limits (OfficeAppBasicTypesV1_0.xsd), checked here too when xmllint is absent. */
const MAX_LENGTH = { 'bt:ShortStrings': 125, 'bt:LongStrings': 250 };

function checkLocales(root) {
  const problems = [];
  for (const [collection, max] of Object.entries(MAX_LENGTH)) {
    for (const string of findAll(root, (e) => e.name === collection).flatMap((c) => c.children)) {
      const texts = [string.attrs.DefaultValue, ...string.children.map((o) => o.attrs.Value)];
      for (const text of texts.filter((t) => t !== undefined && [...t].length > max))
        problems.push(`${string.attrs.id}: "${text.slice(0, 20)}…" is longer than ${max} characters`);
    }
  }
  if (childText(root, 'DefaultLocale') !== 'zh-CN') problems.push('DefaultLocale is not zh-CN');
  const localized = [
    ...findAll(
      root,
      (e) => ['DisplayName', 'Description'].includes(e.name) && e.attrs.DefaultValue !== undefined,
    ),
    ...findAll(root, (e) => e.name === 'bt:String'),
  ];
  for (const element of localized) {
    const overrides = element.children.filter((c) => /(^|:)Override$/.test(c.name));
    const english = overrides.find((c) => c.attrs.Locale === 'en-US');
    const label = element.attrs.id ?? element.name;
    if (!english || !english.attrs.Value) problems.push(`${label} has no en-US override`);
    if (!/[\u4e00-\u9fff]/.test(element.attrs.DefaultValue ?? ''))
      problems.push(`${label}: default text is not Chinese`);
  }
  return result('locales', problems);
}

function checkRibbon(root) {
  const problems = [];
  const defined = definedResources(root);
  const text = (resid) => defined.get(resid)?.item.attrs.DefaultValue;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(childText(root, 'Id') ?? '')) {
    problems.push('Id is not a GUID');
  }
  if (childText(root, 'Permissions') !== 'ReadWriteDocument')
    problems.push('Permissions is not ReadWriteDocument');
  const tab = findAll(root, (e) => e.name === 'OfficeTab' && e.attrs.id === 'TabHome')[0];
  const controls = tab ? findAll(tab, (e) => e.name === 'Control') : [];
  if (!tab) problems.push('no group on the Home tab (OfficeTab id="TabHome")');
  const byLabel = (label) => controls.find((c) => text(findFirst(c, 'Label')?.attrs.resid) === label);
  const score = byLabel('评分本表');
  const scoreAll = byLabel('评分全部工作表');
  const pane = byLabel('绩效评分');
  const actionType = (control) => findFirst(control, 'Action')?.attrs['xsi:type'];
  if (!score || actionType(score) !== 'ExecuteFunction')
    problems.push('评分本表 is not an ExecuteFunction button');
  if (!scoreAll || actionType(scoreAll) !== 'ExecuteFunction')
    problems.push('评分全部工作表 is not an ExecuteFunction button');
  if (!pane || actionType(pane) !== 'ShowTaskpane') problems.push('绩效评分 is not a ShowTaskpane button');
  if (pane) {
    const source = defined.get(findFirst(findFirst(pane, 'Action'), 'SourceLocation')?.attrs.resid);
    if (!source?.item.attrs.DefaultValue?.endsWith('/taskpane.html'))
      problems.push('绩效评分 does not open taskpane.html');
  }
  for (const control of controls) {
    const sizes = findAll(findFirst(control, 'Icon') ?? { children: [] }, (e) => e.name === 'bt:Image')
      .map((image) => image.attrs.size)
      .sort();
    if (sizes.join(',') !== '16,32,80')
      problems.push(`${control.attrs.id}: icon sizes ${sizes} (need 16,32,80)`);
  }
  return result('ribbon', problems);
}

/**
 * The requirement floor and the shared runtime (see the header). Office refuses a runtime whose resid
 * differs from the pane's and the function file's ("the shared runtime won't load"), and a base
 * requirement a host lacks hides the add-in there: both would pass the schema.
 */
function checkRuntime(root) {
  const problems = [];
  const baseRequirements = root.children.find((c) => c.name === 'Requirements');
  const baseSets = baseRequirements ? findAll(baseRequirements, (e) => e.name === 'Set') : [];
  const excelApi = baseSets.filter((set) => set.attrs.Name === 'ExcelApi');
  if (excelApi.length !== 1 || excelApi[0].attrs.MinVersion !== MANIFEST_EXCEL_API)
    problems.push(`Requirements: ExcelApi MinVersion ${MANIFEST_EXCEL_API} (the floor) missing`);
  const others = baseSets.filter((set) => set.attrs.Name !== 'ExcelApi').map((set) => set.attrs.Name);
  if (others.length > 0)
    problems.push(`Requirements: only ExcelApi may be required, found ${others.join(', ')}`);
  const sharedRuntime = findAll(root, (e) => /(^|:)Set$/.test(e.name) && e.attrs.Name === 'SharedRuntime');
  if (sharedRuntime.length > 0)
    problems.push(
      'SharedRuntime is required somewhere: Excel 2016/2019 would not list the add-in (or its ribbon)',
    );

  const runtimes = findAll(root, (e) => e.name === 'Runtime');
  const functionFile = findFirst(root, 'FunctionFile');
  const paneButton = findAll(root, (e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane')[0];
  const paneResid = findFirst(paneButton, 'SourceLocation')?.attrs.resid;
  if (runtimes.length !== 1) problems.push(`expected one <Runtime>, found ${runtimes.length}`);
  else {
    const [runtime] = runtimes;
    if (runtime.attrs.lifetime !== 'long') problems.push('<Runtime> lifetime is not "long"');
    if (runtime.attrs.resid !== paneResid)
      problems.push(
        `<Runtime resid="${runtime.attrs.resid}"> is not the pane's SourceLocation (${paneResid})`,
      );
    if (runtime.attrs.resid !== functionFile?.attrs.resid)
      problems.push(
        `<Runtime resid="${runtime.attrs.resid}"> is not the FunctionFile (${functionFile?.attrs.resid})`,
      );
    const host = findAll(root, (e) => e.name === 'Host' && e.attrs['xsi:type'] === 'Workbook')[0];
    if (host?.children[0]?.name !== 'Runtimes')
      problems.push('<Runtimes> is not the first child of the Workbook Host');
  }
  const defined = definedResources(root);
  const paneUrl = defined.get(paneResid)?.item.attrs.DefaultValue;
  const defaultUrl = findFirst(findFirst(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue;
  if (paneUrl !== defaultUrl)
    problems.push(`the pane button opens ${paneUrl}, DefaultSettings ${defaultUrl}`);
  return result('runtime', problems);
}

/** Runs every check; `options` lets tests point at other files. */
function validateManifest(options = {}) {
  const manifestPath = options.manifestPath ?? PATHS.manifest;
  let root;
  try {
    root = parseXml(fs.readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return [result('xml', [`${manifestPath}: ${error.message}`])];
  }
  return [
    checkSchema({ manifestPath, ...options }),
    checkResources(root),
    checkUrls(root, options),
    checkFunctions(root, options),
    checkLocales(root),
    checkRibbon(root),
    checkRuntime(root),
  ];
}

function main() {
  const results = validateManifest();
  for (const r of results) {
    const mark = r.skipped ? 'SKIP' : r.ok ? 'ok  ' : 'FAIL';
    console.log(`${mark} ${r.name}${r.note ? ` (${r.note})` : ''}`);
    for (const problem of r.problems) console.log(`       ${problem}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    failed === 0 ? 'manifest.xml: all offline checks passed' : `manifest.xml: ${failed} check(s) failed`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}

if (require.main === module) main();

module.exports = {
  parseXml,
  validateManifest,
  associatedFunctionNames,
  manifestUrls,
  checkSchema,
  checkResources,
  checkUrls,
  checkFunctions,
  checkLocales,
  checkRibbon,
  checkRuntime,
  PATHS,
};
