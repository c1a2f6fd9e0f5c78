/**
 * What the security tests share: the addresses tests/security/run.js started, the super admin it
 * created, admin users of any role, GraphQL, `/_health` timing and the mails the SMTP sink kept.
 * Every request goes over HTTP to instances started with `npm run start`, as an outsider's would.
 */
import { randomBytes } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { simpleParser, type ParsedMail } from 'mailparser';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the security tests with \`npm run test:security\``);
  return value;
}

export const proxyUrl = required('SECURITY_PROXY_URL');
export const instanceUrls = required('SECURITY_INSTANCE_URLS').split(/\s+/);
export const appDir = required('SECURITY_APP_DIR');
export const superAdmin = { email: required('SECURITY_ADMIN_EMAIL'), password: required('SECURITY_ADMIN_PASSWORD') };

/**
 * The instances trust the proxy's `X-Forwarded-For` (BEHIND_PROXY); a test that talks to an
 * instance directly may say which client it is, so that the rate limits of different tests do not
 * share one bucket. Through the proxy the header is the proxy's to set.
 */
export const asClient = (n: number): Record<string, string> => ({ 'X-Forwarded-For': `198.51.100.${n}` });

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
  ms: number;
}

export interface RequestOptions {
  base?: string;
  token?: string;
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

/** One HTTP request; JSON bodies are sent and read as JSON, anything else is left as text. */
export async function http<T = any>(method: string, pathAndQuery: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const started = performance.now();
  const res = await fetch((options.base ?? proxyUrl) + pathAndQuery, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  const ms = performance.now() - started;
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      // left as text
    }
  }
  return { status: res.status, headers: res.headers, text, body: parsed as T, ms };
}

/** The super admin's token (the runner logged in once: the admin login is rate-limited per address). */
export const adminToken = (): string => required('SECURITY_ADMIN_TOKEN');

export interface AdminUser {
  email: string;
  password: string;
  token: string;
}

/** A new admin user with one role (by code: strapi-editor, strapi-author, or the app's own roles), registered as an invited user would. */
export async function createAdminUser(roleCode: string): Promise<AdminUser> {
  const token = adminToken();
  const roles = await http<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles', { token });
  const role = roles.body.data.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`no admin role with code ${roleCode} (have ${roles.body.data.map((candidate) => candidate.code).join(', ')})`);
  const suffix = randomBytes(4).toString('hex');
  const email = `${roleCode}-${suffix}@example.org`;
  const created = await http<{ data: { registrationToken: string } }>('POST', '/admin/users', {
    token,
    body: { firstname: 'Test', lastname: roleCode, email, roles: [role.id] },
  });
  if (created.status !== 201) throw new Error(`creating ${email} answered ${created.status}: ${created.text}`);
  const password = `Pruefung-${suffix}-A1`;
  const registered = await http<{ data: { token: string } }>('POST', '/admin/register', {
    body: { registrationToken: created.body.data.registrationToken, userInfo: { firstname: 'Test', lastname: roleCode, password } },
  });
  if (registered.status !== 200) throw new Error(`registering ${email} answered ${registered.status}: ${registered.text}`);
  return { email, password, token: registered.body.data.token };
}

export interface GraphqlBody {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export function graphql(query: string, variables: Record<string, unknown> = {}, base = proxyUrl, token?: string): Promise<Answer<GraphqlBody>> {
  return http<GraphqlBody>('POST', '/graphql', { base, token, body: { query, variables } });
}

export interface HealthDuring<T> {
  result: T;
  samples: number[];
  p99Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

/**
 * Runs `work` while asking `${base}/_health` every 50 ms, each ask on its own (a stalled instance
 * makes them pile up rather than ask less often). A request that never answers counts with the time
 * it had waited when the work ended.
 */
export async function healthDuring<T>(base: string, work: () => Promise<T>, intervalMs = 50): Promise<HealthDuring<T>> {
  const samples: number[] = [];
  const pending = new Set<Promise<void>>();
  const ask = () => {
    const started = performance.now();
    const probe = fetch(`${base}/_health`, { signal: AbortSignal.timeout(30_000) })
      .then(async (res) => {
        await res.arrayBuffer();
        if (res.status >= 400) throw new Error(`/_health answered ${res.status}`);
      })
      .catch(() => undefined)
      .finally(() => {
        samples.push(performance.now() - started);
        pending.delete(probe);
      });
    pending.add(probe);
  };
  ask();
  const timer = setInterval(ask, intervalMs);
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(timer);
  }
  await Promise.all(pending);
  const sorted = [...samples].sort((a, b) => a - b);
  return { result, samples, p99Ms: percentile(sorted, 99), maxMs: sorted[sorted.length - 1] ?? 0 };
}

/** The instance still answers, quickly. */
export async function expectAlive(base: string): Promise<void> {
  const res = await fetch(`${base}/_health`, { signal: AbortSignal.timeout(5_000) });
  if (res.status >= 400) throw new Error(`${base}/_health answered ${res.status}`);
}

/** Every mail the SMTP sink has received so far, oldest first. */
export async function receivedMails(): Promise<ParsedMail[]> {
  const dir = required('SECURITY_MAIL_DIR');
  const files = readdirSync(dir).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(files.map((name) => simpleParser(readFileSync(path.join(dir, name)))));
}

/** Waits until the sink holds a mail that `match` accepts. */
export async function waitForMail(match: (mail: ParsedMail) => boolean, timeoutMs = 20_000): Promise<ParsedMail> {
  const started = Date.now();
  for (;;) {
    const found = (await receivedMails()).find(match);
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`no matching mail within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
