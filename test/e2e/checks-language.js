/**
 * The pane for everyone (issue 11): in English at 320 px nothing Chinese is shown but the officer's
 * own data, on the example, on a sheet full of findings and on a refused sheet; nothing scrolls
 * sideways in either language; under Windows high contrast (forced colours emulated) buttons, the
 * select, the grade badge and the section bars keep visible borders. Screenshots of each.
 */
/* global window, document, getComputedStyle, Event -- functions passed to page.evaluate run in the browser */
const assert = require('node:assert/strict');

const SCORED_SHEET = '绩效指标';
const FINDINGS_SHEET = '有问题';
const PROTECTED_SHEET = '受保护';
const NO_TABLE_SHEET = '说明页';
const NARROW = { width: 320, height: 900 };
const PANE = { width: 350, height: 900 };
/** CJK ideographs, CJK punctuation and full-width forms: Chinese text and its punctuation. */
const CHINESE = /[\u2E80-\u2FFF\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
/** The scorer's own terms, which must be worded in English (the sheet itself may contain them). */
const TERMS = ['履职效能', '预算执行率', '管理效率', '产出指标', '效益指标'];

const showSheet = (page, sheet) =>
  page.evaluate((name) => {
    window.__e2e.activate(name);
    window.dispatchEvent(new Event('focus'));
  }, sheet);

/** Every text the officer typed (cell values) and every sheet name: data the pane may show as is. */
async function officerData(page) {
  const workbook = await page.evaluate(() => window.__e2e.dump());
  const texts = new Set(workbook.sheets.map((s) => s.name));
  for (const sheet of workbook.sheets) {
    for (const cell of Object.values(sheet.cells)) {
      if (typeof cell.value !== 'string' || !CHINESE.test(cell.value)) continue;
      // The scorer's own terms are never excused, even where a sheet's header repeats them.
      if (TERMS.includes(cell.value.trim())) continue;
      texts.add(cell.value);
      texts.add(cell.value.trim());
      texts.add(cell.value.replace(/\s*\n\s*/g, ''));
      // A figure's unit as the officer wrote it (≥80万 -> 万, 30万件 -> 万件): suggested targets and
      // their steps are worded in the target's own unit, in any language.
      const unit = /\d\s*([^\d\s.,%]+)$/.exec(cell.value.trim());
      if (unit && CHINESE.test(unit[1]) && !TERMS.includes(unit[1])) texts.add(unit[1]);
    }
  }
  return [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** Opens every fold, so that every list item is rendered and measured. */
const openFolds = (page) =>
  page.evaluate(() => {
    for (const fold of document.querySelectorAll('details')) fold.open = true;
  });

/** The pane's visible text (and labels) with the officer's data taken out: must hold no Chinese. */
async function expectNoChinese(page, where) {
  const data = await officerData(page);
  const shown = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title]')].map(
      (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent);
    return [document.body.innerText, ...labels, ...options].join('\n');
  });
  const lines = shown.split('\n').map((line) => {
    let rest = line;
    for (const text of data) rest = rest.split(text).join('');
    return rest;
  });
  const chinese = lines.filter((line) => CHINESE.test(line));
  // The language switch names the other language in that language, by design.
  const leaks = chinese.filter((line) => !/^\s*(中文|切换到中文)?\s*(中文|切换到中文)?\s*$/.test(line));
  assert.deepEqual(leaks, [], `Chinese text in the en-US pane (${where}), officer's data removed`);
}

async function expectNoSideScroll(page, where) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.scrollingElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= width, `${where}: the pane scrolls sideways (${scroll} px of content in ${width} px)`);
}

async function scoreAndOpen(page, buttonName) {
  await page.getByRole('button', { name: buttonName }).click();
  await page.getByTestId('total').waitFor();
  await openFolds(page);
}

