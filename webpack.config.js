// Builds dist/ — exactly what clasp pushes: Code.js (the Apps Script bundle) and
// appsscript.json. esbuild compiles the TypeScript; gas-webpack-plugin lifts every
// `global.NAME = …` of src/gas/main.ts into a top-level `function NAME(…)` stub with its JSDoc.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const GasPlugin = require('gas-webpack-plugin');

const BOOTSTRAP = '/******/ (() => { // webpackBootstrap';
const PRESERVE_LINE = /^[ \t]*\*?[ \t]*\/?\*{0,2}[ \t]*@preserve[ \t]*\*?\/?[ \t]*\r?\n/gm;

/**
 * Finishes Code.js for Apps Script: minifies the bundle body (one IIFE, so every name in it
 * can be shortened: each formula cell loads the whole file) while leaving the top-level
 * stubs, their JSDoc and parameter names as gas-webpack-plugin wrote them; drops the
 * `@preserve` markers that only kept the JSDoc through esbuild; copies the manifest.
 */
class FinishForAppsScript {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FinishForAppsScript', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'FinishForAppsScript',
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const { RawSource } = compiler.webpack.sources;
          const code = compilation.getAsset('Code.js').source.source().toString();
          const start = code.indexOf(BOOTSTRAP);
          if (start < 0) throw new Error('Code.js: the webpack bootstrap was not found');
          const body = esbuild.transformSync(code.slice(start), {
            minify: true,
            target: 'es2019',
            legalComments: 'none',
            // Indonesian text with –, —, › and … stays as UTF-8, not \u escapes (Apps Script reads UTF-8).
            charset: 'utf8',
          }).code;
          const finished = `${code.slice(0, start).replace(PRESERVE_LINE, '')}\n${body}`;
          compilation.updateAsset('Code.js', new RawSource(finished));
          const manifest = fs.readFileSync(path.join(__dirname, 'appsscript.json'));
          compilation.emitAsset('appsscript.json', new RawSource(manifest));
        },
      );
    });
  }
}

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/gas/main.ts',
  devtool: false,
  target: ['web', 'es2019'],
  // Every build rewrites every file, so their times tell the tests whether dist/ is fresh.
  output: {
    path: path.join(__dirname, 'dist'),
    filename: 'Code.js',
    clean: true,
    compareBeforeEmit: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'esbuild-loader',
        // legalComments keeps the `@preserve` JSDoc of the entry points, which the plugin copies.
        options: { loader: 'ts', target: 'es2019', legalComments: 'inline' },
      },
    ],
  },
  // Webpack's own minifier stays off (it would drop the stubs' JSDoc); FinishForAppsScript
  // minifies the body instead. Module concatenation keeps one scope, so that works well.
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  stats: 'errors-warnings',
  plugins: [new GasPlugin({ comment: true }), new FinishForAppsScript()],
};
