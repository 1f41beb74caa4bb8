// @ts-check
/**
 * Builds the WPS 表格 add-in into dist-wps/perfscore_<version>/ (see docs/wps.md):
 *   index.html     the add-in's entry page: ribbon callbacks as globals (src/wps/index.ts)
 *   taskpane.html  the React pane over the WPS controller (src/wps/taskpane.tsx)
 *   ribbon.xml     the 绩效自评 tab (src/wps/ribbon.xml)
 *   assets/        icons, boot.css and the light theme's CSS variables
 * Relative URLs only (publicPath ''), so the folder runs from file:// in the user's jsaddons folder.
 * Loaders and the theme are the Office build's (webpack.config.js); only pages and output differ.
 * scripts/wps/write-install.js then writes the install/uninstall scripts beside the folder.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const officeConfig = require('./webpack.config.js');
const { version } = require('./package.json');

const FOLDER = `perfscore_${version}`;
const PAGES = [
  { name: 'index', entry: './src/wps/index.ts', template: './src/wps/index.html' },
  { name: 'taskpane', entry: './src/wps/taskpane.tsx', template: './src/wps/taskpane.html' },
];

/** The 自检 page (src/wps/probe.ts): development builds only (`npx webpack --config webpack.wps.config.js --mode development`). */
const PROBE_PAGE = { name: 'probe', entry: './src/wps/probe-page.ts', template: './src/wps/probe.html' };

module.exports = async (env, argv) => {
  const config = await officeConfig(env, argv);
  const production = argv.mode === 'production';
  const pages = production ? PAGES : [...PAGES, PROBE_PAGE];
  // The pane's styles are precompiled by Griffel's loader for files under src/taskpane; the WPS
  // bootstrap only renders <App>, so the include list needs no change.
  const kept = (config.plugins ?? []).filter(
    (plugin) =>
      plugin &&
      !(plugin instanceof HtmlWebpackPlugin) &&
      !(plugin instanceof CopyWebpackPlugin) &&
      plugin.constructor.name !== 'TaskpaneBudgetPlugin',
  );
  return {
    ...config,
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      ...config.output,
      path: path.resolve(__dirname, 'dist-wps', FOLDER),
      publicPath: '',
      clean: true,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
    },
    plugins: [
      ...kept,
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
            scriptLoading: 'defer',
            inject: 'head',
            publicPath: '',
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/support.html'] } },
        ],
      }),
    ],
  };
};
