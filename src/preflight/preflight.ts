/**
 * The pane page's first script (taskpane.html loads it before the bundle; both deferred, so in that
 * order). Compiled to ES5 (webpack.config.js, ES5_SOURCES): old Internet Explorer and EdgeHTML web
 * views of Office 2016 / 2019 cannot parse the modern bundle at all, and would otherwise keep only
 * the page's static text. Here, with the rule the bundle also checks (src/app/support.ts), a browser
 * that cannot run the bundle gets the complete message (what is missing, and the two ways that work:
 * the WPS add-in and the finance bureau's perfscore batch), and the ribbon's 评分本表 — which runs in
 * this same page (the manifest's FunctionFile is taskpane.html) — opens the same message instead of
 * failing silently. A browser that can run the bundle: nothing happens here; the bundle checks
 * ExcelApi 1.7 itself once Office is ready (src/taskpane/index.tsx).
 */
import { missingFeatures, officeUnsupportedMessage } from '../app/support';
import { registerExplainingCommand, type CommandOffice } from '../commands/explain-command';

const global = window as unknown as Record<string, unknown>;

/** One paragraph per line, as text nodes (never HTML). */
function showMessage(text: string): void {
  const element = document.getElementById('boot-message');
  if (!element) return;
  while (element.firstChild) element.removeChild(element.firstChild);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const paragraph = document.createElement('p');
    paragraph.className = 'boot-help';
    paragraph.appendChild(document.createTextNode(lines[i]));
    element.appendChild(paragraph);
  }
  element.removeAttribute('hidden');
}

const missing = missingFeatures(global);
if (missing.length > 0) {
  const problem = { kind: 'browser' as const, missing: missing };
  showMessage(officeUnsupportedMessage(problem));
  const office = global.Office as CommandOffice | undefined;
  if (office) {
    const register = () => registerExplainingCommand(global, office, problem, window.location.href);
    if (typeof office.onReady === 'function') office.onReady(register);
    else register();
  }
}
