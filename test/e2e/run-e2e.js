#!/usr/bin/env node
/**
 * Real-browser end-to-end test (`npm run test:e2e` = `npm run build && node test/e2e/run-e2e.js`).
 *
 * Serves the production build (dist/) on a random localhost port, opens taskpane.html in Debian's
 * chromium at task-pane width with the Excel fake (holding the 2023 example) injected as
 * window.Excel, and runs the checks in checks.js; then, in a second browser whose office.js is an
 * Office stub that says what the host supports (office-stub.js), the checks in stub-checks.js
 * (the shared-runtime ribbon, old Excel, a browser without BigInt). office.js is answered from node_modules; any
 * other request that tries to leave localhost is aborted and fails the run. Screenshots go to
 * test-output/screenshots/ (two are copied to docs/screenshots/ for the README).
 *
 * Last line: `e2e: <n> passed, <m> failed`; exit status 1 on any failure. E2E_ONLY=main or
 * E2E_ONLY=stub runs one browser's checks only (while working on them).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const webpack = require('webpack');
const { serveDirectory } = require('./serve-dist');
const { startBrowser } = require('./browser');
const { CHECKS } = require('./checks');
const { STUB_CHECKS } = require('./stub-checks');
const { OFFICE_STUB_SOURCE, NO_BIGINT_SOURCE } = require('./office-stub');
const fakeBundle = require('./webpack.fake.config');
const { TASKPANE_GZIP_BUDGET_BYTES } = require('../../webpack.config');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const README_SCREENSHOTS = [
  { from: 'zh-CN-after.png', to: path.join(ROOT, 'docs', 'screenshots', 'taskpane-zh-CN.png') },
  { from: 'zh-CN-score-all.png', to: path.join(ROOT, 'docs', 'screenshots', 'taskpane-score-all-zh-CN.png') },
  { from: 'zh-CN-report.png', to: path.join(ROOT, 'docs', 'screenshots', 'taskpane-report-zh-CN.png') },
];
const STEP_TIMEOUT_MS = 20_000;

function bundleFakeExcel() {
  return new Promise((resolve, reject) => {
    webpack(fakeBundle.config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(fs.readFileSync(fakeBundle.OUTPUT_PATH, 'utf8'));
    });
  });
}

/** gzip sizes of the scripts and stylesheets taskpane.html loads from the add-in's own origin. */
function taskpageAssetBytes() {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // The production HTML is minified: attribute values may come without quotes.
  const local = (pattern) =>
    [...html.matchAll(pattern)].map((m) => m[1]).filter((url) => !/^https?:/.test(url));
  const gzip = (files) =>
    files.reduce(
      (sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length,
      0,
    );
  const scripts = local(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g);
  const styles = local(/<link[^>]*\shref=["']?([^"'\s>]+\.css)/g);
  return { scripts, styles, scriptGzip: gzip(scripts), styleGzip: gzip(styles) };
}

/** Without a CJK font chromium draws boxes for Chinese text: such a picture must not reach the docs. */
function hasChineseFont() {
  const probe = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim() !== '';
}

/** Copies a screenshot only when it changed, so a run does not touch the committed file needlessly. */
function copyIfChanged(from, to) {
  const bytes = fs.readFileSync(from);
  if (fs.existsSync(to) && fs.readFileSync(to).equals(bytes)) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.writeFileSync(to, bytes);
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)');
  }
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true }); // no stale pictures from an earlier run
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const initScript = await bundleFakeExcel();
  const server = await serveDirectory(DIST);
  let passed = 0;
  let failed = 0;
  const consoleErrors = [];
  /** Runs `checks` in a fresh browser; `officeScript` replaces office.js (see browser.js). */
  async function runChecks(checks, { initScripts, officeScript }) {
    const browser = await startBrowser({ initScript: initScripts.join('\n;\n'), officeScript });
    browser.page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const context = {
      ...browser,
      baseUrl: server.url,
      state: {},
      screenshot: (name) =>
        browser.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }),
    };
    try {
      for (const check of checks) {
        const started = Date.now();
        try {
          await check.run(context);
          passed++;
          console.log(`ok   ${check.name} (${Date.now() - started} ms)`);
        } catch (error) {
          failed++;
          console.log(
            `FAIL ${check.name}\n     ${String(error?.message ?? error).replace(/\n/g, '\n     ')}`,
          );
          await context.screenshot(`failed-${passed + failed}`).catch(() => {});
        }
      }
      if (browser.problems.pageErrors.length > 0) {
        failed++;
        console.log(`FAIL uncaught errors in the pages\n     ${browser.problems.pageErrors.join('\n     ')}`);
      }
    } finally {
      consoleErrors.push(...browser.problems.consoleErrors);
      await browser.close();
    }
  }
  // E2E_ONLY=stub runs the stub checks alone (while working on them; the full run is the check).
  const only = process.env.E2E_ONLY;
  try {
    if (only !== 'stub') await runChecks(CHECKS, { initScripts: [initScript] });
    if (only !== 'main')
      await runChecks(STUB_CHECKS, {
        initScripts: [NO_BIGINT_SOURCE, initScript],
        officeScript: OFFICE_STUB_SOURCE,
      });
  } finally {
    await server.close();
  }

  const shots = README_SCREENSHOTS.filter(({ from }) => fs.existsSync(path.join(SCREENSHOTS, from)));
  if (shots.length > 0 && failed === 0) {
    if (hasChineseFont()) for (const { from, to } of shots) copyIfChanged(path.join(SCREENSHOTS, from), to);
    else console.log('info no Chinese font installed (fonts-wqy-microhei): docs/screenshots/ left as it is');
  }
  const sizes = taskpageAssetBytes();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = sizes.scriptGzip <= TASKPANE_GZIP_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `info taskpane JS ${sizes.scripts.join(' + ')}: ${kb(sizes.scriptGzip)} gzip, ${verdict} the ${kb(TASKPANE_GZIP_BUDGET_BYTES)} budget` +
      `; CSS ${sizes.styles.join(' + ')}: ${kb(sizes.styleGzip)} gzip`,
  );
  if (consoleErrors.length > 0) {
    console.log(
      `info console errors in the pages (office.js's logging frame, blocked by the CSP, is expected):\n     ${consoleErrors.join('\n     ')}`,
    );
  }
  console.log(`info screenshots in ${path.relative(ROOT, SCREENSHOTS)}/`);
  fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-output', 'e2e-summary.json'), JSON.stringify({ passed, failed }));
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  console.log(`e2e: 0 passed, ${CHECKS.length + STUB_CHECKS.length} failed`);
  process.exitCode = 1;
});
