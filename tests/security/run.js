'use strict';
// The security suite (npm run test:security): two instances started as the README starts the app
// (`npm run start`, production, heap bounded) on one PostgreSQL behind the real nginx of
// deploy/nginx/mitwirken.conf, an SMTP server that keeps every mail as a file, and the first super
// admin — then jest's `security` project attacks them as an outsider would.
// Needs DATABASE_CLIENT=postgres and the DATABASE_* variables (scripts/postgres-for-tests.sh writes
// them). Ports from SECURITY_PORT_BASE (default 54390): the proxy on the base, the instances on base+1
// and base+2, SMTP on base+3. Extra arguments go to jest before its options (e.g. a test file's path).
const { spawn, spawnSync, execFileSync } = require('child_process');
const { randomBytes } = require('crypto');
const fs = require('fs');
const { Buffer } = require('buffer');
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..');
const base = Number(process.env.SECURITY_PORT_BASE ?? 54390);
const ports = { proxy: base, instances: [base + 1, base + 2], smtp: base + 3 };
const proxyUrl = `http://127.0.0.1:${ports.proxy}`;
const instanceUrls = ports.instances.map((port) => `http://127.0.0.1:${port}`);
const workDir = path.join(appDir, '.tmp', `security-${base}`);
const mailDir = path.join(workDir, 'mail');
const proxyDir = `/tmp/mitwirken-security-nginx-${base}`;
const BOOT_TIMEOUT_MS = 300_000;

const instances = [];
const proxyScript = (command) =>
  execFileSync('bash', [path.join(appDir, 'scripts', 'proxy-for-tests.sh'), command], {
    cwd: appDir,
    env: { ...process.env, PROXY_PORT: String(ports.proxy), APP_PORTS: ports.instances.join(' '), PROXY_DIR: proxyDir },
    stdio: 'inherit',
  });

let stopped = false;
function stopEverything() {
  if (stopped) return;
  stopped = true;
  for (const child of instances) {
    // npm starts strapi in a child of its own: the whole process group goes.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  try {
    proxyScript('stop');
  } catch {
    // not started
  }
}
process.on('exit', stopEverything);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function step(what) {
  console.log(`\n== security: ${what}`);
}

async function resetPostgres() {
  const { Client } = require('pg');
  const client = new Client({ host: process.env.DATABASE_HOST, port: Number(process.env.DATABASE_PORT), database: process.env.DATABASE_NAME, user: process.env.DATABASE_USERNAME, password: process.env.DATABASE_PASSWORD });
  await client.connect();
  const schema = process.env.DATABASE_SCHEMA ?? 'public';
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
}

/** An SMTP server that accepts everything and keeps each mail as one .eml file. */
async function startMailSink() {
  const { SMTPServer } = require('smtp-server');
  fs.rmSync(mailDir, { recursive: true, force: true });
  fs.mkdirSync(mailDir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        count += 1;
        fs.writeFileSync(path.join(mailDir, `${String(count).padStart(6, '0')}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(ports.smtp, '127.0.0.1', resolve);
  });
  server.on('error', () => undefined);
  return server;
}

function tail(file, lines = 60) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitForHealth(url, child, logFile) {
  const started = Date.now();
  while (Date.now() - started < BOOT_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`instance ${url} exited with ${child.exitCode}:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204 || res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance ${url} did not answer /_health within ${BOOT_TIMEOUT_MS} ms:\n${tail(logFile)}`);
}

/** One instance exactly as the README starts the app: `npm run start`, nothing else set but its environment. */
async function startInstance(index, secrets) {
  const port = ports.instances[index];
  const logFile = path.join(workDir, `instance-${index + 1}.log`);
  const env = {
    ...process.env,
    ...secrets,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: proxyUrl,
    BEHIND_PROXY: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(ports.smtp),
    SMTP_POOL: 'false',
    MAIL_FROM: 'Stadt Beispiel <beteiligung@example.org>',
    SEED_ON_START: 'true',
  };
  // The start command alone decides the mode: the suite must not run on one the README's start does not set.
  delete env.NODE_ENV;
  const out = fs.openSync(logFile, 'w');
  const child = spawn('npm', ['run', 'start', '--silent'], { cwd: appDir, env, stdio: ['ignore', out, out], detached: true });
  instances.push(child);
  const took = await waitForHealth(instanceUrls[index], child, logFile);
  console.log(`  instance ${index + 1} on ${instanceUrls[index]} answered /_health after ${Math.round(took / 1000)} s (log: ${path.relative(appDir, logFile)})`);
  return { child, logFile };
}

async function createSuperAdmin() {
  const credentials = { email: 'sicherheit@example.org', password: `Sicher-${randomBytes(6).toString('hex')}-A1`, firstname: 'Sina', lastname: 'Sicher' };
  const res = await fetch(`${proxyUrl}/admin/register-admin`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credentials) });
  const body = await res.json();
  if (res.status !== 200 && res.status !== 201) throw new Error(`register-admin answered ${res.status}: ${JSON.stringify(body)}`);
  return { ...credentials, token: body.data.token };
}

async function main() {
  if (process.env.DATABASE_CLIENT !== 'postgres') {
    console.error('test:security needs PostgreSQL: bash scripts/postgres-for-tests.sh start && source .tmp/postgres.env');
    process.exit(2);
  }
  fs.mkdirSync(workDir, { recursive: true });

  // Both instances share the secrets, as two instances of one city do: a session is valid on either.
  const secrets = {
    APP_KEYS: [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(','),
    ...Object.fromEntries(['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'].map((key) => [key, randomBytes(16).toString('base64')])),
  };

  step('build (plugins, server, admin panel) as `npm run up` does');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: appDir, stdio: 'inherit', env: { ...process.env, ...secrets, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error('npm run build failed');

  step('fresh PostgreSQL schema, SMTP sink');
  await resetPostgres();
  const sink = await startMailSink();

  step('two instances with `npm run start`, then nginx');
  // The first start migrates and seeds; the second finds both done.
  await startInstance(0, secrets);
  await startInstance(1, secrets);
  proxyScript('start');

  step('first super admin');
  const admin = await createSuperAdmin();

  step('jest project "security"');
  const jest = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2), '--runInBand', '--selectProjects', 'security'], {
    cwd: appDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      SECURITY_PROXY_URL: proxyUrl,
      SECURITY_INSTANCE_URLS: instanceUrls.join(' '),
      SECURITY_ADMIN_EMAIL: admin.email,
      SECURITY_ADMIN_PASSWORD: admin.password,
      SECURITY_ADMIN_TOKEN: admin.token,
      SECURITY_MAIL_DIR: mailDir,
      SECURITY_APP_DIR: appDir,
    },
  });
  const code = await new Promise((resolve) => jest.on('exit', (exitCode) => resolve(exitCode ?? 1)));

  // An instance that died during the suite is a failure even if every test passed.
  const dead = instances.map((child, index) => ({ child, index })).filter(({ child }) => child.exitCode !== null);
  for (const { child, index } of dead) console.error(`instance ${index + 1} exited with ${child.exitCode} during the suite:\n${tail(path.join(workDir, `instance-${index + 1}.log`))}`);
  if (code !== 0) for (const index of [0, 1]) console.error(`\n-- last lines of instance ${index + 1}:\n${tail(path.join(workDir, `instance-${index + 1}.log`), 30)}`);
  await new Promise((resolve) => sink.close(resolve));
  stopEverything();
  process.exit(code !== 0 ? code : dead.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  stopEverything();
  process.exit(1);
});
