/**
 * The pool's per-IP sign-up limit counts by the client's address. Behind the documented nginx the
 * client must not be able to choose that address with X-Forwarded-For (or X-Real-IP, Forwarded):
 * nginx writes the address it saw, and the app trusts only the last hop, so even a proxy that
 * appends cannot hand the limit out. Each "client" here is its own loopback source address
 * (127.0.0.x), so its sign-ups fill a bucket no other test shares.
 */
import { request as httpRequest } from 'http';
import { randomBytes } from 'crypto';
import { adminToken, createAdminUser, http, instanceUrls, proxyUrl } from './support';

const PER_IP_LIMIT = 30;

interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request from a given local address (fetch cannot choose it). */
function send(base: string, method: string, path: string, options: { from?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Sent> {
  const url = new URL(path, base);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: options.from,
        agent: false,
        headers: { ...(body ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const run = randomBytes(3).toString('hex');
const signup = (n: number, who: string) => ({ firstName: 'Rate', lastName: `Limit ${n}`, email: `rate-${who}-${run}-${n}@example.org`, consent: true });

async function signUps(count: number, base: string, who: string, options: (n: number) => { from?: string; headers?: Record<string, string> }): Promise<number[]> {
  const statuses: number[] = [];
  // One after the other: the limit is what is tested, not the instances under a burst.
  for (let n = 1; n <= count; n += 1) {
    const res = await send(base, 'POST', '/api/double-opt-in/subscribe', { ...options(n), body: signup(n, who) });
    statuses.push(res.status);
  }
  return statuses;
}

const expectLimitedAfter = (statuses: number[], limit: number) => {
  expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(202));
  expect(statuses.slice(limit)).toEqual(Array(statuses.length - limit).fill(429));
};

describe('the proxy does not hand out the sign-up limit', () => {
  it('60 sign-ups through nginx, each with another spoofed X-Forwarded-For, X-Real-IP and Forwarded, are limited as one client', async () => {
    const statuses = await signUps(60, proxyUrl, 'spoofed', (n) => ({
      from: '127.0.0.31',
      headers: { 'X-Forwarded-For': `203.0.113.${n}`, 'X-Real-IP': `203.0.113.${n}`, Forwarded: `for=203.0.113.${n}` },
    }));
    expectLimitedAfter(statuses, PER_IP_LIMIT);
  });

  it('while another client through the same nginx still signs up', async () => {
    expect(await signUps(2, proxyUrl, 'other', () => ({ from: '127.0.0.32' }))).toEqual([202, 202]);
  });

  it('an instance behind a proxy that appends trusts only the last address, the proxy\'s own', async () => {
    // What nginx with $proxy_add_x_forwarded_for would send: the client's words, then its address.
    const statuses = await signUps(PER_IP_LIMIT + 3, instanceUrls[0], 'appended', (n) => ({ headers: { 'X-Forwarded-For': `203.0.113.${n}, 192.0.2.77` } }));
    expectLimitedAfter(statuses, PER_IP_LIMIT);
  });

  it('nginx overwrites X-Forwarded-Proto: a client cannot claim https (the admin cookie would be marked Secure)', async () => {
    // Strapi marks the admin's cookie Secure for https requests in production only.
    const info = await http('GET', '/admin/information', { base: instanceUrls[1], token: adminToken() });
    expect({ currentEnvironment: info.body.data?.currentEnvironment, needs: 'npm run start in production (production-start.test.ts)' }).toEqual({ currentEnvironment: 'production', needs: expect.any(String) });
    const user = await createAdminUser('strapi-author');
    const login = (base: string) =>
      send(base, 'POST', '/admin/login', { headers: { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.example' }, body: { email: user.email, password: user.password } });
    const cookies = (res: Sent) => [res.headers['set-cookie'] ?? []].flat();

    const throughProxy = await login(proxyUrl);
    expect(throughProxy.status).toBe(200);
    expect(cookies(throughProxy).length).toBeGreaterThan(0);
    for (const cookie of cookies(throughProxy)) expect(cookie).not.toMatch(/;\s*secure/i);

    // The instance does believe its proxy (BEHIND_PROXY): the same header straight to it is taken.
    const direct = await login(instanceUrls[1]);
    expect(direct.status).toBe(200);
    expect(cookies(direct).some((cookie) => /;\s*secure/i.test(cookie))).toBe(true);
  });
});