const LANGUAGE_CHECKS = [
  {
    name: 'en-US at 320 px: no Chinese but the officer’s data (example, findings, refusal), no sideways scroll',
    async run({ page, screenshot }) {
      await page.setViewportSize(NARROW);
      await showSheet(page, SCORED_SHEET);
      await page.getByText(`工作表：${SCORED_SHEET}`).waitFor();
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('button', { name: 'Score this sheet' }).waitFor();
      await expectNoSideScroll(page, 'en-US before scoring');
      await expectNoChinese(page, 'before scoring');
      await screenshot('en-US-320-before');

      await scoreAndOpen(page, 'Score this sheet');
      await page.getByTestId('total').getByText('94.46', { exact: true }).waitFor();
      const lines = await page
        .locator('[data-testid="group-line"],[data-testid="section-line"]')
        .allInnerTexts();
      assert.ok(
        lines.some((l) => l.startsWith('Performance of duties')),
        `group lines: ${lines}`,
      );
      for (const term of TERMS)
        assert.ok(!lines.some((l) => l.includes(term)), `${term} is shown in English pane: ${lines}`);
      const deductions = await page.getByTestId('deduction-item').allInnerTexts();
      assert.ok(deductions.length > 0, 'the example has 管理效率 deductions');
      await expectNoChinese(page, 'the example scored');
      await expectNoSideScroll(page, 'en-US, the example scored');
      await screenshot('en-US-320-scored');
      await page.getByRole('button', { name: 'Undo last scoring' }).click();
      await page.getByText('The last scoring was undone; the sheet is as it was.').waitFor();

      await showSheet(page, FINDINGS_SHEET);
      await page.getByText(`Sheet: ${FINDINGS_SHEET}`).waitFor();
      await scoreAndOpen(page, 'Score this sheet');
      const findings = await page.getByTestId('finding-item').allInnerTexts();
      assert.ok(findings.length >= 8, `findings shown: ${findings.length}`);
      assert.ok(
        findings.some((f) => /cannot be read as a number/.test(f)),
        `no unreadable-value finding: ${findings}`,
      );
      await expectNoChinese(page, 'a sheet with findings');
      await expectNoSideScroll(page, 'en-US, a sheet with findings');
      await screenshot('en-US-320-findings');
      await page.getByRole('button', { name: 'Undo last scoring' }).click();
      await page.getByText('The last scoring was undone; the sheet is as it was.').waitFor();

      await showSheet(page, PROTECTED_SHEET);
      await page.getByText(`Sheet: ${PROTECTED_SHEET}`).waitFor();
      await page.getByRole('button', { name: 'Score this sheet' }).click();
      await page.getByText('This sheet cannot be scored').waitFor();
      await expectNoChinese(page, 'a refused sheet');
      await expectNoSideScroll(page, 'en-US, a refused sheet');
      await screenshot('en-US-320-refused');

      // No names and no table: the setup card says why in English, and so does the refusal.
      await showSheet(page, NO_TABLE_SHEET);
      await page.getByText(`Sheet: ${NO_TABLE_SHEET}`).waitFor();
      await page.getByText('This sheet has no scoring ranges yet').waitFor();
      await page.getByTestId('setup-problem').waitFor();
      await page.getByRole('button', { name: 'Score this sheet' }).click();
      await page.getByText(/could not be detected: no header of an indicator table/).waitFor();
      await expectNoChinese(page, 'a sheet without a table');
      await expectNoSideScroll(page, 'en-US, a sheet without a table');
      await screenshot('en-US-320-not-found');

      // 评分全部工作表 in English: the ranked list, the refused and the skipped sheets with why.
      await page.getByRole('button', { name: 'Score all sheets' }).click();
      await page.getByTestId('league-results').waitFor();
      await expectNoChinese(page, 'all sheets scored');
      await expectNoSideScroll(page, 'en-US, all sheets scored');
      await screenshot('en-US-320-score-all');
      await page.getByRole('button', { name: 'Undo scoring all sheets' }).click();
      await page.getByTestId('league-results').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: '切换到中文' }).click();
      await page.getByRole('button', { name: '评分本表' }).waitFor();
    },
  },
  {
    name: 'zh-CN at 320 px: the scored example and its lists do not scroll sideways',
    async run({ page, screenshot }) {
      await showSheet(page, FINDINGS_SHEET);
      await page.getByText(`工作表：${FINDINGS_SHEET}`).waitFor();
      await scoreAndOpen(page, '评分本表');
      await expectNoSideScroll(page, 'zh-CN, a sheet with findings');
      await screenshot('zh-CN-320-findings');
      await page.getByRole('button', { name: '撤销本次评分' }).click();
      await page.getByText('已撤销本次评分，表格已恢复。').waitFor();
      await page.setViewportSize(PANE);
    },
  },
  {
    name: 'forced colours (Windows high contrast): buttons, select, grade badge and bars keep borders',
    async run({ page, screenshot }) {
      await page.emulateMedia({ forcedColors: 'active' });
      try {
        await showSheet(page, SCORED_SHEET);
        await page.getByText(`工作表：${SCORED_SHEET}`).waitFor();
        await scoreAndOpen(page, '评分本表');
        const border = (locator) =>
          locator.evaluate((e) => {
            const s = getComputedStyle(e);
            const box = e.getBoundingClientRect();
            return {
              style: s.borderTopStyle,
              width: parseFloat(s.borderTopWidth),
              color: s.borderTopColor,
              background: s.backgroundColor,
              text: s.color,
              visible: box.width > 0 && box.height > 0,
            };
          });
        const visibleBorder = (b, what) => {
          assert.equal(b.style, 'solid', `${what}: no border (${JSON.stringify(b)})`);
          assert.ok(b.width >= 1, `${what}: border ${b.width}px`);
          assert.ok(!/rgba\(0, 0, 0, 0\)|transparent/.test(b.color), `${what}: transparent border`);
          assert.ok(b.visible, `${what}: not visible`);
        };
        const primary = await border(page.getByRole('button', { name: '评分本表' }));
        visibleBorder(primary, 'the score button');
        // Filled in the system's highlight colours, so it does not read as a heading.
        assert.notEqual(primary.background, 'rgba(0, 0, 0, 0)', 'the score button has no fill');
        assert.notEqual(primary.background, primary.text, 'the score button text is invisible');
        visibleBorder(await border(page.getByRole('button', { name: '撤销本次评分' })), 'a button');
        visibleBorder(await border(page.getByRole('combobox')), 'the rules select');
        visibleBorder(await border(page.getByTestId('grade')), 'the grade badge');
        const bar = page.getByTestId('section-line').first().getByRole('progressbar');
        visibleBorder(await border(bar), 'a section bar');
        const fill = await bar.locator('span').evaluate((e) => getComputedStyle(e).backgroundColor);
        assert.notEqual(fill, 'rgba(0, 0, 0, 0)', 'the section bar has no fill');
        await screenshot('forced-colors-zh-CN');
        await page.getByRole('button', { name: '撤销本次评分' }).click();
        await page.getByText('已撤销本次评分，表格已恢复。').waitFor();
      } finally {
        await page.emulateMedia({ forcedColors: 'none' });
      }
    },
  },
];

module.exports = { LANGUAGE_CHECKS };
