/**
 * The WPS add-in in Debian's chromium, from file:// as WPS loads it: dist-wps/perfscore_<version>/
 * (npm run build:wps first) with the ET fake injected as window.Application (fake-wps-page.ts).
 *   1. index.html: the ribbon's callbacks exist as globals; onLoad, then 评分本表's onAction with its
 *      control: the sheet is scored in place (评分汇总 and 扣分明细 added, 94.46 优 on the status bar).
 *   2. 绩效评分's onAction: one task pane created at taskpane.html (relative to the add-in folder).
 *   3. taskpane.html (its own fresh fake): the React pane renders, 评分本表 in the pane shows 94.46.
 * Every request must be a file:// URL of the add-in folder. Screenshots in test-output/e2e-wps/.
 */
/* global window -- page.evaluate callbacks run in the page */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const webpack = require('webpack');
const { chromium } = require('playwright-core');
const fakeConfig = require('../webpack.fake.config');
const { version } = require('../../../package.json');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FOLDER = path.join(ROOT, 'dist-wps', `perfscore_${version}`);
const OUT = path.join(ROOT, 'test-output', 'e2e-wps');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function bundleFake() {
  const config = {
    ...fakeConfig.config,
    entry: path.join(__dirname, 'fake-wps-page.ts'),
    output: { path: OUT, filename: 'fake-wps.js', iife: true },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || stats.hasErrors()) return reject(error ?? new Error(stats.toString('errors-only')));
      resolve(fs.readFileSync(path.join(OUT, 'fake-wps.js'), 'utf8'));
    }),
  );
}

async function main() {
  assert.ok(fs.existsSync(path.join(FOLDER, 'index.html')), `${FOLDER} missing: npm run build:wps`);
  fs.mkdirSync(OUT, { recursive: true });
  const initScript = await bundleFake();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-wps-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
    headless: true,
    viewport: { width: 350, height: 900 },
    locale: 'zh-CN',
  });
  const requests = [];
  const errors = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript({ content: initScript });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => errors.push(String(error)));
  const results = [];
  const check = async (name, fn) => {
    await fn();
    results.push(name);
    console.log(`ok  ${name}`);
  };
  try {
    const folderUrl = pathToFileURL(FOLDER).href + '/';
    await page.goto(`${folderUrl}index.html`);
    await check('index.html publishes the ribbon callbacks as globals', async () => {
      await page.waitForFunction(() => typeof window.OnAction === 'function');
      for (const name of ['OnAddinLoad', 'OnAction', 'GetImage', 'GetEnabled', 'GetLabel'])
        assert.equal(await page.evaluate((n) => typeof window[n], name), 'function', name);
      assert.equal(await page.evaluate(() => window.GetLabel({ Id: 'PerfScoreScore' })), '评分本表');
    });
    await check('onLoad, then 评分本表: scored in place, 94.46 优 on the status bar', async () => {
      await page.evaluate(async () => {
        window.OnAddinLoad({});
        await window.OnAction({ Id: 'PerfScoreScore', Tag: '' });
      });
      const dump = await page.evaluate(() => window.__wps.dump());
      assert.deepEqual(
        dump.sheets.map((s) => s.name),
        ['绩效指标', '评分汇总', '扣分明细'],
      );
      const status = (await page.evaluate(() => window.__wps.statusBar())).join('\n');
      assert.match(status, /94\.46/);
      assert.match(status, /优/);
      console.log(`    ET calls for the run: ${await page.evaluate(() => window.__wps.calls())}`);
      await page.screenshot({ path: path.join(OUT, 'ribbon-index.png') });
    });
    let paneUrl = '';
    await check('绩效评分: one task pane at taskpane.html of the add-in folder', async () => {
      await page.evaluate(() => window.OnAction({ Id: 'PerfScorePane' }));
      const panes = await page.evaluate(() => window.__wps.panes);
      assert.equal(panes.length, 1);
      assert.equal(panes[0].url, `${folderUrl}taskpane.html`);
      paneUrl = panes[0].url;
    });
    await check('the pane renders and scores there: 94.46', async () => {
      await page.goto(paneUrl);
      const button = page.getByRole('button', { name: '评分本表' });
      await button.waitFor({ timeout: 20000 });
      await page.screenshot({ path: path.join(OUT, 'pane-before.png') });
      await button.click();
      await page.getByText('94.46', { exact: true }).first().waitFor({ timeout: 20000 });
      await page.screenshot({ path: path.join(OUT, 'pane-after.png'), fullPage: true });
      const dump = await page.evaluate(() => window.__wps.dump());
      assert.ok(dump.sheets.some((s) => s.name === '评分汇总'));
    });
    await check('every request stayed inside the add-in folder (file://)', async () => {
      const outside = requests.filter((url) => !url.startsWith(folderUrl) && !url.startsWith('data:'));
      assert.deepEqual(outside, []);
      assert.deepEqual(errors, []);
    });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(
    `WPS browser test: ${results.length} checks passed; screenshots in ${path.relative(ROOT, OUT)}/`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
