/**
 * The checks that run with the Office stub (office-stub.js) instead of the real office.js: what the
 * ribbon and the pane do where the host says what it supports.
 *   - Shared runtime: 评分本表 on a sheet of prose writes nothing and opens the pane at that sheet's
 *     setup card, with the ribbon's message (issue 8).
 *   - No shared runtime: the same click writes nothing and its dialog says how to open the pane.
 *   - 评分全部工作表 on the ribbon: scores every sheet and writes 各表评分汇总, its dialog giving the
 *     count line; on a workbook where nothing can be scored it writes nothing and opens the pane (shared
 *     runtime) or says how to open it (no shared runtime); its undo, kept in the workbook, is offered
 *     by the pane (on the league sheet too) and restores every sheet.
 *   - Excel 2016 (ExcelApi 1.1 only) and a browser without BigInt: the pane shows the support message
 *     (both languages, the two ways that work), never a blank page, and both ribbon commands open
 *     the same message in their dialog (issue 9).
 *   - The scripts that must run on old web views (preflight, dialog) parse as ES5.
 */
/* global window, Event, setInterval, clearInterval -- functions passed to page.evaluate run in the browser */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const acorn = require('acorn');

const PROSE_SHEET = '说明';
const DIST = path.resolve(__dirname, '..', '..', 'dist');

const dump = (page) => page.evaluate(() => window.__e2e.dump());

/**
 * Calls the ribbon's `id` (scoreThisSheet, scoreAllSheets) as Office would, closes any dialog it
 * opens as the officer would, and waits until the command says it completed.
 */
async function clickRibbon(page, id = 'scoreThisSheet') {
  await page.waitForFunction((name) => typeof window.__officeStub?.handlers[name] === 'function', id);
  await page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const closer = setInterval(() => window.__officeStub.closeDialogs(), 100);
        const timer = setTimeout(() => {
          clearInterval(closer);
          reject(new Error('event.completed() was never called'));
        }, 15_000);
        window.__officeStub.handlers[name]({
          completed: () => {
            clearTimeout(timer);
            clearInterval(closer);
            resolve();
          },
        });
      }),
    id,
  );
}

/** The text of the message the dialog would show, read from the dialog page itself. */
async function dialogText(page, url) {
  const dialog = await page.context().newPage();
  try {
    await dialog.goto(url);
    await dialog.getByRole('button', { name: '关闭 / Close' }).waitFor();
    return await dialog.locator('#message p').innerText();
  } finally {
    await dialog.close();
  }
}

function assertSupportMessage(text, specific) {
  for (const words of [specific, 'WPS', '财政局', 'perfscore', 'finance bureau', 'WPS Spreadsheets']) {
    assert.ok(text.includes(words), `the message lacks "${words}":\n${text}`);
  }
  assert.ok(text.indexOf('可以改用') < text.indexOf('Either of these'), 'Chinese is not first');
}

