/** perfscore's arguments (docs/workbook-contract.md §3): what is accepted, what is bad usage. */
import { parseArgs } from '../../src/cli/args';

const base = {
  command: 'score',
  out: null,
  sheet: null,
  profile: null,
  json: false,
  summary: null,
  detect: true,
  league: null,
};

describe('parseArgs: accepted', () => {
  it.each<[string[], object]>([
    [['score', 'a.xlsx'], { inputs: ['a.xlsx'] }],
    [['score', 'a.xlsx', 'dir'], { inputs: ['a.xlsx', 'dir'] }],
    [['score', 'a.xlsx', '--json'], { inputs: ['a.xlsx'], json: true }],
    [['score', '--out', 'o.xlsx', 'a.xlsx'], { inputs: ['a.xlsx'], out: 'o.xlsx' }],
    [['score', 'a.xlsx', '--out=outdir'], { inputs: ['a.xlsx'], out: 'outdir' }],
    [['score', 'a.xlsx', '--sheet', '绩效指标'], { inputs: ['a.xlsx'], sheet: '绩效指标' }],
    [
      ['score', 'a.xlsx', '--profile', 'national-project'],
      { inputs: ['a.xlsx'], profile: 'national-project' },
    ],
    [['score', 'a.xlsx', '--summary', 's.csv'], { inputs: ['a.xlsx'], summary: 's.csv' }],
    [['score', 'a.xlsx', '--no-detect'], { inputs: ['a.xlsx'], detect: false }],
    [['score', 'a.xlsx', '--league', 'l.xlsx'], { inputs: ['a.xlsx'], league: 'l.xlsx' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ...base, ...expected });
  });

  it.each([[['--help']], [['score', '-h']], [['score', 'a.xlsx', '--help']]])('%j is help', (argv) => {
    expect(parseArgs(argv)).toEqual({ command: 'help' });
  });

  it('--version', () => {
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });
});

describe('parseArgs: bad usage, one clear line (Chinese first)', () => {
  it.each<[string[], RegExp]>([
    [[], /缺少命令/],
    [['grade', 'a.xlsx'], /未知命令 grade/],
    [['score'], /缺少输入/],
    [['score', 'a.xlsx', '--out'], /--out 缺少参数/],
    [['score', 'a.xlsx', '--sheet', '--json'], /--sheet 缺少参数/],
    [['score', 'a.xlsx', '--profile', 'shanghai'], /未知评分规则 shanghai/],
    [['score', 'a.xlsx', '--fast'], /未知选项 --fast/],
    [['score', 'a.xlsx', '--json=yes'], /--json 不带参数/],
  ])('%j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.command).toBe('usage-error');
    expect(parsed.command === 'usage-error' && parsed.message).toMatch(message);
  });
});
