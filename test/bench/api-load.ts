// The load client of the API figure, run in its own process so that it does not share the server's
// event loop: autocannon with N connections cycling through the given paths; prints one JSON line.
//   node --import tsx test/bench/api-load.ts '{"url":"http://127.0.0.1:3000","paths":["/api/health"],"connections":50,"seconds":10}'
import autocannon from 'autocannon';
import { pct } from './stats.js';

interface Config { url: string; paths: string[]; connections: number; seconds: number }

const cfg = JSON.parse(process.argv[2] ?? '{}') as Config;
const latencies: number[] = [];
let failures = 0;
const instance = autocannon({
  url: cfg.url, connections: cfg.connections, duration: cfg.seconds,
  requests: cfg.paths.map((path) => ({ method: 'GET' as const, path })),
}, (err, result) => {
  if (err) throw err;
  console.log(JSON.stringify({
    requests: latencies.length, failures, errors: result.errors, timeouts: result.timeouts,
    p50: pct(latencies, 50), p95: pct(latencies, 95), perSecond: result.requests.average,
  }));
});
// autocannon's summary has p50 and p97.5 but no p95: every response time is kept instead.
instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
  latencies.push(ms);
  if (status >= 400) failures++;
});
