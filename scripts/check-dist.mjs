// Rebuild dist/ and fail when it differs from what is committed: the Action runs dist/, not src/.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`dist/ is stale: rebuild with \`npm run build\` and commit it.\n${changed}`);
  process.exit(1);
}
console.log('dist/ matches the sources');
