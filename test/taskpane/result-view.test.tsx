import { render, screen, within, fireEvent } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-theme';
import { ThemeRoot } from '../../src/taskpane/components/ThemeRoot';
import { FlaggedLists } from '../../src/taskpane/components/FlaggedLists';
import { GRADE_COLORS, ScoreSummary } from '../../src/taskpane/components/ScoreSummary';
import { translator } from '../../src/taskpane/i18n';
import { SEED_RESULT } from './fixtures';

const t = translator('zh-CN');

function renderInFluent(ui: React.ReactElement) {
  return render(
    <ThemeRoot theme={webLightTheme} lang="zh-CN">
      {ui}
    </ThemeRoot>,
  );
}

describe('ScoreSummary shows the seed result as in the sketch', () => {
  beforeEach(() => renderInFluent(<ScoreSummary result={SEED_RESULT} t={t} />));

  it('shows the total with two decimals and the grade badge', () => {
    expect(screen.getByTestId('total')?.textContent).toContain('94.46');
    expect(screen.getByTestId('grade')?.textContent).toContain('优');
    expect(screen.getByTestId('grade').getAttribute('aria-label')).toBe('等级：优');
  });

  it('shows each group with its score out of its points', () => {
    const groups = screen.getAllByTestId('group-line').map((line) => line.textContent);
    expect(groups).toEqual(['履职效能48.92 / 50', '管理效率45.54 / 50']);
  });

  it('shows the sections of 履职效能 under it, each with a bar; 管理效率 is not repeated', () => {
    const sections = screen.getAllByTestId('section-line');
    expect(sections.map((line) => line.querySelector('span')?.textContent)).toEqual([
      '产出指标',
      '效益指标',
      '预算执行率',
    ]);
    expect(within(sections[1]).getByText('18.98 / 20')).toBeTruthy();
    expect(within(sections[1]).getByRole('progressbar').getAttribute('aria-valuenow')).toBe(
      String(18.98 / 20),
    );
  });
});

describe('ScoreSummary grade badge colours', () => {
  it.each([
    ['优', 'success'],
    ['良', 'brand'],
    ['中', 'warning'],
    ['差', 'danger'],
  ] as const)('%s uses the %s colour', (grade, color) => {
    expect(GRADE_COLORS[grade]).toBe(color);
    renderInFluent(<ScoreSummary result={{ ...SEED_RESULT, grade }} t={t} />);
    expect(screen.getByTestId('grade').textContent).toBe(grade);
  });
});

describe('ScoreSummary without groups (national profile)', () => {
  it('lists every section flat', () => {
    renderInFluent(
      <ScoreSummary result={{ ...SEED_RESULT, profile: 'national-project', groups: [] }} t={t} />,
    );
    expect(screen.queryAllByTestId('group-line')).toHaveLength(0);
    expect(screen.getAllByTestId('section-line')).toHaveLength(4);
  });
});

describe('ScoreSummary with PE_Rules', () => {
  it('arranges sections by the applied groups and shows the changed rules on one line', () => {
    const profile = {
      ...SEED_RESULT.rules.profile,
      groups: [{ name: '履职效能', sections: ['产出指标', '效益指标', '满意度指标', '预算执行率'] }],
    };
    const result = {
      ...SEED_RESULT,
      groups: [{ name: '履职效能', points: 100, score: 87.42 }],
      sections: [
        { name: '产出指标', points: 40, score: 38.78 },
        { name: '效益指标', points: 40, score: 29.48 },
        { name: '满意度指标', points: 10, score: 9.78 },
        { name: '预算执行率', points: 10, score: 9.38 },
      ],
      rules: {
        base: 'guangzhou-dept' as const,
        profile,
        changed: [
          { setting: '满意度指标', label: '满意度指标', value: '10', text: '10分' },
          { setting: 'rounding', label: '取舍', value: 'down', text: '去尾' },
        ],
      },
    };
    renderInFluent(<ScoreSummary result={result} t={t} />);
    const sections = screen.getAllByTestId('section-line');
    expect(sections.map((line) => line.querySelector('span')?.textContent)).toEqual([
      '产出指标',
      '效益指标',
      '满意度指标',
      '预算执行率',
    ]);
    expect(screen.getByTestId('rules-changed').textContent).toBe(
      '规则调整（PE_Rules）：满意度指标 10分，取舍 去尾',
    );
  });

  it('shows no rules line when nothing changed', () => {
    renderInFluent(<ScoreSummary result={SEED_RESULT} t={t} />);
    expect(screen.queryByTestId('rules-changed')).toBeNull();
  });
});

