// Jest runs the built bundle (dist/) and the built CLI (out/spbe.js): what clasp pushes and
// what npm installs. Before any test, they are rebuilt when any source is newer than them,
// so `npx jest` alone can never test a stale build.
// @ts-check
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const built = ['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json', 'out/spbe.js'];
const sources = [
  'src',
  'appsscript.json',
  'webpack.config.js',
  'scripts/build-sidebar.js',
  'package.json',
];

/** @param {string} p @returns {number} */
function newest(p) {
  const full = path.join(root, p);
  const s = statSync(full);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(full).reduce((m, name) => Math.max(m, newest(path.join(p, name))), 0);
}

module.exports = () => {
  const missing = built.filter((f) => !existsSync(path.join(root, f)));
  const oldest =
    missing.length > 0 ? 0 : Math.min(...built.map((f) => statSync(path.join(root, f)).mtimeMs));
  const source = Math.max(...sources.map(newest));
  if (missing.length === 0 && oldest >= source) return;
  console.log(
    missing.length > 0
      ? `\nBuilding first: ${missing.join(', ')} missing.`
      : '\nBuilding first: the sources are newer than dist/ and out/.',
  );
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
};
