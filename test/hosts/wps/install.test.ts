/**
 * dist-wps/install.sh and uninstall.sh (templates in scripts/wps, filled as write-install.js does)
 * into a temporary HOME: the folder is copied and one <jsplugin> line merged into publish.xml,
 * other add-ins' lines untouched; a second run changes nothing; uninstall removes only our line.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const VERSION = '0.1.0';
const SCRIPTS = join(__dirname, '..', '..', '..', 'scripts', 'wps');
const OTHER = '  <jsplugin name="公文助手" type="wps" url="gongwen_2.3" version="2.3"/>';
const OURS = `  <jsplugin name="perfscore" type="et" url="perfscore_${VERSION}" version="${VERSION}"/>`;

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'perfscore-wps-install-'));
  const pkg = join(root, 'dist-wps');
  mkdirSync(join(pkg, `perfscore_${VERSION}`, 'assets'), { recursive: true });
  writeFileSync(join(pkg, `perfscore_${VERSION}`, 'index.html'), '<!doctype html>');
  writeFileSync(join(pkg, `perfscore_${VERSION}`, 'ribbon.xml'), '<customUI/>');
  for (const name of ['install.sh', 'uninstall.sh'])
    writeFileSync(
      join(pkg, name),
      readFileSync(join(SCRIPTS, name), 'utf8').split('@VERSION@').join(VERSION),
      {
        mode: 0o755,
      },
    );
  const home = join(root, 'home');
  const jsaddons = join(home, '.local', 'share', 'Kingsoft', 'wps', 'jsaddons');
  mkdirSync(jsaddons, { recursive: true });
  const run = (script: string) =>
    execFileSync('sh', [join(pkg, script)], {
      env: { PATH: process.env.PATH ?? '', HOME: home },
      encoding: 'utf8',
    });
  return { root, jsaddons, publish: join(jsaddons, 'publish.xml'), run };
}

describe('WPS install.sh / uninstall.sh', () => {
  let env: ReturnType<typeof setUp>;
  beforeEach(() => (env = setUp()));
  afterEach(() => rmSync(env.root, { recursive: true, force: true }));

  test('merges into an existing publish.xml, replaces an older perfscore, second run changes nothing', () => {
    mkdirSync(join(env.jsaddons, 'perfscore_0.0.9'), { recursive: true });
    const before = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<jsplugins>',
      OTHER,
      '  <jsplugin name="perfscore" type="et" url="perfscore_0.0.9" version="0.0.9"/>',
      '</jsplugins>',
      '',
    ].join('\n');
    writeFileSync(env.publish, before);
    env.run('install.sh');
    const after = readFileSync(env.publish, 'utf8');
    expect(after.split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<jsplugins>',
      OTHER,
      OURS,
      '</jsplugins>',
      '',
    ]);
    expect(existsSync(join(env.jsaddons, `perfscore_${VERSION}`, 'index.html'))).toBe(true);
    expect(existsSync(join(env.jsaddons, 'perfscore_0.0.9'))).toBe(false);

    const mtime = statSync(env.publish).mtimeMs;
    env.run('install.sh');
    expect(readFileSync(env.publish, 'utf8')).toBe(after);
    expect(statSync(env.publish).mtimeMs).toBe(mtime);
  });

  test('creates publish.xml when there is none; fills an empty <jsplugins/>', () => {
    env.run('install.sh');
    expect(readFileSync(env.publish, 'utf8')).toContain(`<jsplugins>\n${OURS}\n</jsplugins>`);
    writeFileSync(env.publish, '<?xml version="1.0"?>\n<jsplugins/>\n');
    env.run('install.sh');
    expect(readFileSync(env.publish, 'utf8')).toBe(
      `<?xml version="1.0"?>\n<jsplugins>\n${OURS}\n</jsplugins>\n`,
    );
  });

  test('a publish.xml on one line keeps every other add-in', () => {
    writeFileSync(env.publish, `<jsplugins>${OTHER.trim()}</jsplugins>`);
    env.run('install.sh');
    expect(readFileSync(env.publish, 'utf8')).toBe(`<jsplugins>${OTHER.trim()}\n${OURS}\n</jsplugins>\n`);
  });

  test('uninstall removes only our line and our folder', () => {
    writeFileSync(
      env.publish,
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${OTHER}\n</jsplugins>\n`,
    );
    env.run('install.sh');
    env.run('uninstall.sh');
    expect(readFileSync(env.publish, 'utf8')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${OTHER}\n</jsplugins>\n`,
    );
    expect(existsSync(join(env.jsaddons, `perfscore_${VERSION}`))).toBe(false);
  });
});
