// Writes the licence of every package bundled into tiptap.js next to it (all MIT).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const roots = readdirSync('node_modules').flatMap((name) =>
  name.startsWith('@') ? readdirSync(join('node_modules', name)).map((sub) => `${name}/${sub}`) : [name]);
const bundled = roots.filter((name) => !name.startsWith('.') && !name.includes('esbuild')).sort();
const parts = [];
for (const name of bundled) {
  const dir = join('node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(dir, f)).find(existsSync);
  parts.push(`${pkg.name} ${pkg.version} (${pkg.license})\n\n${file ? readFileSync(file, 'utf8').trim() : `${pkg.license} licence, no licence file shipped`}`);
}
writeFileSync('../../wwwroot/lib/tiptap/LICENSES.txt', parts.join('\n\n' + '-'.repeat(72) + '\n\n') + '\n');
