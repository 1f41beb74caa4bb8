/**
 * Debian's chromium driven by playwright-core, with every request watched: pages may load from the
 * local dist/ server, and office.js from Microsoft's CDN URL is answered with the local copy from
 * node_modules/@microsoft/office-js. Outside Office, office.js also fetches one file of its own
 * library from the same CDN folder (o15apptofilemappingtable.js) before Office.onReady resolves;
 * files of that folder are answered from the same local copy and listed in network.officeLibrary.
 * Anything else is aborted and recorded as a leak.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OFFICE_CDN_FOLDER = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_URL = `${OFFICE_CDN_FOLDER}office.js`;
const OFFICE_LOCAL_FOLDER = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
/** The task pane is about 320–350 px wide in Excel. */
const PANE_VIEWPORT = { width: 350, height: 900 };

/** The local copy of a file of office.js's CDN folder (its own scripts only), or null. */
function officeLibraryFile(url) {
  if (!url.href.startsWith(OFFICE_CDN_FOLDER) || url.search || url.hash) return null;
  const name = url.href.slice(OFFICE_CDN_FOLDER.length);
  if (!/^[a-z0-9_.-]+\.js$/i.test(name)) return null;
  const file = path.join(OFFICE_LOCAL_FOLDER, name);
  return fs.existsSync(file) ? file : null;
}

const isLocal = (url) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * Starts chromium with a fresh profile. `initScript` (JS source) runs in every page before the
 * page's own scripts. `officeScript` (JS source), when given, is served as office.js instead of the
 * real one (an Office stub that says what a given Excel supports, test/e2e/office-stub.js).
 * Returns { page, network, close }: network.requests lists every request URL,
 * network.leaks the ones that tried to leave localhost (other than office.js).
 */
async function startBrowser({ initScript, officeScript }) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: PANE_VIEWPORT,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const network = { requests: [], leaks: [], officeLibrary: [] };
  context.on('request', (request) => network.requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || isLocal(url)) return route.continue();
    if (officeScript && url.href === OFFICE_JS_URL) {
      return route.fulfill({ body: officeScript, contentType: 'text/javascript; charset=utf-8' });
    }
    const local = officeLibraryFile(url);
    if (local) {
      network.officeLibrary.push(url.href);
      return route.fulfill({ path: local, contentType: 'text/javascript; charset=utf-8' });
    }
    network.leaks.push(url.href);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: initScript });

  const page = context.pages()[0] ?? (await context.newPage());
  const problems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });

  return {
    page,
    network,
    problems,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { startBrowser, OFFICE_JS_URL, OFFICE_CDN_FOLDER, PANE_VIEWPORT, isLocal };
