// @ts-check
/**
 * Builds the add-in's two pages into dist/:
 *   taskpane.html  the task pane (React + Fluent UI v9), src/taskpane/index.tsx, which is also the
 *                  ribbon's function file (评分本表 / Score this sheet, src/commands/commands.ts): the
 *                  manifest's shared runtime (<Runtimes>) runs both in this one page. Its first
 *                  script is the ES5 preflight (src/preflight/preflight.ts), which explains what to
 *                  do where the browser cannot run the bundle.
 *   dialog.html    the ribbon's message dialog, src/dialog/dialog.ts (ES5 as well)
 * plus manifest.xml (URLs rewritten to ADDIN_BASE_URL when set) and assets/.
 *
 * `npm run build` (production): content-hashed file names, ES2020 output, no polyfills; the pane's
 * styles precompiled and, with Fluent UI's, extracted into one stylesheet (Griffel); and a gzip size
 * report, with a budget warning, on the JS that taskpane.html loads.
 * `npm start`: webpack-dev-server on https://localhost:3000 with the Office dev certificates.
 */
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');

/** The origin the manifest in the repository points at; `npm start` serves it. */
const DEV_BASE_URL = 'https://localhost:3000';
const DEV_PORT = 3000;

/** All JS that taskpane.html loads (React + Fluent v9 + app), gzip. */
const TASKPANE_GZIP_BUDGET_BYTES = 120 * 1024;

/**
 * One entry per HTML page; the manifest test checks every manifest URL against these names.
 * `before`: entries whose scripts the page loads first, in this order (each deferred).
 */
const PAGES = [
  {
    name: 'taskpane',
    entry: './src/taskpane/index.tsx',
    template: './src/taskpane/taskpane.html',
    before: ['preflight'],
  },
  { name: 'dialog', entry: './src/dialog/dialog.ts', template: './src/dialog/dialog.html' },
];

/** Script entries that are not pages of their own. */
const SCRIPTS = [{ name: 'preflight', entry: './src/preflight/preflight.ts' }];

/**
 * Sources compiled to ES5 instead of ES2020: what must run where the bundle cannot (old Internet
 * Explorer / EdgeHTML web views of Office 2016 and 2019) to say so instead of a blank pane. They use
 * ES5 library calls only (see src/app/support.ts); `npm run test:e2e` parses the built preflight.js
 * and dialog.js as ES5.
 */
const ES5_SOURCES = [
  path.resolve(__dirname, 'src', 'preflight'),
  path.resolve(__dirname, 'src', 'dialog'),
  path.resolve(__dirname, 'src', 'app', 'support.ts'),
  path.resolve(__dirname, 'src', 'commands', 'explain-command.ts'),
  path.resolve(__dirname, 'src', 'commands', 'function-id.ts'),
  path.resolve(__dirname, 'src', 'commands', 'message-dialog.ts'),
];

/** Files copied verbatim (besides manifest.xml): everything under assets/. */
const ASSETS_DIR = 'assets';

/**
 * The production base URL from the environment, checked: Office only loads add-ins over https,
 * and a trailing slash would produce "//" in every URL.
 */
function productionBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL;
  if (!raw) return DEV_BASE_URL;
  const url = raw.replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL without quotes or spaces, got "${raw}"`);
  }
  return url;
}

/** manifest.xml with every https://localhost:3000 replaced by the deployment's base URL. */
function rewriteManifest(content, baseUrl) {
  return content.toString('utf8').split(DEV_BASE_URL).join(baseUrl);
}

/** Where the light theme's stylesheet is written in dist/ (taskpane.html links it). */
const LIGHT_THEME_CSS = `${ASSETS_DIR}/theme-light.css`;

/**
 * Fluent UI's light theme (webLightTheme, Office's default) as CSS custom properties on :root, made
 * at build time from the installed Fluent UI: every `tokens.*` in the pane's styles resolves to these
 * `var(--…)`. The pane's JavaScript then carries neither the theme nor the palettes it is computed
 * from (about 6 KB gzip); a dark Office loads Fluent's dark theme as a chunk and sets it on the
 * pane's root element instead (src/taskpane/index.tsx, ThemeRoot).
 */
function lightThemeCss() {
  const { webLightTheme } = require('@fluentui/react-theme');
  const declarations = Object.entries(webLightTheme).map(([token, value]) => `--${token}:${value}`);
  return `:root{${declarations.join(';')}}\n`;
}

class LightThemeCssPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LightThemeCssPlugin', (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tap({ name: 'LightThemeCssPlugin', stage }, () => {
        compilation.emitAsset(LIGHT_THEME_CSS, new sources.RawSource(lightThemeCss()));
      });
    });
  }
}

/** Reports the gzip size of the task pane's JS and warns when it is over the budget. */
class TaskpaneBudgetPlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('TaskpaneBudgetPlugin', (compilation) => {
      // The last stage: the assets are minified and named, and their content is still in memory.
      const stage = Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: 'TaskpaneBudgetPlugin', stage }, () => {
        const entrypoint = compilation.entrypoints.get('taskpane');
        if (!entrypoint) return;
        const gzipOf = (files) =>
          files.reduce((sum, file) => {
            const asset = compilation.getAsset(file);
            return asset ? sum + zlib.gzipSync(asset.source.buffer(), { level: 9 }).length : sum;
          }, 0);
        const files = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
        const styles = entrypoint.getFiles().filter((file) => file.endsWith('.css'));
        const gzipBytes = gzipOf(files);
        const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
        const line =
          `taskpane JS ${files.join(' + ')}: ${kb(gzipBytes)} gzip (budget ${kb(TASKPANE_GZIP_BUDGET_BYTES)})` +
          (styles.length > 0 ? `; CSS ${styles.join(' + ')}: ${kb(gzipOf(styles))} gzip` : '');
        console.log(line);
        // Production only (development bundles are unminified). A warning, not an error, so dist/
        // is still produced for the end-to-end test, which reports the same measure.
        if (compiler.options.mode === 'production' && gzipBytes > TASKPANE_GZIP_BUDGET_BYTES) {
          compilation.warnings.push(new WebpackError(`Task pane bundle over budget: ${line}`));
        }
      });
    });
  }
}

/**
 * https options for webpack-dev-server. Office refuses add-ins served without a trusted
 * certificate; office-addin-dev-certs creates and trusts one for localhost. When that fails
 * (no permission to install a CA, unsupported platform) say so and what to do, and fall back to
 * webpack-dev-server's own self-signed certificate so the pages still open in a browser.
 */
async function devServerHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(
      [
        '',
        '无法创建或安装本机 HTTPS 开发证书 / Could not create or trust the localhost development certificate:',
        `  ${reason.split('\n')[0]}`,
        '请运行 / Run:  npx office-addin-dev-certs install   (may need administrator rights), then npm start again.',
        'Falling back to a self-signed certificate: pages open in a browser after accepting the warning,',
        'but Office will not load the add-in until the certificate is trusted. See docs/sideloading.md.',
        '',
      ].join('\n'),
    );
    return { type: 'https' };
  }
}

module.exports = async (_env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const baseUrl = production ? productionBaseUrl() : DEV_BASE_URL;
  if (production && baseUrl === DEV_BASE_URL) {
    console.warn('ADDIN_BASE_URL is not set: dist/manifest.xml points at https://localhost:3000.');
  }

  /** @type {import('webpack').Configuration & { devServer?: object }} */
  const config = {
    mode: production ? 'production' : 'development',
    // Edge WebView2, Safari WKWebView and current Chrome all run ES2020; no polyfills are added.
    target: ['web', 'es2020'],
    entry: Object.fromEntries([...PAGES, ...SCRIPTS].map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      // webpack's own wrapper and runtime code in ES5 too, so the ES5 entries stay parseable by old
      // web views (costs the modern bundles a few bytes of `function` instead of `=>`).
      environment: {
        arrowFunction: false,
        const: false,
        destructuring: false,
        forOf: false,
        optionalChaining: false,
        templateLiteral: false,
      },
    },
    // eval-based source maps would need 'unsafe-eval', which the pages' CSP forbids.
    devtool: production ? false : 'source-map',
    optimization: {
      // webpack's own minimizer (terser), told what the target allows: ES2020 syntax, ES module
      // scope, three compress passes. Only safe transforms; worth a few KB of the pane's budget.
      minimizeOptions: {
        javascript: {
          ecma: 2020,
          module: true,
          compress: { passes: 3, pureGetters: true },
          format: { comments: false },
        },
      },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          // Moves the CSS that Fluent UI and the pane precompute (Griffel's __styles tables) out of
          // the JS into one .css file linked from the page: the JS shrinks by ~8 KB gzip, the CSS is
          // parsed by the browser's CSS parser instead of being inserted rule by rule at start.
          test: /\.(js|mjs|ts|tsx)$/,
          include: [/node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, 'src', 'taskpane')],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          // The ES5 sources (above): TypeScript down to ES5 syntax; no Griffel (no styles there).
          test: /\.ts$/,
          include: ES5_SOURCES,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              instance: 'es5',
              compilerOptions: { module: 'ESNext', target: 'ES5', noEmit: false, sourceMap: !production },
            },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, ...ES5_SOURCES],
          // Loaders run last to first: TypeScript -> JavaScript, then Griffel's build-time transform.
          use: [
            // Precompiles the pane's makeStyles() calls to CSS class tables, as Fluent UI's own
            // packages ship, so the bundle leaves out Griffel's run-time style compiler (~7 KB gzip).
            { loader: '@griffel/webpack-loader' },
            {
              loader: 'ts-loader',
              options: {
                // Type checking is `npm run typecheck`; the bundle only needs transpiling.
                transpileOnly: true,
                configFile: path.resolve(__dirname, 'tsconfig.json'),
                // ES modules so webpack can tree-shake Fluent UI and React down to what is used.
                compilerOptions: {
                  module: 'ESNext',
                  target: 'ES2020',
                  noEmit: false,
                  sourceMap: !production,
                },
              },
            },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    plugins: [
      new MiniCssExtractPlugin({ filename: production ? '[name].[contenthash:8].css' : '[name].css' }),
      new GriffelCSSExtractionPlugin(),
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [...(page.before ?? []), page.name],
            chunksSortMode: 'manual',
            // External <script defer src> and <link rel=stylesheet> only: the CSP allows no inline script.
            scriptLoading: 'defer',
            inject: 'head',
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content, baseUrl),
          },
          { from: ASSETS_DIR, to: ASSETS_DIR },
        ],
      }),
      new LightThemeCssPlugin(),
      new TaskpaneBudgetPlugin(),
    ],
    performance: { hints: false }, // replaced by the gzip budget above, which is what users download
  };

  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      server: await devServerHttps(),
      hot: false,
      liveReload: true,
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    };
  }
  return config;
};

module.exports.PAGES = PAGES;
module.exports.SCRIPTS = SCRIPTS;
module.exports.ES5_SOURCES = ES5_SOURCES;
module.exports.ASSETS_DIR = ASSETS_DIR;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.TASKPANE_GZIP_BUDGET_BYTES = TASKPANE_GZIP_BUDGET_BYTES;
module.exports.lightThemeCss = lightThemeCss;
module.exports.rewriteManifest = rewriteManifest;
module.exports.productionBaseUrl = productionBaseUrl;