describe('FlaggedLists', () => {
  function renderLists() {
    const onSelectCell = jest.fn();
    renderInFluent(<FlaggedLists result={SEED_RESULT} t={t} onSelectCell={onSelectCell} />);
    return onSelectCell;
  }

  it('titles each list with its count, and the deductions with their total', () => {
    renderLists();
    const titles = [...document.querySelectorAll('summary')].map((el) => el.textContent);
    // No row errors in the seed: the 无法评分 list is left out.
    expect(titles).toEqual([
      '需调整目标 (2)',
      '未完成 (1)',
      '建议复核 (0)',
      '扣分明细 (4) −4.46',
      '提示与错误 (2)',
    ]);
  });

  it('opens only 需调整目标 at first; each title can be reached with Tab', () => {
    renderLists();
    const open = [...document.querySelectorAll('details')].map((el) => el.open);
    expect(open).toEqual([true, false, false, false, false]);
    // <summary> is focusable by default and toggles with Enter/Space without script.
    expect(document.querySelectorAll('summary')).toHaveLength(5);
  });

  it('opens 需调整目标 first, listing name, rate and points lost for each over150 row', () => {
    renderLists();
    const items = screen.getAllByTestId('indicator-item');
    expect(items).toHaveLength(3); // 2 over150 + 1 under100 (folded)
    expect(items[0]?.textContent).toContain('区政务服务中心服务人数');
    expect(items[0]?.textContent).toContain('214.84%');
    expect(items[0]?.textContent).toContain('−0.50');
    expect(items[1]?.textContent).toContain('223.98%');
    expect(screen.getByText('需调整目标（完成率超过150%，目标设置偏低）')).toBeTruthy();
  });

  it('selects the row cell when an over150 indicator is clicked', () => {
    const onSelectCell = renderLists();
    fireEvent.click(screen.getAllByTestId('indicator-item')[0]);
    expect(onSelectCell).toHaveBeenCalledWith('E14');
  });

  it('lists 未完成 with the rate and the points lost', () => {
    renderLists();
    const item = screen.getAllByTestId('indicator-item').find((el) => el.textContent?.includes('可网办率'));
    expect(item?.textContent).toContain('97.99%');
    expect(item?.textContent).toContain('−0.02');
  });

  it('lists every deduction with its reason; clicking selects its value cell', () => {
    const onSelectCell = renderLists();
    const items = screen.getAllByTestId('deduction-item');
    expect(items.map((el) => el.textContent)).toEqual([
      expect.stringContaining('采购合同签订时效性−2.00'),
      expect.stringContaining('合同备案时效性−1.00'),
      expect.stringContaining('采购政策效能−0.46'),
      expect.stringContaining('资产盘点情况−1.00'),
    ]);
    fireEvent.click(items[2]);
    expect(onSelectCell).toHaveBeenCalledWith('C35');
  });

  it('lists findings with their cell; an address is clickable, a name is not', () => {
    const onSelectCell = renderLists();
    const [withCell, withName] = screen.getAllByTestId('finding-item');
    expect(withCell?.textContent).toContain('提示 报告完成率105%与重算105.16%不一致F7');
    expect(withCell.tagName).toBe('BUTTON');
    expect(withName.tagName).toBe('DIV');
    fireEvent.click(withCell);
    expect(onSelectCell).toHaveBeenCalledWith('F7');
  });
});
