/**
 * The two HTML pages the manifest and the ribbon open (taskpane.html is also the function file): their Content Security Policy, office.js
 * from Microsoft's CDN, no inline script, and the pane's static boot message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SHELLS = ['src/taskpane/taskpane.html', 'src/dialog/dialog.html'];

/** The CSP of a page as directive -> sources. */
function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error('no CSP meta tag');
  return new Map(
    meta[1]
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

describe.each(SHELLS)('%s', (file) => {
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const csp = contentSecurityPolicy(html);

  it('puts the CSP before any script', () => {
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", 'https://appsforoffice.microsoft.com']],
    // Empty <style> elements only (the SHA-256 of ""): Griffel adds them and fills them through the
    // CSSOM, which CSP does not restrict; inline style text and style attributes stay blocked.
    ['style-src', ["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]],
    ['connect-src', ["'self'"]],
    ['frame-src', ['https://appsforoffice.microsoft.com']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ])('%s is exactly %j', (directive, sources) => {
    expect(csp.get(directive)).toEqual(sources);
  });

  it('never allows eval, inline code, data: or wildcard sources', () => {
    for (const sources of csp.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-hashes'");
      expect(sources.some((s) => s === '*' || s.includes('*') || s === 'data:' || s === 'http:')).toBe(false);
    }
  });

  it('loads office.js from the Office CDN and has no inline script', () => {
    const scripts = [...withoutComments(html).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((s) => /src="([^"]+)"/.exec(s[1])?.[1])).toEqual([OFFICE_JS]);
    for (const [, , body] of scripts) expect(body.trim()).toBe('');
    expect(withoutComments(html)).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(withoutComments(html)).not.toMatch(/\sstyle=/i); // styles come from assets/boot.css
  });
});

describe('taskpane.html before (or without) the bundle', () => {
  const html = withoutComments(fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8'));
  const bootMessage = /<div id="boot-message"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  const text = bootMessage.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('has the static boot message and the root the pane renders into', () => {
    expect(bootMessage).not.toBe('');
    expect(html).toMatch(/<div id="root"><\/div>/);
    expect(html.indexOf('id="boot-message"')).toBeLessThan(html.indexOf('id="root"'));
  });

  it.each([
    '正在加载… / Loading…',
    '此版本的 Office 无法运行本加载项（需要 Microsoft Edge WebView2 或更新的 Office）',
    '改用 WPS 表格的绩效评分加载项，或把工作簿交给财政局用 perfscore 批量评分',
    'this version of Office cannot run the add-in (it needs Microsoft Edge WebView2 or a newer Office)',
    "use the PerfScore add-in for WPS Spreadsheets, or send the workbook to the finance bureau's perfscore batch",
  ])('says "%s"', (sentence) => {
    // The page wraps long lines; compare with whitespace collapsed (and none between CJK characters).
    const collapse = (s: string) =>
      s.replace(/\s+/g, ' ').replace(/(?<=[^\p{ASCII}]) (?=[^\p{ASCII}])/gu, '');
    expect(collapse(text)).toContain(collapse(sentence));
  });

  it('links its stylesheet from assets/, which the build copies', () => {
    expect(html).toContain('href="assets/boot.css"');
    expect(fs.existsSync(path.join(ROOT, 'assets', 'boot.css'))).toBe(true);
  });
});

describe('assets/support.html (the manifest SupportUrl)', () => {
  const html = fs.readFileSync(path.join(ROOT, 'assets', 'support.html'), 'utf8');

  it('is static: its CSP allows no script at all, and it has none', () => {
    expect(contentSecurityPolicy(html).get('script-src')).toEqual(["'none'"]);
    expect(html).not.toMatch(/<script/i);
  });

  it('explains the two buttons in Chinese and English', () => {
    for (const words of ['评分本表', '绩效评分', '撤销本次评分', 'Score this sheet', 'Performance scoring']) {
      expect(html).toContain(words);
    }
  });
});

const DIST = path.join(ROOT, 'dist');
(fs.existsSync(DIST) ? describe : describe.skip)(
  'the built pages in dist/ (checked when a build exists)',
  () => {
    it.each(['taskpane', 'dialog'])('%s.html keeps the CSP and loads only external scripts', (page) => {
      const built = fs.readFileSync(path.join(DIST, `${page}.html`), 'utf8');
      const source = fs.readFileSync(
        path.join(ROOT, SHELLS.find((s) => s.endsWith(`/${page}.html`)) ?? ''),
        'utf8',
      );
      // The minifier may drop attribute quotes: compare the policy text itself.
      const policy = (html: string) => /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
      expect(policy(built)).toBe(policy(source));
      const scripts = [...built.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThanOrEqual(2); // office.js and the page's bundle
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\ssrc=/);
        expect(body.trim()).toBe('');
      }
      expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
    });

    it('taskpane.html runs the ES5 preflight before the pane bundle, both deferred', () => {
      const built = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
      const local = [...built.matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1])
        .filter((attributes) => !attributes.includes('appsforoffice'));
      const names = local.map((attributes) => /src="?([^"\s>]+)/.exec(attributes)?.[1] ?? '');
      expect(names[0]).toMatch(/^preflight[.\w]*\.js$/);
      expect(names[1]).toMatch(/^taskpane[.\w]*\.js$/);
      for (const attributes of local) expect(attributes).toMatch(/\sdefer/);
    });
  },
);
