/**
 * Can this WPS browser run the bundle? WPS ships its own Chromium; old builds (and old 统信 / 麒麟
 * desktops) may lack what the engine and the pane need. BigInt is the engine's exact arithmetic;
 * the rest is React 19 / Fluent UI's floor. Checked before anything else runs, so the page shows a
 * plain message instead of a blank pane. (A browser too old to even parse the bundle keeps the
 * static message of the HTML page, which says the same.)
 */
export function missingFeatures(global: Record<string, unknown>): string[] {
  const required = [
    'BigInt',
    'Promise',
    'Proxy',
    'Symbol',
    'Map',
    'Set',
    'WeakMap',
    'Reflect',
    'TextEncoder',
  ];
  const missing = required.filter(
    (name) => typeof global[name] !== 'function' && typeof global[name] !== 'object',
  );
  if (typeof Object.fromEntries !== 'function') missing.push('Object.fromEntries');
  if (typeof Array.prototype.flatMap !== 'function') missing.push('Array.prototype.flatMap');
  return missing;
}

export function unsupportedMessage(missing: string[]): string {
  return [
    '此版本的 WPS 内置浏览器过旧，无法运行绩效评分加载项。请升级 WPS Office，或把工作簿交给财政局用 perfscore 批量评分。',
    `This WPS browser is too old to run PerfScore (missing: ${missing.join(', ')}). Update WPS Office, or send the workbook to the finance bureau's perfscore batch.`,
  ].join('\n');
}
