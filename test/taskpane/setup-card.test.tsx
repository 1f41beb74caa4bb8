/**
 * The setup card on a sheet without names (the whole proposal of detection as a checklist, confirmed
 * in one click) and the 评分区域 fold after setup (every input name, set or not, with 用所选区域 beside
 * each), including a sheet with only some names: never a dead end.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import {
  emptyLayout,
  fakeController,
  named,
  seedLayout,
  STATUS_NEW_SHEET,
  type FakeController,
} from './fixtures';

const SHEET = STATUS_NEW_SHEET.sheet; // Sheet1, no names
const SET_UP = { ...STATUS_NEW_SHEET, names: ['PE_Actuals', 'PE_Targets'] };

/** A controller for a fresh sheet holding the seed's printed table; set up once names are defined. */
function newSheetController(overrides: Partial<FakeController> = {}): FakeController {
  return fakeController({
    getSheetStatus: jest
      .fn()
      .mockResolvedValueOnce({ ok: true, status: STATUS_NEW_SHEET })
      .mockResolvedValue({ ok: true, status: SET_UP }),
    readLayout: jest.fn().mockResolvedValue({ ok: true, layout: seedLayout(SHEET) }),
    ...overrides,
  });
}

async function openSetup(controller: FakeController) {
  render(<App controller={controller} />);
  await screen.findByText('本表尚未设置评分区域');
  return screen.findByTestId('ranges-list');
}

const itemOf = (label: string) =>
  screen.getAllByTestId('range-item').find((item) => item.textContent?.includes(label))!;

describe('setup card: the whole proposal as a checklist', () => {
  it('is read at once and lists every part: range, header, found or what its absence costs', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    expect(controller.readLayout).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('range-item')).toHaveLength(16);

    expect(itemOf('年度目标值').textContent).toContain('D4:D27');
    // The header it came from, with its cell (D2 or D3: the detect branch's call on a title row).
    expect(itemOf('年度目标值').textContent).toMatch(/表头“年度目标值”（D[23]）/);
    expect(itemOf('年度目标值').textContent).toContain('已识别');
    // The parts the first setup card never proposed: budget, 管理效率 and 偏差原因.
    expect(itemOf('年度预算').textContent).toContain('B31');
    expect(itemOf('决算支出').textContent).toContain('B32');
    expect(itemOf('管理效率项目').textContent).toContain('A36:A39');
    expect(itemOf('管理效率规则').textContent).toContain('D36:D39');
    expect(itemOf('偏差原因').textContent).toContain('H4:H27');
    // Not found, and what that costs: nothing here (a rate is not needed when both amounts are there).
    expect(itemOf('预算执行率').getAttribute('data-tag')).toBe('tagOptional');
    expect(itemOf('预算执行率').textContent).toContain('未找到，不影响评分');

    const profile = screen.getByTestId('setup-profile');
    expect(profile.textContent).toBe('评分规则：广州市部门整体');
    expect(screen.getByText(/^依据：.*管理效率/)).toBeTruthy();
    expect(controller.defineNames).not.toHaveBeenCalled();
  });

  it('确认并设置 defines every found part, budget and 管理效率 included, and the card gives way to the fold', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: '确认并设置' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('已设置 13 个评分区域。');
    const defined = Object.fromEntries(
      (controller.defineNames.mock.calls[0][0] as { name: string; address: string }[]).map((d) => [
        d.name,
        d.address,
      ]),
    );
    expect(defined).toEqual({
      PE_Targets: 'D4:D27',
      PE_Actuals: 'E4:E27',
      PE_Weights: 'G4:G27',
      PE_Categories: 'B4:B27',
      PE_Names: 'C4:C27',
      PE_ReportedRates: 'F4:F27',
      PE_Reasons: 'H4:H27',
      PE_BudgetPlanned: 'B31',
      PE_BudgetSpent: 'B32',
      PE_MgmtItems: 'A36:A39',
      PE_MgmtWeights: 'B36:B39',
      PE_MgmtValues: 'C36:C39',
      PE_MgmtRules: 'D36:D39',
    });
    // The Guangzhou rules are the default: nothing to remember for the session.
    expect(controller.setProfile).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByTestId('setup-card')).toBeNull());
    expect(screen.getByTestId('fold-ranges')).toBeTruthy();
  });

  it('when nothing can be found: says why, lists what is missing, and will not define anything', async () => {
    const controller = newSheetController({
      readLayout: jest.fn().mockResolvedValue({ ok: true, layout: emptyLayout(SHEET) }),
    });
    await openSetup(controller);
    expect(screen.getByText('无法自动识别：工作表是空的')).toBeTruthy();
    expect(itemOf('年度目标值').textContent).toContain('未找到年度目标值列：无法评分');
    expect((screen.getByRole('button', { name: '确认并设置' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('重新识别 reads the sheet again', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: '重新识别' }));
    await waitFor(() => expect(controller.readLayout).toHaveBeenCalledTimes(2));
  });

  it('speaks English when switched', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    // The English strings are a chunk of their own: they arrive a moment later.
    expect(await screen.findByText('This sheet has no scoring ranges yet')).toBeTruthy();
    expect(itemOf('Annual target').textContent).toContain('Found');
    expect(itemOf('Annual target').textContent).toMatch(/header “年度目标值” \(D[23]\)/);
    expect(screen.getByTestId('setup-profile').textContent).toBe('Scoring rules: Guangzhou department-wide');
    expect(screen.getByRole('button', { name: 'Confirm and define' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Use the selection as PE_/ })).toHaveLength(16);
    expect(screen.getByRole('button', { name: 'Insert example sheet' })).toBeTruthy();
  });
});

