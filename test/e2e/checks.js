/**
 * The end-to-end checks, in the order an officer would go: open the pane, score the example, look
 * at what was written, undo, do it all again in English, set up a sheet that has no names from the
 * checklist and score it, look at its 评分区域 fold, switch sheets and back, and finally what the page
 * loaded. Each check throws with a reason when it fails; later checks build
 * on the state earlier ones leave.
 */
/* global window, Event, getComputedStyle, navigator -- functions passed to page.evaluate run in the browser */
const assert = require('node:assert/strict');
const { OFFICE_JS_URL, OFFICE_CDN_FOLDER } = require('./browser');
const { LANGUAGE_CHECKS } = require('./checks-language');

const SCORED_SHEET = '绩效指标';
const UNNAMED_SHEET = '未设置';
const PROSE_SHEET = '说明'; // the fake workbook's sheet of prose (no table)
const REPORT_SHEET = '自评报告';
const FLAGGED_INDICATORS = ['区政务服务中心服务人数', '"天河e企查"系统业务量'];
const OUTPUT_HEADERS = ['完成率', '得分', '标记', '说明'];
/** webLightTheme's colorBrandBackground (#0f6cbd). */
const FLUENT_BRAND_BACKGROUND = 'rgb(15, 108, 189)';
/**
 * What the CSP is meant to block, all of it office.js's own logging frame (the ULS telemetry proxy
 * that o15apptofilemappingtable.js adds 3 s after start): the frame itself (frame-src) and the
 * style="display:none" attribute it carries (style-src allows no inline style attributes). Blocking
 * them only leaves office.js's log buffer unsent.
 */
const LATE_REQUESTS_MS = 5_000;
const OFFICE_LOGGER = `(by ${OFFICE_CDN_FOLDER}o15apptofilemappingtable.js)`;
const EXPECTED_CSP_BLOCKS = [
  (violation) =>
    violation.startsWith('frame-src blocked https://telemetryservice.firstpartyapps.oaspapps.com'),
  (violation) => violation === `style-src-attr blocked inline ${OFFICE_LOGGER}`,
];

const dump = (page) => page.evaluate(() => window.__e2e.dump());
/** Activates a sheet as a click on its tab would; the pane re-reads the sheet when it gets focus. */
const showSheet = (page, sheet) =>
  page.evaluate((name) => {
    window.__e2e.activate(name);
    window.dispatchEvent(new Event('focus'));
  }, sheet);
