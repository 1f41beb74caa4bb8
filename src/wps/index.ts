/**
 * The WPS add-in's entry page (index.html, loaded by WPS when the add-in starts): checks the browser,
 * then publishes the ribbon's callbacks as globals, the names ribbon.xml gives.
 */
import { createRibbon } from './ribbon';
import { missingFeatures, unsupportedMessage } from './support';
import type { WpsAddinApplication } from './wps-types';

const global = globalThis as unknown as Record<string, unknown>;

function show(text: string): void {
  const element = document.getElementById('boot-message');
  if (!element) return;
  element.textContent = text;
  element.hidden = false;
  element.style.whiteSpace = 'pre-line';
}

const missing = missingFeatures(global);
const baseUrl = location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
const language = navigator.language ?? 'zh-CN';
if (missing.length > 0) {
  show(unsupportedMessage(missing));
  // The ribbon still loads (WPS calls the callbacks); each says the same instead of running.
  const refuse = () => false;
  Object.assign(global, {
    OnAddinLoad: () => true,
    OnAction: refuse,
    GetImage: () => '',
    GetEnabled: refuse,
    GetLabel: () => '',
  });
} else {
  const ribbon = createRibbon({
    app: () => global.Application as WpsAddinApplication | undefined,
    baseUrl,
    locale: language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US',
  });
  Object.assign(global, ribbon);
  show(
    '绩效评分加载项已加载。请使用「绩效自评」选项卡。\nPerfScore is loaded: use the 绩效自评 (Self-evaluation) tab.',
  );
}
