'use strict';
// Two app instances on one PostgreSQL behind nginx (deploy/nginx/mitwirken.conf, started by
// scripts/proxy-for-tests.sh): a change written on one instance is visible through the proxy
// within the freshness bound, a cancelled and an unpublished item change or disappear within it,
// and a personal page is never served from the proxy's cache. Needs DATABASE_CLIENT=postgres and
// the DATABASE_* variables (scripts/postgres-for-tests.sh writes them); npm run test:proxy.
const { fork, execFileSync } = require('child_process');
const assert = require('assert/strict');
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..');
const BOUND_MS = 5000;
const PROXY_PORT = Number(process.env.PROXY_PORT ?? 54380);
const APP_PORTS = (process.env.PROXY_APP_PORTS ?? '54381 54382').split(/\s+/).map(Number);
const proxy = `http://127.0.0.1:${PROXY_PORT}`;
const FORMAT = 'api::participation-format.participation-format';
const OPPORTUNITY = 'api::participation-opportunity.participation-opportunity';

const children = new Set();
const proxyScript = (command) =>
  execFileSync('bash', [path.join(appDir, 'scripts', 'proxy-for-tests.sh'), command], {
    cwd: appDir,
    env: { ...process.env, PROXY_PORT: String(PROXY_PORT), APP_PORTS: APP_PORTS.join(' ') },
    stdio: 'inherit',
  });
// Whatever happens to this script, no instance or proxy outlives it.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  try {
    proxyScript('stop');
  } catch {
    // already stopped
  }
});

async function resetPostgres() {
  const { Client } = require('pg');
  const client = new Client({ host: process.env.DATABASE_HOST, port: Number(process.env.DATABASE_PORT), database: process.env.DATABASE_NAME, user: process.env.DATABASE_USERNAME, password: process.env.DATABASE_PASSWORD });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  await client.end();
}

function startInstance(env) {
  const child = fork(path.join(__dirname, 'app-instance.js'), { cwd: appDir, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(child);
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type === 'error') return reject(new Error(message.message));
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
    });
  return { child, next, ask: (message) => (child.send(message), next('done')) };
}

async function get(pathAndQuery, headers = {}) {
  const res = await fetch(proxy + pathAndQuery, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** Polls through the proxy until `done(answer)`; returns the milliseconds it took. */
async function within(what, pathAndQuery, done) {
  const started = Date.now();
  for (;;) {
    const answer = await get(pathAndQuery);
    if (done(answer)) {
      const took = Date.now() - started;
      console.log(`  ${what}: visible through the proxy after ${took} ms`);
      assert.ok(took <= BOUND_MS, `${what} took ${took} ms, more than ${BOUND_MS}`);
      return took;
    }
    if (Date.now() - started > BOUND_MS * 3) assert.fail(`${what}: not visible after ${Date.now() - started} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main() {
  if (process.env.DATABASE_CLIENT !== 'postgres') {
    console.error('test:proxy needs two instances on one PostgreSQL: set DATABASE_CLIENT=postgres and the DATABASE_* variables (bash scripts/postgres-for-tests.sh start && source .tmp/postgres.env)');
    process.exit(2);
  }
  require('../../scripts/build-plugins').buildPlugins();
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
  await resetPostgres();

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HOST: '127.0.0.1',
    POOL_RATE_LIMIT: 'false',
    APP_KEYS: process.env.APP_KEYS ?? 'a,b,c,d',
    API_TOKEN_SALT: 'x', ADMIN_JWT_SECRET: 'x', TRANSFER_TOKEN_SALT: 'x', JWT_SECRET: 'x', ENCRYPTION_KEY: 'x',
  };
  // The first instance creates the schema and loads the seed; the second joins the same database.
  const first = startInstance({ ...env, PORT: String(APP_PORTS[0]), SEED_ON_START: 'true' });
  await first.next('ready');
  const second = startInstance({ ...env, PORT: String(APP_PORTS[1]), SEED_ON_START: 'false' });
  await second.next('ready');
  proxyScript('start');

  console.log('public answers are stored by the proxy');
  const formatPath = '/api/participation-formats?filters[slug][$eq]=world-cafe';
  await get(formatPath);
  const again = await get(formatPath);
  assert.equal(again.status, 200, again.text);
  assert.match(again.headers.get('etag') ?? '', /"/);
  assert.equal(again.headers.get('x-cache-status'), 'HIT', 'a repeated public GET is answered from the cache');

  console.log('an edit published on the first instance');
  const summary = `Geändert für den Proxy-Test ${Date.now()}`;
  const finderPath = '/api/format-finder/search?pageSize=50';
  await get(finderPath);
  await first.ask({ type: 'edit-format', slug: 'world-cafe', summary });
  await within('edited format (REST)', formatPath, (answer) => answer.status === 200 && answer.json().data[0]?.summary === summary);
  await within('edited format (finder)', finderPath, (answer) => answer.json().data.find((match) => match.slug === 'world-cafe')?.summary === summary);

  console.log('an opportunity cancelled on the second instance, then unpublished');
  const slug = 'demo-werkstatt-gruene-innenhoefe';
  const opportunityPath = `/api/participation-opportunities/${slug}`;
  const listPath = '/api/participation-opportunities?pageSize=100';
  assert.equal((await get(opportunityPath)).status, 200);
  await get(listPath);
  await second.ask({ type: 'set-opportunity-status', slug, status: 'abgesagt' });
  await within('cancelled opportunity', opportunityPath, (answer) => answer.status === 200 && answer.json().data.currentStatus === 'abgesagt');
  await second.ask({ type: 'unpublish', uid: OPPORTUNITY, slug });
  await within('unpublished opportunity (single)', opportunityPath, (answer) => answer.status === 404);
  await within('unpublished opportunity (list)', listPath, (answer) => answer.status === 200 && !answer.json().data.some((item) => item.slug === slug));

  console.log('a format unpublished on the first instance disappears from the finder');
  await first.ask({ type: 'unpublish', uid: FORMAT, slug: 'world-cafe' });
  await within('unpublished format (finder)', finderPath, (answer) => answer.status === 200 && !answer.json().data.some((match) => match.slug === 'world-cafe'));
  await within('unpublished format (REST)', formatPath, (answer) => answer.status === 200 && answer.json().data.length === 0);

  console.log('personal pages never come from the cache');
  for (const page of ['/api/double-opt-in/my-data?token=proxy-test', '/api/double-opt-in/my-data/request?lang=de', '/api/double-opt-in/confirm?token=proxy-test']) {
    for (let i = 0; i < 3; i++) {
      const answer = await get(page);
      assert.equal(answer.headers.get('cache-control'), 'no-store', page);
      assert.equal(answer.headers.get('etag'), null, page);
      assert.notEqual(answer.headers.get('x-cache-status'), 'HIT', page);
    }
  }
  const withToken = await get(formatPath, { Authorization: 'Bearer not-a-real-token' });
  assert.notEqual(withToken.headers.get('x-cache-status'), 'HIT', 'requests with credentials bypass the cache');

  console.log('test:proxy passed');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
