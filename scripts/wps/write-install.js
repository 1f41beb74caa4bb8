// @ts-check
/**
 * After `webpack --config webpack.wps.config.js`: writes the install and uninstall scripts beside
 * dist-wps/perfscore_<version>/ (Linux/macOS .sh, Windows .cmd calling a .ps1), with the version in.
 * Templates: scripts/wps/*.sh, *.ps1.
 */
const fs = require('node:fs');
const path = require('node:path');
const { version } = require('../../package.json');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'dist-wps');
const folder = path.join(OUT, `perfscore_${version}`);
if (!fs.existsSync(path.join(folder, 'index.html')) || !fs.existsSync(path.join(folder, 'ribbon.xml'))) {
  throw new Error(`write-install: ${folder} lacks index.html or ribbon.xml; run the webpack step first`);
}
const fill = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8').split('@VERSION@').join(version);
for (const name of ['install.sh', 'uninstall.sh']) {
  fs.writeFileSync(path.join(OUT, name), fill(name), { mode: 0o755 });
}
for (const name of ['install', 'uninstall']) {
  fs.writeFileSync(path.join(OUT, `${name}.ps1`), `\uFEFF${fill(`${name}.ps1`)}`);
  fs.writeFileSync(
    path.join(OUT, `${name}.cmd`),
    `@echo off\r\nchcp 65001 >nul\r\npowershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0${name}.ps1"\r\npause\r\n`,
  );
}
console.log(`dist-wps: perfscore_${version}/ + install/uninstall (.sh, .cmd + .ps1)`);
