/**
 * The report draft (src/report): on the seed it states exactly the result's figures; on every
 * workbook (seed, a national project table, the published layouts of the detection corpus, edge
 * cases) every number and every quoted name of its text is found in the result JSON.
 */
import { scoreEvaluation, type ScoreResult } from '../../src/engine';
import { draftReport, reportText } from '../../src/report';
import { planScoring } from '../../src/workbook';
import { seedInput } from '../engine/seedInput';
import { cell, inputOf } from '../engine/helpers';
import { snapshotOf } from '../workbook/helpers/fakeWorkbook';
import { workbookOf } from '../workbook/detect/layout';
import { LAYOUT_CASES } from '../workbook/detect/layouts';
import { nationalProject } from '../workbook/detect/national';
import { strangers } from './numbers';

/** The seed report's own reasons (PE_Reasons), as the officer wrote them. */
const SEED_REASONS: Record<string, string> = {
  区政务服务中心服务人数: '疫情结束后，线下办事人数增显著多',
  '"天河e企查"系统业务量': '加大了“天河e企查”的宣传力度，增加了系统使用率',
  区政务服务事项可网办率: '个别事项根据法律法规等要求需在线下窗口拍照或采集指纹，导致无法网上办理',
};

function seedResult(): ScoreResult {
  const result = scoreEvaluation(seedInput());
  return {
    ...result,
    indicators: result.indicators.map((i) =>
      SEED_REASONS[i.name] ? { ...i, reason: SEED_REASONS[i.name] } : i,
    ),
  };
}

const textOf = (result: ScoreResult) => reportText(draftReport(result, { sheet: '绩效指标' }));

function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('the seed report', () => {
  const result = seedResult();
  const text = textOf(result);
  const conclusion = section(text, '（一）自评结论', '（二）');
  const performance = section(text, '（二）履职效能分析', '（三）');
  const management = section(text, '（三）管理效率分析', '三、存在的主要问题');
  const problems = section(text, '三、存在的主要问题', '四、下一步改进措施');
  const measures = section(text, '四、下一步改进措施', '附表');

  it('（一）自评结论: budget, spent, rate, total and grade', () => {
    expect(conclusion).toContain('年度预算为13752.09万元，决算支出13670.54万元，预算执行率99.41%');
    expect(conclusion).toContain('自评得分为94.46分，自评等级为“优”');
  });

  it('（二）履职效能分析: 48.92, 产出 20, 效益 18.98 with the two over-150% rows and 可网办率, budget 9.94', () => {
    expect(performance).toContain('自评得分为48.92分');
    expect(performance).toContain(
      '产出指标完成情况：9个关键性指标中，9个指标分值得到满分，完成率均未超过150%。该项评分为满分20分。',
    );
    expect(performance).toContain('15个关键性指标中，12个指标分值得到满分');
    expect(performance).toContain(
      '“区政务服务中心服务人数”指标值的完成率为214.84%，主要原因为疫情结束后，线下办事人数增显著多',
    );
    expect(performance).toContain(
      '“‘天河e企查’系统业务量”指标值的完成率为223.98%，主要原因为加大了“天河e企查”的宣传力度',
    );
    expect(performance).toContain('上述2个指标完成率超过150%，按评分规则只得该指标权重分值的一半');
    expect(performance).toContain('“区政务服务事项可网办率”指标值的完成率为97.99%，主要原因为个别事项');
    expect(performance).toContain('该项指标只得0.98分');
    expect(performance).toContain('因此，该项评分为18.98分。');
    expect(performance).toContain('预算支出执行率为99.41%，因此该指标得9.94分。');
  });

  it('（三）管理效率分析: 45.54 and the four deductions with their reasons', () => {
    expect(management).toContain('自评得分为45.54分');
    for (const d of result.deductions) expect(management).toContain(`“${d.item}”方面：${d.reason}`);
    expect(result.deductions.map((d) => d.deducted)).toEqual([2, 1, 0.46, 1]);
  });

  it('三、 says 2 indicators exceed 150% (not 3), and the one not met; 四、 carries the suggested targets', () => {
    expect(problems).toContain('2个指标完成率超过150%');
    expect(problems).not.toMatch(/3个(项目)?指标/);
    expect(problems).toContain('1个指标未完成年度目标（“区政务服务事项可网办率”完成率97.99%）');
    expect(measures).toContain('指标值原则上不低于上年实际水平');
    expect(measures).toContain('“区政务服务中心服务人数”建议下年目标≥170万');
    expect(measures).toContain('“‘天河e企查’系统业务量”建议下年目标≥6万件');
  });

  it('parts that need the department’s words are placeholders; the 附表 has every indicator', () => {
    expect(text).toContain('【请填写：部门名称】');
    expect(text).toContain('【请填写：预决算差异原因】');
    const table = draftReport(result, { sheet: '绩效指标' }).blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.filter((r) => r[5] === '需调整目标').length).toBe(2);
    expect(table?.kind === 'table' && table.rows.at(-1)).toEqual(['总分', '', '', '', '94.46', '优', '']);
  });

  it('every number and name in the text is in the result', () => {
    expect(strangers(text, result)).toEqual({ numbers: [], names: [] });
  });

  it('the check catches a contradiction (the seed’s own 99.42% and 3 indicators)', () => {
    const wrong = text
      .replace('99.41%', '99.42%')
      .replace('2个指标完成率超过150%', '3个项目指标完成率超过150%');
    expect(strangers(wrong, result).numbers).toEqual(expect.arrayContaining(['99.42%']));
  });
});

