'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..', '..');

const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Empties the PostgreSQL database the environment names (DATABASE_NAME): the app starts as on a
 * fresh install. Give these tests a database of their own (scripts/another-city.sh creates one).
 */
async function resetPostgres() {
  const { Client } = require('pg');
  const client = new Client({
    connectionString: process.env.DATABASE_URL,
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    database: process.env.DATABASE_NAME,
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
  });
  await client.connect();
  const schema = process.env.DATABASE_SCHEMA || 'public';
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await client.end();
  }
}

/**
 * Boots the app from this folder (plain JavaScript: appDir is distDir) on a fresh database, with
 * mail going to `smtpPort`, and listens on a free port of 127.0.0.1. Returns the Strapi instance,
 * the base URL (also the plugins' public URL, so links in mails point here) and stop().
 */
async function startApp({ smtpPort }) {
  const secret = () => crypto.randomBytes(16).toString('base64');
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.APP_KEYS ??= [1, 2, 3, 4].map(secret).join(',');
  for (const key of ['ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET']) process.env[key] ??= secret();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  process.env.PORT = String(port);
  process.env.PUBLIC_URL = baseUrl;
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(smtpPort);
  process.env.SMTP_IGNORE_TLS = 'true';
  process.env.MAIL_FROM = 'Beaulieu participe <participer@beaulieu.example>';

  let removeDatabase = () => undefined;
  if (usesPostgres()) {
    await resetPostgres();
  } else {
    const file = path.join(APP_DIR, '.tmp', `smoke-${process.pid}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    removeDatabase = () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    };
    removeDatabase();
    process.env.DATABASE_FILENAME = file;
  }

  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: APP_DIR, distDir: APP_DIR });
  strapi.log.level = process.env.STRAPI_LOG_LEVEL || 'error';
  await strapi.load();
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(port, '127.0.0.1', resolve));

  return {
    strapi,
    baseUrl,
    async stop() {
      await strapi.destroy();
      removeDatabase();
    },
  };
}

module.exports = { APP_DIR, startApp, usesPostgres };
