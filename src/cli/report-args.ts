/**
 * Arguments of `perfscore report <input.xlsx> [--sheet NAME] [--out file.docx] [--profile ID]
 * [--no-detect]` (docs/workbook-contract.md §3). Pure: argv in, options or a usage error out.
 */
import type { ProfileId } from '../engine/types';
import { flagValue, profileValue, splitFlag } from './flags';

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
  const index = { i: 0 };
  for (; index.i < rest.length; index.i++) {
    const arg = rest[index.i];
    const [flag, inline] = splitFlag(arg);
    if (flag === '--no-detect') {
      options.detect = false;
    } else if (flag === '--sheet' || flag === '--out' || flag === '--profile') {
      const read = flagValue(flag, inline, rest, index);
      if ('error' in read) return usageError(read.error);
      const value = read.value;
      if (flag === '--sheet') options.sheet = value;
      if (flag === '--out') {
        if (!/\.docx$/i.test(value))
          return usageError(`--out ${value} 应以 .docx 结尾 (--out must end in .docx)`);
        options.out = value;
      }
      if (flag === '--profile') {
        const chosen = profileValue(value);
        if ('error' in chosen) return usageError(chosen.error);
        options.profile = chosen.profile;
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