describe('setup card: 用所选区域 beside each name, insert the example', () => {
  it('defines the name beside which it was clicked, PE_Reasons included', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    expect(screen.getAllByRole('button', { name: /^用所选区域设为 / })).toHaveLength(16);
    fireEvent.click(screen.getByRole('button', { name: '用所选区域设为 PE_Reasons（偏差原因）' }));
    await waitFor(() => expect(controller.useSelectionAs).toHaveBeenCalledWith('PE_Reasons'));
    expect((await screen.findByTestId('notice')).textContent).toContain('已将 D3:D26 设为 PE_Reasons。');
  });

  it('explains a selection of the wrong shape', async () => {
    const controller = newSheetController({
      useSelectionAs: jest
        .fn()
        .mockResolvedValue({ ok: false, problem: { code: 'selection-shape', detail: 'B29:C30' } }),
    });
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: '用所选区域设为 PE_BudgetPlanned（年度预算）' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('所选区域 B29:C30 的形状不对');
  });

  it('inserts the example and tells the officer which sheet to score', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: '插入示例表' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('已插入示例表“示例-绩效指标”');
    expect(controller.insertExample).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(controller.getSheetStatus).toHaveBeenCalledTimes(2));
  });
});

describe('the 评分区域 fold after setup', () => {
  const FULL = ['PE_Targets', 'PE_Actuals', 'PE_Weights'];
  const fullNames = [
    named(SHEET, 'PE_Targets', '$D$4:$D$27'),
    named(SHEET, 'PE_Actuals', '$E$4:$E$27'),
    named(SHEET, 'PE_Weights', '$G$4:$G$27'),
  ];

  function setUpController(overrides: Partial<FakeController> = {}) {
    return fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: { ...SET_UP, names: FULL } }),
      readLayout: jest.fn().mockResolvedValue({ ok: true, layout: seedLayout(SHEET, fullNames) }),
      ...overrides,
    });
  }

  async function openFold(controller: FakeController) {
    render(<App controller={controller} />);
    const fold = await screen.findByTestId('fold-ranges');
    expect((fold as HTMLDetailsElement).open).toBe(false);
    expect(fold.textContent).toContain('评分区域（已设置 3 / 16）');
    // Read only when opened: switching sheets stays cheap on large set-up sheets.
    expect(controller.readLayout).not.toHaveBeenCalled();
    await act(async () => {
      (fold as HTMLDetailsElement).open = true;
      fireEvent(fold, new Event('toggle'));
    });
    await screen.findAllByTestId('range-item');
    return fold;
  }

  const rangeItem = (name: string) =>
    screen.getAllByTestId('range-item').find((item) => item.getAttribute('data-name') === name)!;

  it('shows for every input name whether it is set, where, and what is missing', async () => {
    const controller = setUpController();
    await openFold(controller);
    expect(controller.readLayout).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('range-item')).toHaveLength(16);
    expect(rangeItem('PE_Targets').getAttribute('data-tag')).toBe('tagSet');
    expect(rangeItem('PE_Targets').textContent).toContain('已设置');
    expect(rangeItem('PE_Targets').textContent).toContain('D4:D27');
    expect(rangeItem('PE_BudgetPlanned').getAttribute('data-tag')).toBe('partFound');
    expect(rangeItem('PE_BudgetPlanned').textContent).toContain('B31 · 表头“年度预算（万元）”（A31）');
    expect(rangeItem('PE_ManualScores').textContent).toContain('未找到，不影响评分');
    expect(screen.getAllByRole('button', { name: /^用所选区域设为 / })).toHaveLength(16);
  });

  it('clicking a set range selects it; 用所选区域 beside a name defines that name', async () => {
    const controller = setUpController();
    await openFold(controller);
    fireEvent.click(within(rangeItem('PE_Targets')).getByRole('button', { name: 'D4:D27' }));
    await waitFor(() => expect(controller.selectCell).toHaveBeenCalledWith(SHEET, 'D4:D27'));
    fireEvent.click(screen.getByRole('button', { name: '用所选区域设为 PE_BudgetRate（预算执行率）' }));
    await waitFor(() => expect(controller.useSelectionAs).toHaveBeenCalledWith('PE_BudgetRate'));
  });

  it('defines the detected ranges of the names still unset, leaving the set ones alone', async () => {
    const controller = setUpController();
    await openFold(controller);
    fireEvent.click(screen.getByRole('button', { name: '按识别结果设置其余 10 项' }));
    await waitFor(() => expect(controller.defineNames).toHaveBeenCalledTimes(1));
    const names = (controller.defineNames.mock.calls[0][0] as { name: string }[]).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['PE_BudgetPlanned', 'PE_MgmtItems', 'PE_Reasons']));
    expect(names).not.toContain('PE_Targets');
  });
});

