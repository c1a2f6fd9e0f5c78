#!/usr/bin/env node
// Creates `.env` with fresh secrets on a new machine, and adds any secret an older `.env` lacks.
// Existing values are never changed: rotating them would log out editors and break tokens.
'use strict';
const { randomBytes } = require('crypto');
const { existsSync, readFileSync, writeFileSync } = require('fs');
const path = require('path');

const file = path.join(__dirname, '..', '.env');
const secret = () => randomBytes(16).toString('base64');

const defaults = {
  HOST: () => '0.0.0.0',
  PORT: () => '1337',
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  DATABASE_CLIENT: () => 'sqlite',
  DATABASE_FILENAME: () => '.tmp/data.db',
  STRAPI_TELEMETRY_DISABLED: () => 'true',
};

const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
const present = new Set(
  current
    .split('\n')
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=/))
    .filter(Boolean)
    .map((match) => match[1]),
);
const missing = Object.keys(defaults).filter((name) => !present.has(name));
if (missing.length === 0) {
  console.log('.env is complete');
} else {
  const lines = missing.map((name) => `${name}=${defaults[name]()}`);
  const prefix = current && !current.endsWith('\n') ? '\n' : '';
  writeFileSync(file, current + prefix + lines.join('\n') + '\n', { mode: 0o600 });
  console.log(`.env: added ${missing.join(', ')}`);
}
