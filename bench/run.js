#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): compiles the benchmark with bench/tsconfig.json into
 * node_modules/.cache/perfscore-bench (eslint and prettier never look there), then runs it (bench/main.ts). Type errors are printed but do not stop the run:
 * `npm run typecheck` is the gate for types; this script's gate is the budgets.
 */
const { spawnSync } = require('child_process');
const { rmSync } = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const build = path.join(root, 'node_modules', '.cache', 'perfscore-bench');
rmSync(build, { recursive: true, force: true });

const tsc = spawnSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', path.join(__dirname, 'tsconfig.json')],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) console.error('bench: tsc reported errors (see above); running what was emitted');

// Run in a child with --expose-gc: the engine benchmark collects garbage before each timed run, so
// one size's garbage is not billed to the next.
const main = path.join(build, 'bench', 'main.js');
const bench = spawnSync(
  process.execPath,
  [
    '--expose-gc',
    '-e',
    `require(${JSON.stringify(main)}).runBench().then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 1; })`,
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exitCode = bench.status === null ? 1 : bench.status;