describe('a sheet with only some names is never a dead end', () => {
  it('opens the fold by itself, says what is missing and offers detection for the rest', async () => {
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: { ...SET_UP, names: ['PE_Targets'] } }),
      readLayout: jest.fn().mockResolvedValue({
        ok: true,
        layout: seedLayout(SHEET, [named(SHEET, 'PE_Targets', '$D$4:$D$27')]),
      }),
      score: jest.fn().mockResolvedValue({
        status: 'refused',
        sheet: SHEET,
        refusal: { sheet: SHEET, message: '工作表 Sheet1 缺少 PE_Actuals', code: 'missing-required-name' },
      }),
    });
    render(<App controller={controller} />);
    const fold = await screen.findByTestId('fold-ranges');
    expect((fold as HTMLDetailsElement).open).toBe(true);
    expect(screen.queryByTestId('setup-card')).toBeNull();
    const warning = await within(fold).findByText(/^本表还缺少必需的评分区域：实际完成值（PE_Actuals）/);
    expect(warning).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('缺少 PE_Actuals');
    // Still there after the refusal: the way forward.
    const rest = within(fold).getByRole('button', { name: /^按识别结果设置其余 \d+ 项$/ });
    fireEvent.click(rest);
    await waitFor(() => expect(controller.defineNames).toHaveBeenCalledTimes(1));
    const defined = controller.defineNames.mock.calls[0][0] as { name: string; address: string }[];
    expect(defined).toContainEqual({ name: 'PE_Actuals', address: 'E4:E27' });
    expect(defined.map((d) => d.name)).not.toContain('PE_Targets');
  });
});

describe('确认并设置 on a project form', () => {
  it('keeps the detected national-project rules for the session when the sheet has no 评分规则 cell', async () => {
    const seed = seedLayout(SHEET);
    const project = {
      ...seed,
      detection: {
        ...seed.detection,
        profile: { id: 'national-project' as const, reason: '项目支出表（“项目名称”，A3），有“满意度指标”' },
      },
    };
    const controller = newSheetController({
      readLayout: jest.fn().mockResolvedValue({ ok: true, layout: project }),
      setProfile: jest.fn().mockResolvedValue({ ok: true, stored: 'session' }),
    });
    await openSetup(controller);
    expect(screen.getByTestId('setup-profile').textContent).toBe('评分规则：全国项目支出');
    fireEvent.click(screen.getByRole('button', { name: '确认并设置' }));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toContain('按识别结果选用评分规则“全国项目支出”。');
    expect(controller.setProfile).toHaveBeenCalledWith('national-project');
    expect((screen.getByRole('combobox', { name: '评分规则' }) as HTMLSelectElement).value).toBe(
      'national-project',
    );
  });
});
