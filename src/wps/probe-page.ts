/** probe.html (development builds): runs the 自检 on the WPS it is opened in and prints the JSON. */
import { runProbe } from './probe';
import type { WpsAddinApplication } from './wps-types';

const output = document.getElementById('report');
const button = document.getElementById('run');
button?.addEventListener('click', () => {
  const app = (globalThis as unknown as { Application?: WpsAddinApplication }).Application;
  if (!output) return;
  if (!app) {
    output.textContent = '请在 WPS 表格中打开 (no window.Application)';
    return;
  }
  try {
    const report = runProbe(app, { userAgent: navigator.userAgent, bigint: typeof BigInt === 'function' });
    output.textContent = JSON.stringify(report, null, 2);
  } catch (error) {
    output.textContent = `自检失败：${error instanceof Error ? error.message : String(error)}`;
  }
});
