// Builds dist/ — exactly what clasp pushes: Code.js (the Apps Script bundle) and
// appsscript.json. esbuild compiles the TypeScript; gas-webpack-plugin lifts every
// `global.NAME = …` into a top-level `function NAME(…)` stub with its JSDoc.
const fs = require('node:fs');
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');

/** Copies the manifest and drops the `@preserve` markers that only kept JSDoc alive. */
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
          const cleaned = code.replace(
            /^[ \t]*\*?[ \t]*\/?\*{0,2}[ \t]*@preserve[ \t]*\*?\/?[ \t]*\r?\n/gm,
            '',
          );
          compilation.updateAsset('Code.js', new RawSource(cleaned));
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
  output: { path: path.join(__dirname, 'dist'), filename: 'Code.js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        // The entry keeps its identifiers: the stubs copy the parameter names users see.
        test: /src[\\/]gas[\\/]main\.ts$/,
        loader: 'esbuild-loader',
        options: {
          loader: 'ts',
          target: 'es2019',
          legalComments: 'inline',
          minifyWhitespace: true,
          minifySyntax: true,
        },
      },
      {
        // Everything else is minified whole: each formula cell loads the bundle, so size is time.
        test: /\.ts$/,
        exclude: /src[\\/]gas[\\/]main\.ts$/,
        loader: 'esbuild-loader',
        options: {
          loader: 'ts',
          target: 'es2019',
          legalComments: 'inline',
          minify: true,
          keepNames: false,
        },
      },
    ],
  },
  // Webpack's own minifier stays off: it would drop the stubs' JSDoc.
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  stats: 'errors-warnings',
  plugins: [new GasPlugin({ comment: true }), new FinishForAppsScript()],
};