const sheetOf = (workbook, name) => {
  const sheet = workbook.sheets.find((s) => s.name === name);
  assert.ok(sheet, `sheet ${name} is missing; sheets: ${workbook.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
};
/** "D27" -> { column: 'D', row: 27 } */
const splitA1 = (address) => {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address);
  return { column, row: Number(row) };
};

/**
 * The item buttons of a folding list whose header reads `headerName`, opened if folded. The fold may
 * be a native <details>/<summary> or a Fluent Accordion item (fui-* class names are Fluent's
 * documented styling hooks); the header itself is left out of the items.
 */
async function listItems(page, headerName) {
  const header = page.getByText(headerName).first();
  await header.waitFor();
  const fold = header.locator(
    'xpath=ancestor-or-self::*[self::details or contains(concat(" ", @class, " "), " fui-AccordionItem ")][1]',
  );
  const open = await fold.evaluate((element) =>
    element.tagName === 'DETAILS'
      ? element.open
      : element.querySelector('[aria-expanded]')?.getAttribute('aria-expanded') === 'true',
  );
  if (!open) await header.click();
  const texts = await fold.getByRole('button').allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => !headerName.test(text));
}

async function expectScored(page, { region, total, grade, over150Header }) {
  await page.getByRole('region', { name: region }).getByText(total, { exact: true }).waitFor();
  await page.getByLabel(grade, { exact: true }).waitFor();
  const items = await listItems(page, over150Header);
  assert.equal(items.length, FLAGGED_INDICATORS.length, `over150 list: ${JSON.stringify(items)}`);
  for (const name of FLAGGED_INDICATORS) {
    assert.ok(
      items.some((item) => item.startsWith(name)),
      `${name} is not in the list: ${JSON.stringify(items)}`,
    );
  }
}

const CHECKS = [
  {
    name: 'taskpane.html opens in Chinese with the example sheet',
    async run({ page, baseUrl, network, screenshot, state }) {
      await page.goto(`${baseUrl}/taskpane.html`);
      state.openedAt = Date.now();
      await page.getByRole('button', { name: '评分本表' }).waitFor();
      await page.getByText(`工作表：${SCORED_SHEET}`).waitFor();
      assert.equal(await page.locator('#boot-message').isVisible(), false, 'the boot message is still shown');
      // Fluent's styles applied despite the strict style-src: the primary button has the brand colour.
      const background = await page
        .getByRole('button', { name: '评分本表' })
        .evaluate((button) => getComputedStyle(button).backgroundColor);
      assert.equal(background, FLUENT_BRAND_BACKGROUND, 'the primary button is not styled by Fluent');
      assert.ok(
        network.officeLibrary.includes(OFFICE_JS_URL),
        'office.js was not requested from its CDN URL',
      );
      await screenshot('zh-CN-before');
      state.before = await dump(page);
    },
  },
  {
    name: '评分本表 shows 94.46, 优 and the two targets to revise',
    async run({ page, screenshot }) {
      await page.getByRole('button', { name: '评分本表' }).click();
      await expectScored(page, {
        region: '自评得分',
        total: '94.46',
        grade: '等级：优',
        over150Header: /^需调整目标 \(2\)/,
      });
      await screenshot('zh-CN-after');
    },
  },
  {
    name: 'the workbook holds the output columns, fills and 评分汇总 sheet',
    async run({ page, state }) {
      const after = await dump(page);
      const sheet = sheetOf(after, SCORED_SHEET);
      const userCells = sheetOf(state.before, SCORED_SHEET).cells;
      const cells = Object.entries(sheet.cells);
      const headers = OUTPUT_HEADERS.map((header) => {
        const found = cells.find(([address, cell]) => cell.value === header && !userCells[address]);
        assert.ok(found, `output header ${header} was not written`);
        return splitA1(found[0]);
      });
      assert.equal(new Set(headers.map((h) => h.row)).size, 1, 'output headers are not on one row');

      const flagged = cells.filter(([, cell]) => cell.value === '需调整目标');
      assert.equal(flagged.length, 2, `flag cells 需调整目标: ${flagged.map(([a]) => a)}`);
      for (const [address, cell] of flagged) {
        const { row } = splitA1(address);
        assert.ok(
          FLAGGED_INDICATORS.includes(sheet.cells[`C${row}`]?.value),
          `row ${row} is not a flagged indicator`,
        );
        assert.ok(cell.fill, `flag cell ${address} has no fill`);
        assert.ok(sheet.cells[`D${row}`]?.fill, `target cell D${row} has no fill`);
      }
      // Only targets needing revision get a fill on the target cell; 未完成 gets one on its flag cell.
      const filledTargets = cells.filter(([a, c]) => splitA1(a).column === 'D' && c.fill).map(([a]) => a);
      assert.deepEqual(filledTargets.sort(), flagged.map(([a]) => `D${splitA1(a).row}`).sort());
      const notMet = cells.filter(([, cell]) => cell.value === '未完成');
      assert.equal(notMet.length, 1, `flag cells 未完成: ${notMet.map(([a]) => a)}`);
      assert.ok(notMet[0][1].fill, `flag cell ${notMet[0][0]} (未完成) has no fill`);
      const rates = cells.filter(
        ([a, c]) => splitA1(a).column === headers[0].column && typeof c.value === 'number',
      );
      assert.equal(rates.length, 24, `completion rates written: ${rates.length}`);
      assert.ok(
        rates.every(([, c]) => /%/.test(c.numberFormat ?? '')),
        'completion rates are not percent-formatted',
      );

      const summary = sheetOf(after, '评分汇总');
      const summaryValues = Object.values(summary.cells).map((c) => c.value);
      assert.ok(summaryValues.includes(94.46), '评分汇总 does not hold the total 94.46');
      assert.ok(summaryValues.includes('优'), '评分汇总 does not hold the grade 优');
      sheetOf(after, '扣分明细');

      const names = { ...after.names, ...sheet.names };
      for (const name of ['PE_OutRates', 'PE_OutScores', 'PE_OutFlags', 'PE_OutNotes']) {
        assert.ok(names[name], `${name} was not defined`);
      }
      // Every user cell keeps its value and format (only fills on flagged target cells change).
      for (const [address, cell] of Object.entries(userCells)) {
        const { fill: _fill, ...kept } = sheet.cells[address] ?? {};
        const { fill: _was, ...was } = cell;
        assert.deepEqual(kept, was, `user cell ${address} changed`);
      }
    },
  },
  {
    name: '撤销本次评分 puts the workbook back exactly',
    async run({ page, state }) {
      await page.getByRole('button', { name: '撤销本次评分' }).click();
      await page.getByText('已撤销本次评分，表格已恢复。').waitFor();
      assert.deepEqual(await dump(page), state.before);
    },
  },
  {
    name: '生成自评报告 writes the 自评报告 sheet (94.46 优, bold headings, wrapped, A4), 复制全文 copies its text; undo removes it',
    async run({ page, screenshot, state, baseUrl }) {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await page.getByRole('button', { name: '生成自评报告' }).click();
      await page.getByText('已评分并生成工作表“自评报告”：94.46 分，等级 优。', { exact: false }).waitFor();
      const workbook = await dump(page);
      assert.deepEqual(
        workbook.sheets.map((s) => s.name),
        [
          SCORED_SHEET,
          '评分汇总',
          '扣分明细',
          REPORT_SHEET,
          UNNAMED_SHEET,
          PROSE_SHEET,
          '有问题',
          '受保护',
          '说明页',
        ],
      );
      const report = sheetOf(workbook, REPORT_SHEET);
      const cells = Object.entries(report.cells).map(([address, cell]) => ({ address, ...cell }));
      assert.equal(report.cells.A1.value, `自评报告：${SCORED_SHEET}`);
      assert.ok(
        cells.every((cell) => cell.address.startsWith('A') && cell.wrap === true),
        'one wrapped column',
      );
      // The page (pageLayout) is set only under ExcelApi 1.9; office.js outside Office says it is not
      // there (as on Excel 2016), so the sheet is written without it (A4 is tested in jest).
      assert.equal(report.pageSetup, undefined);
      const text = cells.map((cell) => String(cell.value)).join('\n');
      for (const words of [
        '自评得分为94.46分，自评等级为“优”',
        '214.84%',
        '223.98%',
        '可网办率',
        '存在2个指标完成率超过150%',
      ])
        assert.ok(text.includes(words), `the report does not say ${words}`);
      const bold = cells.filter((cell) => cell.bold).map((cell) => cell.value);
      for (const heading of ['（一）自评结论', '三、存在的主要问题', '四、下一步改进措施'])
        assert.ok(bold.includes(heading), `${heading} is not bold: ${JSON.stringify(bold)}`);
      await screenshot('zh-CN-report');

      await page.getByRole('button', { name: '复制全文' }).click();
      await page.getByText('已复制自评报告全文', { exact: false }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // The clipboard holds the sheet's text: every row but the title, in order.
      const rows = cells.slice(1).map((cell) => String(cell.value));
      assert.deepEqual(
        copied.split('\n').filter((line) => line !== ''),
        rows,
        'the copied text is not the sheet’s',
      );

      await page.getByRole('button', { name: '撤销本次评分' }).click();
      await page.getByText('已撤销本次评分，表格已恢复。').waitFor();
      assert.deepEqual(await dump(page), state.before);
    },
  },
  {
    name: 'the pane switches to en-US, scores and undoes in English, and back to Chinese',
    async run({ page, screenshot, state }) {
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('button', { name: 'Score this sheet' }).waitFor();
      await page.getByText(`Sheet: ${SCORED_SHEET}`).waitFor();
      await screenshot('en-US-before');
      await page.getByRole('button', { name: 'Score this sheet' }).click();
      await expectScored(page, {
        region: 'Self-evaluation score',
        total: '94.46',
        grade: 'Grade: Excellent',
        over150Header: /^Target needs revision \(2\)/,
      });
      await screenshot('en-US-after');
      await page.getByRole('button', { name: 'Undo last scoring' }).click();
      await page.getByText('The last scoring was undone; the sheet is as it was.').waitFor();
      await page.getByRole('button', { name: '切换到中文' }).click();
      await page.getByRole('button', { name: '评分本表' }).waitFor();
      assert.deepEqual(await dump(page), state.before);
    },
  },
  {
    name: 'a sheet without names: the checklist shows every part (budget, 管理效率 found), 确认并设置 defines them',
    async run({ page, screenshot, state }) {
      await showSheet(page, UNNAMED_SHEET);
      await page.getByText('本表尚未设置评分区域').waitFor();
      const card = page.getByTestId('setup-card');
      await card.getByTestId('ranges-list').waitFor();
      // Found, each with its range and the header it came from; budget and 管理效率 included.
      for (const name of [
        'PE_Targets',
        'PE_Actuals',
        'PE_BudgetPlanned',
        'PE_BudgetSpent',
        'PE_MgmtItems',
        'PE_MgmtRules',
      ]) {
        const row = card.locator(`[data-testid="range-item"][data-name="${name}"]`);
        assert.equal(
          await row.getAttribute('data-tag'),
          'partFound',
          `${name} is not found: ${await row.innerText()}`,
        );
      }
      const budget = await card.locator('[data-name="PE_BudgetPlanned"]').innerText();
      assert.match(budget.replace(/\s+/g, ' '), /年度预算 .*B29 · 表头“/, `budget row: ${budget}`);
      await card.getByTestId('setup-profile').getByText('评分规则：广州市部门整体').waitFor();
      await screenshot('zh-CN-setup');
      // The same checklist in English (its strings are a chunk loaded on the switch).
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByText('This sheet has no scoring ranges yet').waitFor();
      await card.getByTestId('setup-profile').getByText('Scoring rules: Guangzhou department-wide').waitFor();
      assert.match(await card.locator('[data-name="PE_MgmtItems"]').innerText(), /Management items/);
      await screenshot('en-US-setup');
      await page.getByRole('button', { name: '切换到中文' }).click();
      await page.getByText('本表尚未设置评分区域').waitFor();

      await card.getByRole('button', { name: '确认并设置' }).click();
      await page.getByText(/^已设置 \d+ 个评分区域。$/).waitFor();
      await page.getByText('本表尚未设置评分区域').waitFor({ state: 'hidden' });

      const defined = sheetOf(await dump(page), UNNAMED_SHEET).names;
      // Same cells as the example's own names, on the other sheet ('Sheet'! or Sheet!).
      const onSheet = (reference) => reference?.replace(/^=?'?([^'!]+)'?!/, '$1!');
      const expected = Object.keys(state.before.names).filter(
        (n) => n.startsWith('PE_') && !n.startsWith('PE_Out'),
      );
      for (const name of expected.filter((n) => n !== 'PE_Profile')) {
        const want = onSheet(state.before.names[name])?.replace(`${SCORED_SHEET}!`, `${UNNAMED_SHEET}!`);
        assert.equal(onSheet(defined[name]), want, `${name} on ${UNNAMED_SHEET}`);
      }
    },
  },
  {
    name: 'the set-up copy scores 94.46 优 (budget and 管理效率 counted), like the named example',
    async run({ page, screenshot }) {
      await page.getByRole('button', { name: '评分本表' }).click();
      await expectScored(page, {
        region: '自评得分',
        total: '94.46',
        grade: '等级：优',
        over150Header: /^需调整目标 \(2\)/,
      });
      await page.getByTestId('scored-sheet').getByText(`评分结果：工作表 ${UNNAMED_SHEET}`).waitFor();
      await screenshot('zh-CN-setup-scored');
    },
  },
  {
    name: 'the 评分区域 fold lists every input name: set (where), or what is missing, with 用所选区域 beside each',
    async run({ page, screenshot }) {
      const fold = page.getByTestId('fold-ranges');
      await fold.locator('summary').click();
      const list = fold.getByTestId('ranges-list');
      await list.waitFor();
      assert.equal(await list.getByTestId('range-item').count(), 16);
      assert.equal(await list.locator('[data-name="PE_Targets"]').getAttribute('data-tag'), 'tagSet');
      assert.match(await list.locator('[data-name="PE_Targets"]').innerText(), /D3:D26/);
      assert.equal(await fold.getByRole('button', { name: /^用所选区域设为 / }).count(), 16);
      await fold.scrollIntoViewIfNeeded();
      await screenshot('zh-CN-ranges-fold');
      // Selecting a set range selects it in the sheet.
      await list.locator('[data-name="PE_Targets"]').getByRole('button', { name: 'D3:D26' }).click();
      await page.waitForFunction(
        (sheet) => window.__e2e.selection()?.startsWith(`${sheet}!D3:D26`),
        UNNAMED_SHEET,
      );
      await fold.locator('summary').click(); // folded again for the next check
    },
  },
  {
    name: 'switching sheets shows that sheet’s state, and switching back shows its result again',
    async run({ page, screenshot }) {
      await showSheet(page, SCORED_SHEET);
      await page.getByText(`工作表：${SCORED_SHEET}`).waitFor();
      // 绩效指标 was scored and undone earlier: no result of 未设置 may be shown for it.
      await page.getByTestId('total').waitFor({ state: 'detached' });
      assert.equal(
        await page.getByTestId('notice').count(),
        0,
        'a message about the other sheet is still shown',
      );
      await page.getByTestId('fold-ranges').waitFor();
      await screenshot('zh-CN-sheet-switch');

      await showSheet(page, UNNAMED_SHEET);
      await page.getByText(`工作表：${UNNAMED_SHEET}`).waitFor();
      await page.getByTestId('total').getByText('94.46', { exact: true }).waitFor();
      await page.getByRole('button', { name: '撤销本次评分' }).click();
      await page.getByText('已撤销本次评分，表格已恢复。').waitFor();
    },
  },
  {
    name: '评分全部工作表 scores both sheets, writes 各表评分汇总 with links, lists them; 撤销 restores all',
    async run({ page, screenshot }) {
      const before = await dump(page);
      await page.getByRole('button', { name: '评分全部工作表' }).click();
      const results = page.getByTestId('league-results');
      await results.waitFor();
      const rows = await results.getByTestId('league-row').allTextContents();
      // The fake workbook: the example twice (named, unnamed), 有问题 (the example with bad cells),
      // 受保护 (protected: listed last, not scored); 说明 and 说明页 have no table (left out).
      assert.equal(rows.length, 4, `league rows: ${rows}`);
      for (const row of rows.slice(0, 2)) assert.match(row, /94\.46 优$/);
      assert.match(rows[2], /有问题.*88\.46 良$/);
      assert.match(rows[3], /受保护.*未评分/);
      await page.getByText('已评分 3 张工作表，排名写入工作表“各表评分汇总”。').waitFor();
      await screenshot('zh-CN-score-all');

      const after = await dump(page);
      const league = sheetOf(after, '各表评分汇总');
      assert.equal(after.sheets.at(-1).name, '各表评分汇总', 'the league sheet is not the last tab');
      assert.equal(league.cells.A1.value, '各表评分汇总');
      assert.deepEqual(
        ['A3', 'C3', 'D3', 'E3', 'A4', 'C4'].map((a) => league.cells[a]?.value),
        [1, SCORED_SHEET, 94.46, '优', 2, UNNAMED_SHEET],
      );
      for (const address of ['J3', 'J4']) {
        const target = /^=HYPERLINK\("#'((?:[^']|'')+)'!A1",/.exec(league.cells[address]?.formula ?? '');
        assert.ok(target, `no link in ${address}: ${JSON.stringify(league.cells[address])}`);
        assert.match(sheetOf(after, target[1]).cells.A1.value, /^绩效自评评分汇总：/);
      }
      assert.ok(after.names.PE_OutLeague, 'PE_OutLeague is not defined');

      // A click on a line goes to that sheet.
      await results.getByTestId('league-row').nth(1).click();
      await page.getByText(`工作表：${UNNAMED_SHEET}`).waitFor();

      await page.getByRole('button', { name: '撤销全部工作表的评分' }).click();
      await page.getByTestId('league-results').waitFor({ state: 'detached' });
      const undone = await dump(page);
      assert.deepEqual(undone.sheets, before.sheets, 'undo did not restore every sheet');
      assert.deepEqual(undone.names, before.names, 'undo did not restore the names');
      await showSheet(page, SCORED_SHEET);
      await page.getByText(`工作表：${SCORED_SHEET}`).waitFor();
    },
  },
  {
    name: '评分本表 in the pane is 2 round trips, first run and again, with what the pane re-reads',
    async run({ page }) {
      await showSheet(page, SCORED_SHEET);
      await page.getByText(`工作表：${SCORED_SHEET}`).waitFor();
      // Let the pane's status read for the sheet switch finish before counting.
      await page.waitForTimeout(300);
      const counted = async (label) => {
        await page.evaluate(() => window.__e2e.resetSyncs());
        await page.getByRole('button', { name: '评分本表' }).click();
        await page.getByTestId('total').getByText('94.46', { exact: true }).waitFor();
        // Whatever the pane reads after the result is shown belongs to the click too.
        await page.waitForTimeout(500);
        const syncs = await page.evaluate(() => window.__e2e.syncs());
        assert.ok(syncs <= 2, `${label}: ${syncs} round trips`);
        return syncs;
      };
      const first = await counted('first run');
      const second = await counted('second run');
      console.log(`info round trips of 评分本表 in the pane: first run ${first}, second run ${second}`);
      await page.getByRole('button', { name: '撤销本次评分' }).click();
      await page.getByText('已撤销本次评分，表格已恢复。').waitFor();
    },
  },
  {
    name: 'both pages: nothing left localhost but office.js, no CSP violation; the dialog shows text',
    async run({ page, baseUrl, network, problems, state }) {
      // The ribbon's dialog (its function file is taskpane.html itself), under the same CSP, with a
      // message that looks like HTML (it must appear as text).
      const message = '<b>94.46</b> 优';
      const others = [];
      for (const url of [`dialog.html?m=${encodeURIComponent(message)}`]) {
        const other = await page.context().newPage();
        other.on('pageerror', (error) => problems.pageErrors.push(`${url}: ${error}`));
        await other.goto(`${baseUrl}/${url}`);
        others.push({ url, page: other });
      }
      const dialog = others[0].page;
      await dialog.getByText(message, { exact: true }).waitFor();
      await dialog.getByRole('button', { name: '关闭 / Close' }).waitFor();
      assert.equal(await dialog.locator('b').count(), 0, 'the dialog rendered the message as HTML');

      // office.js starts its logging frame 3 s after loading: give late requests time to show up.
      await page.waitForTimeout(Math.max(0, (state.openedAt ?? 0) + LATE_REQUESTS_MS - Date.now()));
      assert.deepEqual(network.leaks, [], 'requests that tried to leave localhost');
      const external = network.requests.filter(
        (url) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url),
      );
      assert.ok(external.includes(OFFICE_JS_URL), 'office.js was never requested');
      for (const url of external)
        assert.ok(url.startsWith(OFFICE_CDN_FOLDER), `request left localhost: ${url}`);
      for (const { url, page: target } of [{ url: 'taskpane.html', page }, ...others]) {
        const violations = await target.evaluate(() => window.__e2e.cspViolations);
        assert.deepEqual(
          violations.filter((v) => !EXPECTED_CSP_BLOCKS.some((expected) => expected(v))),
          [],
          `CSP violations on ${url}`,
        );
      }
      assert.deepEqual(problems.pageErrors, [], 'uncaught errors in the pages');
      for (const other of others) await other.page.close();
    },
  },
];

// The pane for everyone (English at 320 px, forced colours): before the last check, which looks at
// everything the page did.
CHECKS.splice(CHECKS.length - 1, 0, ...LANGUAGE_CHECKS);

module.exports = { CHECKS, SCORED_SHEET, UNNAMED_SHEET };