function plannedResult(layout: ReturnType<typeof nationalProject>): ScoreResult {
  const planned = planScoring(snapshotOf(workbookOf(layout), layout.name), { detect: true });
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run.result;
}

describe('a national project table', () => {
  const result = plannedResult(nationalProject());
  const text = textOf(result);

  it('has the project form’s structure', () => {
    expect(result.profile).toBe('national-project');
    expect(text).toContain('项目支出绩效自评报告');
    expect(text).toContain('二、绩效目标实现情况');
    expect(text).toContain('三、偏离绩效目标的原因和改进措施');
    expect(text).toContain('自评得分为97.50分');
    expect(text).not.toContain('管理效率');
  });

  it('every number and name in the text is in the result', () => {
    expect(strangers(text, result)).toEqual({ numbers: [], names: [] });
  });
});

describe.each(LAYOUT_CASES.filter((c) => !c.problem).map((c) => [c.source.slice(0, 40), c] as const))(
  'published layout %s',
  (_source, c) => {
    it('every number and name in the report is in the result', () => {
      const planned = planScoring(snapshotOf(workbookOf(c.layout), c.layout.name), { detect: true });
      if (!planned.ok) return; // a layout detection proposes but cannot score is covered by its own tests
      const result = planned.run.result;
      expect(strangers(textOf(result), result)).toEqual({ numbers: [], names: [] });
    });
  },
);

describe('edge cases', () => {
  it('rows in error, no budget, no management: said as such, nothing invented', () => {
    const input = inputOf([
      { target: '≥80万', actual: '#N/A', weight: 10 },
      { target: '≥5次', actual: '12次', weight: 10, category: '效益指标' },
      { target: '≤10天', actual: '2天', weight: 10, category: '效益指标' },
    ]);
    input.indicators[0].actual = cell('E5', { error: '#N/A' });
    const result = scoreEvaluation({ ...input, budget: null, management: null });
    const text = textOf(result);
    expect(text).toContain('未能评分');
    expect(text).toContain('【请填写：年度预算（万元）】');
    expect(text).toContain('预算执行率未能计算');
    expect(text).toContain('“指标6”建议下年目标≥12次');
    expect(text).toContain('建议下年目标≤2天');
    expect(strangers(text, result)).toEqual({ numbers: [], names: [] });
  });

  it('PE_Rules whole points: figures at the rules’ precision', () => {
    const result = scoreEvaluation({ ...seedInput(), rules: { decimals: 0, rounding: 'down' } });
    const text = textOf(result);
    expect(text).toContain(`自评得分为${result.total}分`);
    expect(Number.isInteger(result.total)).toBe(true);
    expect(text).not.toMatch(/\d+\.\d{2}分/);
    expect(strangers(text, result)).toEqual({ numbers: [], names: [] });
  });

  it('national profile on the seed, where over 150% is not cut', () => {
    const result = scoreEvaluation(seedInput('national-project'));
    const text = textOf(result);
    expect(text).toContain('按评分规则不扣分');
    expect(strangers(text, result)).toEqual({ numbers: [], names: [] });
  });
});
