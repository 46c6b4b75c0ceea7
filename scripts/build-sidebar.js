// Builds dist/Sidebar.html: the sidebar's TypeScript bundled by esbuild and its CSS, both
// inlined into one self-contained page (HtmlService serves one file; nothing comes from a CDN).
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const { outputFiles } = esbuild.buildSync({
  entryPoints: [path.join(root, 'src/sidebar/main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2019',
  minify: true,
  write: false,
  legalComments: 'none',
});
// A "</script" inside the code would end the inline script early.
const script = outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const styles = fs.readFileSync(path.join(root, 'src/sidebar/styles.css'), 'utf8');
const page = fs
  .readFileSync(path.join(root, 'src/sidebar/index.html'), 'utf8')
  .replace('/*STYLES*/', () => styles)
  .replace('/*SCRIPT*/', () => script);
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/Sidebar.html'), page);
