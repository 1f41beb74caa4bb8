/**
 * Arguments of `perfscore report <input.xlsx> [--sheet NAME] [--out file.docx] [--profile ID]
 * [--no-detect]` (docs/workbook-contract.md §3). Pure: argv in, options or a usage error out.
 */
import type { ProfileId } from '../engine/types';

export interface ReportOptions {
  command: 'report';
  input: string;
  sheet: string | null;
  /** The .docx to write; null: next to the input, <input>.自评报告.docx. */
  out: string | null;
  profile: ProfileId | null;
  detect: boolean;
}

export const REPORT_USAGE = `  perfscore report <input.xlsx> [--sheet <工作表>] [--out <file.docx>]
                  [--profile guangzhou-dept|national-project] [--no-detect]

按评分结果起草自评报告（Word 文档，A4，仿宋正文、黑体标题，附表为表格）；需部门自行填写的部分标为
【请填写：…】。默认写入 <输入>.自评报告.docx；不写入或修改任何 .xlsx。
Drafts the self-evaluation report from the scored sheet (the first scorable sheet, or --sheet) as a
Word document, next to the input unless --out; no .xlsx is written.`;

const PROFILES: readonly ProfileId[] = ['guangzhou-dept', 'national-project'];

type Parsed = ReportOptions | { command: 'usage-error'; message: string };

const usageError = (message: string): Parsed => ({ command: 'usage-error', message });

export function parseReportArgs(rest: string[]): Parsed {
  const options: ReportOptions = {
    command: 'report',
    input: '',
    sheet: null,
    out: null,
    profile: null,
    detect: true,
  };
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === '--no-detect') {
      options.detect = false;
    } else if (flag === '--sheet' || flag === '--out' || flag === '--profile') {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return usageError(`${flag} 缺少参数 (${flag} needs a value)`);
      }
      if (flag === '--sheet') options.sheet = value;
      if (flag === '--out') {
        if (!/\.docx$/i.test(value))
          return usageError(`--out ${value} 应以 .docx 结尾 (--out must end in .docx)`);
        options.out = value;
      }
      if (flag === '--profile') {
        if (!(PROFILES as readonly string[]).includes(value)) {
          return usageError(`未知评分规则 ${value}，可用：${PROFILES.join(' / ')} (unknown profile)`);
        }
        options.profile = value as ProfileId;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`未知选项 ${arg} (unknown option)`);
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length !== 1) {
    return usageError(
      inputs.length === 0
        ? '缺少输入文件 (no input given)'
        : 'perfscore report 只接受一个输入文件 (report takes one input file)',
    );
  }
  options.input = inputs[0];
  return options;
}
