// @ts-check
/**
 * The source layers (docs/architecture-notes.md), lowest first, as data: a file may import from
 * its own folder and from the layers below it, never from a layer above, and never from a sibling
 * folder of its own layer (the hosts do not use each other; the pane, the ribbon command, the CLI
 * and the dialog are separate entry points). Code shared by the hosts lives in src/hosts/*.ts.
 *
 *   engine          pure scoring
 *   report          the 自评报告 draft from a ScoreResult (pure; the workbook lays it out as a sheet)
 *   workbook        the contract as code: grids -> engine input, result -> write plan, undo plan (pure)
 *   hosts           Office.js, the .xlsx package, WPS/ET (plus src/hosts/*.ts, shared by them)
 *   app             what the pane and the ribbon do, over a host (no React, no Office globals)
 *   commands        the ribbon's command (registered by the pane's page: one shared runtime)
 *   entry points    taskpane (React, whose page also registers the ribbon's command), cli, dialog,
 *                   preflight (the ES5 browser check before the pane's bundle)
 *   wps             the WPS add-in: ribbon callbacks and its controller, around the same React pane
 *
 * Turned into import-x/no-restricted-paths zones by `layerZones`.
 */
const path = require('path');

/**
 * `folders`: the layer's parts, which may not import each other. A layer's whole area (what the
 * layers below may not import) is its folders, plus src/hosts/*.ts for the hosts.
 * @type {{ name: string; folders: string[]; shared?: string }[]}
 */
const LAYERS = [
  { name: 'engine', folders: ['src/engine'] },
  { name: 'report', folders: ['src/report'] },
  { name: 'workbook', folders: ['src/workbook'] },
  {
    name: 'hosts',
    folders: ['src/hosts/office', 'src/hosts/xlsx', 'src/hosts/wps'],
    shared: 'src/hosts/*.ts',
  },
  { name: 'app', folders: ['src/app'] },
  { name: 'commands', folders: ['src/commands'] },
  { name: 'entry points', folders: ['src/taskpane', 'src/cli', 'src/dialog', 'src/preflight'] },
  { name: 'wps add-in', folders: ['src/wps'] },
];

/**
 * import-x/no-restricted-paths zones: each folder may not import a folder of a higher layer, nor a
 * sibling folder of its own layer; the shared host files may not import any host folder. Paths are
 * absolute (from `root`), so the rule holds whatever the cwd. (A zone's `from` cannot mix globs and
 * folders, so the higher layers' shared files get zones of their own.)
 * @param {string} root the repository root
 */
function layerZones(root) {
  const abs = (/** @type {string} */ folder) => path.join(root, folder);
  /** @type {{ target: string; from: string[]; message: string }[]} */
  const zones = [];
  LAYERS.forEach((layer, index) => {
    const higher = LAYERS.slice(index + 1);
    const below = LAYERS.slice(0, index).map((l) => l.name);
    const allowed = below.length > 0 ? `the layers below it (${below.join(', ')})` : 'nothing else';
    const targets = [...layer.folders, ...(layer.shared ? [layer.shared] : [])];
    for (const target of targets) {
      const siblings = target === layer.shared ? layer.folders : layer.folders.filter((f) => f !== target);
      const own =
        layer.shared && target !== layer.shared ? `its own folder, ${layer.shared}` : 'its own folder';
      const message = `Layers: ${target} (${layer.name}) may import ${own} and ${allowed}; see eslint/layers.js.`;
      const from = [...higher.flatMap((l) => l.folders), ...siblings].map(abs);
      if (from.length > 0) zones.push({ target: abs(target), from, message });
      const sharedAbove = higher.filter((l) => l.shared).map((l) => abs(/** @type {string} */ (l.shared)));
      if (sharedAbove.length > 0) zones.push({ target: abs(target), from: sharedAbove, message });
    }
  });
  return zones;
}

module.exports = { LAYERS, layerZones };