const STUB_CHECKS = [
  {
    name: 'ribbon 评分本表 on a sheet of prose (shared runtime): nothing written, the pane opens at its setup card',
    async run({ page, baseUrl, screenshot }) {
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.8`);
      await page.getByText('工作表：绩效指标').waitFor();
      await page.evaluate((sheet) => window.__e2e.activate(sheet), PROSE_SHEET);
      const before = await dump(page);
      await clickRibbon(page);
      assert.deepEqual(await dump(page), before, 'the ribbon wrote to the workbook');
      const stub = await page.evaluate(() => window.__officeStub);
      assert.equal(stub.showAsTaskpane, 1, 'Office.addin.showAsTaskpane was not called once');
      assert.deepEqual(stub.dialogs, [], 'a dialog was opened although the pane shows the message');
      await page.getByText(`工作表：${PROSE_SHEET}`).waitFor();
      await page.getByText('本表尚未设置评分区域').waitFor();
      const notice = await page.getByTestId('notice').innerText();
      assert.match(notice, /未写入任何内容/);
      assert.match(notice, new RegExp(PROSE_SHEET));
      await screenshot('ribbon-setup-card');
    },
  },
  {
    name: 'ribbon 评分本表 on a sheet of prose (no shared runtime): nothing written, the dialog says how to open the pane',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.8&shared=0`);
      await page.getByText('工作表：绩效指标').waitFor();
      await page.evaluate((sheet) => window.__e2e.activate(sheet), PROSE_SHEET);
      const before = await dump(page);
      await clickRibbon(page);
      assert.deepEqual(await dump(page), before, 'the ribbon wrote to the workbook');
      const stub = await page.evaluate(() => window.__officeStub);
      assert.equal(stub.showAsTaskpane, 0);
      assert.equal(stub.dialogs.length, 1, 'no dialog');
      const text = await dialogText(page, stub.dialogs[0]);
      assert.match(text, /未写入任何内容/);
      assert.match(text, /请点击“开始”选项卡上的“绩效评分”打开窗格/);
    },
  },
  {
    name: 'ribbon 评分全部工作表 (shared runtime): every sheet scored, 各表评分汇总 written, the dialog gives the count line',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.8`);
      await page.getByText('工作表：绩效指标').waitFor();
      await clickRibbon(page, 'scoreAllSheets');
      const workbook = await dump(page);
      const league = workbook.sheets.find((s) => s.name === '各表评分汇总');
      assert.ok(league, `no 各表评分汇总; sheets: ${workbook.sheets.map((s) => s.name).join(', ')}`);
      const text = JSON.stringify(league);
      for (const sheet of ['绩效指标', '未设置', '有问题', '受保护'])
        assert.ok(text.includes(sheet), `${sheet} not ranked`);
      // Each scored sheet got its outputs, as 评分本表 would give them.
      assert.ok(workbook.sheets.filter((s) => /^评分汇总/.test(s.name)).length >= 3, 'summaries missing');
      const stub = await page.evaluate(() => window.__officeStub);
      assert.equal(stub.showAsTaskpane, 0, 'the pane was opened although the run scored');
      assert.equal(stub.dialogs.length, 1, 'no dialog');
      const message = await dialogText(page, stub.dialogs[0]);
      assert.match(message, /已评分 3 张工作表，排名写入工作表“各表评分汇总”。/);
      assert.match(message, /合计：需调整目标 \d+ 项，未完成 \d+ 项，无法评分 \d+ 项。/);
      assert.match(message, /未能评分 1 张工作表：受保护/);
      assert.match(message, /跳过 2 张没有评分表的工作表：说明、说明页。/);
    },
  },
  {
    name: 'ribbon 评分全部工作表 (shared runtime), then the pane’s 撤销: offered on a scored sheet and on 各表评分汇总, restores every sheet',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.8`);
      await page.getByText('工作表：绩效指标').waitFor();
      const before = await dump(page);
      await clickRibbon(page, 'scoreAllSheets');
      // The ribbon kept its undo in the workbook; the pane, told to re-read, offers it.
      const undo = page.getByRole('button', {
        name: '撤销上次“评分全部工作表”（所有已评分的工作表及各表评分汇总）',
      });
      await undo.waitFor();
      await page.evaluate(() => window.__e2e.activate('各表评分汇总'));
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await page.getByText('工作表：各表评分汇总').waitFor();
      await undo.click();
      await page
        .getByText('已撤销上次“评分全部工作表”：各工作表及各表评分汇总均已恢复为评分前的状态。')
        .waitFor();
      // The league sheet was active and is gone: Excel shows a neighbour; everything else as before.
      const after = await dump(page);
      assert.deepEqual({ ...after, activeSheet: null }, { ...before, activeSheet: null });
      await page.getByText(/^工作表：/).waitFor();
      assert.equal(await undo.count(), 0, 'the undo is still offered after it was applied');
    },
  },
  {
    name: 'ribbon 评分全部工作表 with nothing to score (shared runtime): nothing written, the pane opens with the reason',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.8&book=prose`);
      await page.getByText(`工作表：${PROSE_SHEET}`).waitFor();
      const before = await dump(page);
      await clickRibbon(page, 'scoreAllSheets');
      assert.deepEqual(await dump(page), before, 'the ribbon wrote to the workbook');
      const stub = await page.evaluate(() => window.__officeStub);
      assert.equal(stub.showAsTaskpane, 1, 'Office.addin.showAsTaskpane was not called once');
      assert.deepEqual(stub.dialogs, [], 'a dialog was opened although the pane shows the message');
      await page.getByText('本表尚未设置评分区域').waitFor();
      const notice = await page.getByTestId('notice').innerText();
      assert.match(notice, /没有可评分的工作表，未写入任何内容/);
    },
  },
  {
    name: 'ribbon 评分全部工作表 with nothing to score (no shared runtime): nothing written, the dialog says how to open the pane',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.8&shared=0&book=prose`);
      await page.getByText(`工作表：${PROSE_SHEET}`).waitFor();
      const before = await dump(page);
      await clickRibbon(page, 'scoreAllSheets');
      assert.deepEqual(await dump(page), before, 'the ribbon wrote to the workbook');
      const stub = await page.evaluate(() => window.__officeStub);
      assert.equal(stub.showAsTaskpane, 0);
      assert.equal(stub.dialogs.length, 1, 'no dialog');
      const text = await dialogText(page, stub.dialogs[0]);
      assert.match(text, /没有可评分的工作表，未写入任何内容/);
      assert.match(text, /请点击“开始”选项卡上的“绩效评分”打开窗格/);
    },
  },
  {
    name: 'Excel 2016 (ExcelApi 1.1 only): the pane shows the support message, both ribbon buttons open it too',
    async run({ page, baseUrl, screenshot }) {
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.1`);
      const message = page.locator('#boot-message');
      await message.getByText('ExcelApi 1.7', { exact: false }).first().waitFor();
      assertSupportMessage(await message.innerText(), '需要 ExcelApi 1.7');
      assert.equal(await page.locator('#root').evaluate((root) => root.childElementCount), 0);
      await screenshot('old-excel-message');
      await clickRibbon(page);
      await clickRibbon(page, 'scoreAllSheets');
      const stub = await page.evaluate(() => window.__officeStub);
      assert.equal(stub.dialogs.length, 2, 'a button opened no dialog');
      for (const url of stub.dialogs) assert.match(url, /dialog\.html\?support=excel-api%3A1\.7$/);
      assertSupportMessage(await dialogText(page, stub.dialogs[0]), '需要 ExcelApi 1.7');
    },
  },
  {
    name: 'a browser without BigInt: the preflight shows the message (never a blank page), both ribbon buttons open it too',
    async run({ page, baseUrl, screenshot, problems }) {
      const errorsBefore = problems.pageErrors.length;
      await page.goto(`${baseUrl}/taskpane.html?excelapi=1.8&nobigint`);
      const message = page.locator('#boot-message');
      await message.getByText('缺少 BigInt', { exact: false }).waitFor();
      assertSupportMessage(await message.innerText(), 'missing: BigInt');
      assert.equal(await page.locator('#root').evaluate((root) => root.childElementCount), 0);
      await screenshot('no-bigint-message');
      await clickRibbon(page);
      await clickRibbon(page, 'scoreAllSheets');
      const stub = await page.evaluate(() => window.__officeStub);
      assert.equal(stub.dialogs.length, 2, 'a button opened no dialog');
      for (const url of stub.dialogs) assert.match(url, /dialog\.html\?support=browser%3ABigInt$/);
      assertSupportMessage(await dialogText(page, stub.dialogs[0]), '缺少 BigInt');
      // The modern bundle may fail on BigInt as it loads: that is what the preflight is for.
      await page.waitForLoadState('load');
      const errors = problems.pageErrors.splice(errorsBefore);
      for (const error of errors) assert.match(error, /BigInt/, 'an error other than the missing BigInt');
    },
  },
  {
    name: 'the scripts for old web views (preflight, dialog) parse as ES5',
    async run() {
      const scripts = fs
        .readdirSync(DIST)
        .filter((file) => /^(preflight|dialog)(\.[0-9a-f]+)?\.js$/.test(file));
      assert.equal(scripts.length, 2, `found ${scripts.join(', ')}`);
      for (const file of scripts) {
        try {
          acorn.parse(fs.readFileSync(path.join(DIST, file), 'utf8'), { ecmaVersion: 5 });
        } catch (error) {
          throw new Error(`${file} is not ES5: ${error.message}`);
        }
      }
    },
  },
];

module.exports = { STUB_CHECKS };
