// `npm start`: builds the web app if it is missing, loads the demo data into an empty graph, serves API and web.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { engineFromEnv } from './engine/index.js';
import { isEmpty, loadDemo } from '../loaders/demo.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = `${root}dist/web`;

if (!fs.existsSync(`${webDir}/index.html`) && fs.existsSync(`${root}web/index.html`)) {
  console.log('building the web app (first start)…');
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}

const engine = engineFromEnv();
await engine.ensureSchema();
if (process.env.DEMO_DATA !== '0' && (await isEmpty(engine))) {
  const t0 = performance.now();
  const loaded = await loadDemo(engine);
  console.log(`demo data loaded (${loaded.map((l) => l.file).join(', ')}) in ${(performance.now() - t0).toFixed(0)} ms`);
}

const port = Number(process.env.PORT ?? 3000);
const server = createApp(engine, { apiToken: process.env.API_TOKEN, bodyLimit: process.env.BODY_LIMIT, webDir })
  .listen(port, () => console.log(`cluster chain explorer on http://localhost:${port} (engine: ${engine.name})`));

const stop = () => server.close(() => void engine.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
