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

let runBench;
try {
  ({ runBench } = require(path.join(build, 'bench', 'main.js')));
} catch (error) {
  console.error(`bench: could not load the compiled benchmark: ${error.message}`);
  process.exit(1);
}
runBench().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
