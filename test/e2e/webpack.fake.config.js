// @ts-check
/**
 * Bundles the Excel fake with the example workbook (fake-excel-page.ts) into one classic script
 * that the end-to-end test injects into the page before the pane's own scripts run.
 */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const OUTPUT_DIR = path.join(ROOT, 'test-output', 'e2e');
const OUTPUT_FILE = 'fake-excel.js';

/** @type {import('webpack').Configuration} */
const config = {
  mode: 'development',
  // No eval-based source maps: the script runs under the page's CSP, which forbids eval.
  devtool: false,
  target: ['web', 'es2020'],
  context: ROOT,
  entry: path.join(__dirname, 'fake-excel-page.ts'),
  output: { path: OUTPUT_DIR, filename: OUTPUT_FILE, iife: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.join(ROOT, 'tsconfig.json'),
            compilerOptions: { module: 'ESNext', target: 'ES2020', noEmit: false },
          },
        },
      },
    ],
  },
};

module.exports = { config, OUTPUT_PATH: path.join(OUTPUT_DIR, OUTPUT_FILE) };
