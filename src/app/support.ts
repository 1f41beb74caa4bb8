/**
 * Can this host run PerfScore? The ONE rule, shared by every page that starts the add-in: the
 * Office pane and ribbon (src/taskpane/index.tsx, and src/preflight/preflight.ts before the bundle),
 * and the WPS pages (src/wps/support.ts).
 *
 * This file is also compiled to ES5 for the preflight script (webpack.config.js, ES5_SOURCES), which
 * old Internet Explorer / EdgeHTML web views must be able to parse and run: ES5 library calls only
 * here (no Array.prototype.includes, no Object.entries, no for-of over non-arrays), and no imports.
 */

/**
 * What the bundles need from the browser. BigInt is the engine's exact arithmetic; the others are
 * React 19 / Fluent UI's floor, TextEncoder the workbook package writer.
 */
export const REQUIRED_GLOBALS = [
  'BigInt',
  'Promise',
  'Proxy',
  'Symbol',
  'Map',
  'Set',
  'WeakMap',
  'Reflect',
  'TextEncoder',
];

/** Library methods the bundles call without a polyfill: [owner path, method]. */
export const REQUIRED_METHODS: ReadonlyArray<readonly [string, string]> = [
  ['Object', 'fromEntries'],
  ['Array.prototype', 'flatMap'],
];

/**
 * The lowest ExcelApi set the add-in uses without a feature check: NamedItem.formula,
 * Worksheet.getRangeByIndexes and worksheets.onActivated. The manifest asks for ExcelApi 1.1 only,
 * so that Excel 2016 still lists the add-in and this check can explain what to do instead.
 */
export const REQUIRED_EXCEL_API = '1.7';

function isPresent(value: unknown): boolean {
  return typeof value === 'function' || (typeof value === 'object' && value !== null);
}

/** Walks "Array.prototype" from the global object. */
function lookUp(global: Record<string, unknown>, path: string): unknown {
  const parts = path.split('.');
  let value: unknown = global;
  for (let i = 0; i < parts.length; i++) {
    if (!isPresent(value)) return undefined;
    value = (value as Record<string, unknown>)[parts[i]];
  }
  return value;
}

/** The names of what the browser lacks, in the order above; empty when it can run the bundles. */
export function missingFeatures(global: Record<string, unknown>): string[] {
  const missing: string[] = [];
  for (let i = 0; i < REQUIRED_GLOBALS.length; i++) {
    if (!isPresent(global[REQUIRED_GLOBALS[i]])) missing.push(REQUIRED_GLOBALS[i]);
  }
  for (let i = 0; i < REQUIRED_METHODS.length; i++) {
    const owner = lookUp(global, REQUIRED_METHODS[i][0]);
    const method = isPresent(owner) ? (owner as Record<string, unknown>)[REQUIRED_METHODS[i][1]] : undefined;
    if (typeof method !== 'function') missing.push(REQUIRED_METHODS[i][0] + '.' + REQUIRED_METHODS[i][1]);
  }
  return missing;
}

/** Office's requirement-set check (Office.context.requirements), absent outside Office. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** True when Office says ExcelApi 1.7 is there; a missing or throwing check counts as "no". */
export function hasRequiredExcelApi(requirements: RequirementChecker | null | undefined): boolean {
  try {
    return !!requirements && requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) === true;
  } catch {
    return false;
  }
}

export type SupportProblem = { kind: 'browser'; missing: string[] } | { kind: 'excel-api'; needed: string };

/** The browser first (it decides whether anything else can run), then Office's API level. */
export function officeSupportProblem(
  global: Record<string, unknown>,
  requirements: RequirementChecker | null | undefined,
): SupportProblem | null {
  const missing = missingFeatures(global);
  if (missing.length > 0) return { kind: 'browser', missing: missing };
  if (!hasRequiredExcelApi(requirements)) return { kind: 'excel-api', needed: REQUIRED_EXCEL_API };
  return null;
}

/**
 * The message for Excel, Chinese first and English second, both complete: what is missing and the
 * two ways that work without a newer Office (the WPS add-in, the finance bureau's perfscore batch).
 * Plain text, shown with textContent.
 */
export function officeUnsupportedMessage(problem: SupportProblem): string {
  const what =
    problem.kind === 'browser'
      ? {
          zh:
            '此版本的 Office 使用的内置浏览器过旧（缺少 ' +
            problem.missing.join('、') +
            '），无法运行绩效评分加载项。',
          en:
            'The web view of this version of Office is too old to run PerfScore (missing: ' +
            problem.missing.join(', ') +
            ').',
        }
      : {
          zh:
            '此版本的 Excel 不支持绩效评分加载项所需的接口（需要 ExcelApi ' +
            problem.needed +
            '，即 Excel 2019 或 Microsoft 365；Excel 2016 批量许可版只有 1.1）。',
          en:
            'This version of Excel lacks the API PerfScore needs (ExcelApi ' +
            problem.needed +
            ': Excel 2019 or Microsoft 365; Excel 2016 volume licence has 1.1 only).',
        };
  return [
    what.zh,
    '可以改用以下两种方式之一：',
    '1. 改用 WPS 表格：请信息中心安装绩效评分的 WPS 加载项（安装说明见 PerfScore 文档 docs/wps.md），在 WPS 中打开工作簿，点击「绩效自评」选项卡上的「评分本表」。',
    '2. 把工作簿交给财政局，由财政局用 perfscore 命令行批量评分，评分后的工作簿会交回。',
    '',
    what.en,
    'Either of these works instead:',
    '1. Use WPS Spreadsheets: ask your IT service desk to install the PerfScore add-in for WPS (installation in the PerfScore docs, docs/wps.md), open the workbook in WPS and click 评分本表 (Score this sheet) on the 绩效自评 tab.',
    '2. Send the workbook to the finance bureau, which scores it with its perfscore command-line batch and sends the scored workbook back.',
  ].join('\n');
}

/** The message for WPS's own browser (WPS has no Office API level to check). */
export function wpsUnsupportedMessage(missing: string[]): string {
  return [
    '此版本的 WPS 内置浏览器过旧，无法运行绩效评分加载项。请升级 WPS Office，或把工作簿交给财政局用 perfscore 批量评分。',
    'This WPS browser is too old to run PerfScore (missing: ' +
      missing.join(', ') +
      "). Update WPS Office, or send the workbook to the finance bureau's perfscore batch.",
  ].join('\n');
}

/**
 * A problem as a short key for a URL (the ribbon's dialog builds the message itself: the full text,
 * percent-encoded, would pass the 2,083-character URL limit of old Internet Explorer).
 */
export function supportProblemKey(problem: SupportProblem): string {
  return problem.kind === 'browser' ? 'browser:' + problem.missing.join(',') : 'excel-api:' + problem.needed;
}

/** The key read back; null for anything else (the dialog then shows its plain fallback). */
export function supportProblemFromKey(key: string | null | undefined): SupportProblem | null {
  const match = /^(browser|excel-api):([A-Za-z0-9.,]{1,200})$/.exec(key || '');
  if (!match) return null;
  if (match[1] === 'browser') return { kind: 'browser', missing: match[2].split(',') };
  return { kind: 'excel-api', needed: match[2] };
}
