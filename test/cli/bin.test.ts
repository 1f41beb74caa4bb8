/**
 * The installed entry point: `node bin/perfscore.js` runs the compiled lib/ (npm run build:cli,
 * which `npm ci` runs through the prepare script). Built here so the test checks today's sources.
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync } from 'fs';
import { join } from 'path';
import { tempDir } from '../fixtures/xlsx/build';

const ROOT = join(__dirname, '..', '..');

beforeAll(() => {
  // tsc emits even when someone else's file has a type error; the typecheck script is the gate.
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } catch {
    // reported through the runs below if lib/ is unusable
  }
}, 120_000);

function perfscore(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'perfscore.js'), ...args], { encoding: 'utf8' });
}

describe('bin/perfscore.js', () => {
  it('scores the example: JSON on stdout, the summary on stderr, exit 0', () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'examples', 'tianhe-2023.xlsx'), join(dir, 'tianhe-2023.xlsx'));
    const run = perfscore('score', join(dir, 'tianhe-2023.xlsx'), '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files[0].sheets[0].total).toBe(94.46);
    expect(run.stderr).toContain('总分 94.46 优');
  });

  it('exits 1 with one line for an unreadable file', () => {
    const run = perfscore('score', join(tempDir(), 'missing.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for bad usage', () => {
    expect(perfscore('score').status).toBe(2);
  });
});
