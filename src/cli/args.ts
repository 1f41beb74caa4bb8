/**
 * Command-line arguments of `perfscore` (docs/workbook-contract.md §3). Pure: argv in, options or a
 * usage error out.
 */
import type { ProfileId } from '../engine/types';
import { flagValue, profileValue, splitFlag } from './flags';
import { parseReportArgs, type ReportOptions } from './report-args';

export interface ScoreOptions {
  command: 'score';
  inputs: string[];
  out: string | null;
  sheet: string | null;
  profile: ProfileId | null;
  json: boolean;
  summary: string | null;
  /** Score a sheet without PE_* names from its headers (default); --no-detect requires names. */
  detect: boolean;
  /** --league <file.xlsx>: 各表评分汇总 of every scored sheet, by total. */
  league: string | null;
}

export type ParsedArgs =
  | ScoreOptions
  | ReportOptions
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'usage-error'; message: string };

const VALUE_OPTIONS = ['--out', '--sheet', '--profile', '--summary', '--league'] as const;

export const USAGE = `用法 (usage):
  perfscore score <input.xlsx|文件夹>... [--out <file.xlsx|文件夹>] [--sheet <工作表>]
                  [--profile guangzhou-dept|national-project] [--json] [--summary <file.csv>]
                  [--no-detect] [--league <file.xlsx>]

为每个带 PE_* 名称的工作表评分；没有名称的工作表按表头自动识别评分区域（输出文件带上这些名称）。
结果写入 <输入>.scored.xlsx，从不修改输入文件。
Scores every sheet with PE_* names, and every sheet without any from its headers (the scored copy
carries the detected names), into <input>.scored.xlsx; input files are never modified.

  --out <路径>       以 .xlsx 结尾为输出文件（仅一个输入时），否则为输出文件夹（自动创建）
                     output file when it ends in .xlsx (one input only), else a folder (created)
  --sheet <名称>     只评这个工作表 / score only this sheet
  --profile <规则>   基础规则，覆盖 PE_Profile 与 PE_Rules 的基础规则：guangzhou-dept（默认）或
                     national-project；PE_Rules 的其他设置照用 / the base profile, overriding PE_Profile
                     and PE_Rules' base (PE_Rules' other settings still apply)
  --json             在标准输出打印 JSON 结果 / print the JSON result on stdout
  --summary <csv>    每个工作表一行汇总 CSV / one CSV row per scored sheet
  --no-detect        不自动识别：只评带 PE_* 名称的工作表 / only sheets with PE_* names
  --league <xlsx>    各表评分汇总：每个工作表一行，按总分排序 / one row per scored sheet, by total
  --help, --version

退出码 (exit status): 0 至少评了一个工作表 / at least one sheet scored; 1 无可评分 / nothing scored;
2 用法错误 / bad usage.`;

function usageError(message: string): ParsedArgs {
  return { command: 'usage-error', message };
}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined)
    return usageError('缺少命令，请使用 perfscore score <input.xlsx> (missing command)');
  if (command === 'report') return parseReportArgs(rest);
  if (command !== 'score') return usageError(`未知命令 ${command}，请使用 perfscore score (unknown command)`);

  const options: ScoreOptions = {
    command: 'score',
    inputs: [],
    out: null,
    sheet: null,
    profile: null,
    json: false,
    summary: null,
    detect: true,
    league: null,
  };
  const index = { i: 0 };
  for (; index.i < rest.length; index.i++) {
    const arg = rest[index.i];
    const [flag, inlineValue] = splitFlag(arg);
    if (flag === '--json') {
      if (inlineValue !== undefined) return usageError('--json 不带参数 (--json takes no value)');
      options.json = true;
    } else if (flag === '--no-detect') {
      if (inlineValue !== undefined) return usageError('--no-detect 不带参数 (--no-detect takes no value)');
      options.detect = false;
    } else if ((VALUE_OPTIONS as readonly string[]).includes(flag)) {
      const read = flagValue(flag, inlineValue, rest, index);
      if ('error' in read) return usageError(read.error);
      const value = read.value;
      if (flag === '--out') options.out = value;
      if (flag === '--sheet') options.sheet = value;
      if (flag === '--summary') options.summary = value;
      if (flag === '--league') options.league = value;
      if (flag === '--profile') {
        const chosen = profileValue(value);
        if ('error' in chosen) return usageError(chosen.error);
        options.profile = chosen.profile;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`未知选项 ${arg} (unknown option)`);
    } else {
      options.inputs.push(arg);
    }
  }
  if (options.inputs.length === 0) return usageError('缺少输入文件或文件夹 (no input given)');
  return options;
}
