/**
 * Abuse of the pool and of the framework's end-user accounts, against the production start:
 * names with links (spam through the confirmation mail), the users-permissions sign-up, and a
 * 100,000-row import that must not stall the instance it runs on.
 */
import { adminToken, healthDuring, http, instanceUrls, receivedMails } from './support';

jest.setTimeout(900_000);

const signup = (overrides: Record<string, string | boolean>) => ({
  firstName: 'Erika',
  lastName: 'Mustermann',
  email: `abuse-${Math.random().toString(36).slice(2)}@example.org`,
  consent: true,
  ...overrides,
});

describe('sign-up names with links or mail addresses', () => {
  it.each([
    ['firstName', 'https://gewinn.example/jetzt'],
    ['lastName', 'www.gewinn.de'],
    ['lastName', 'Klicken Sie bit.ly/3abc'],
    ['firstName', 'info@gewinn.de'],
  ])('refuses %s %j as JSON with a 400 naming the field, in German', async (field, value) => {
    const body = signup({ [field]: value });
    const res = await http('POST', '/api/double-opt-in/subscribe', { body });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual([field]);
    expect(res.body.error.message).toMatch(new RegExp(`^${field}: Der (Vor|Nach)name darf keine Internetadresse`));
    expect((await receivedMails()).some((mail) => mail.text?.includes(value))).toBe(false);
  });

  it('refuses them through the HTML form with the problem at the field', async () => {
    const body = signup({ lastName: 'gewinn.com/x' });
    const res = await http('POST', '/api/double-opt-in/subscribe', { form: { ...body, consent: 'on' } as Record<string, string> });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Der Nachname darf keine Internetadresse und keine E-Mail-Adresse enthalten.');
  });

  it('takes real names', async () => {
    const res = await http('POST', '/api/double-opt-in/subscribe', { body: signup({ firstName: 'J. R. R.', lastName: "O'Brien-Müßig" }) });
    expect(res.status).toBe(202);
  });
});

describe('end-user accounts of users-permissions', () => {
  it('are not handed out: the sign-up and the password mail are refused', async () => {
    const register = await http('POST', '/api/auth/local/register', { body: { username: 'spam', email: 'opfer@example.org', password: 'Passwort-123456' } });
    expect(register.status).toBeGreaterThanOrEqual(400);
    expect(register.status).toBeLessThan(500);
    const forgot = await http('POST', '/api/auth/forgot-password', { body: { email: 'opfer@example.org' } });
    expect(forgot.status).toBeGreaterThanOrEqual(400);
    expect(forgot.status).toBeLessThan(500);
    const connect = await http('GET', '/api/connect/github');
    expect(connect.status).toBeGreaterThanOrEqual(400);
    expect(connect.status).toBeLessThan(500);
  });
});

describe('a 100,000-row import (about 2.5 MB)', () => {
  const ROWS = 100_000;

  /** Every third row with evidence, every 50th a duplicate of the row before, every 97th a link as a name. */
  function list(): Buffer {
    const lines = ['Vorname;Nachname;E-Mail;Einwilligung vom;Nachweis'];
    for (let i = 1; i <= ROWS; i++) {
      const address = `s${i % 50 === 0 ? i - 1 : i}@ex.de`;
      const lastName = i % 97 === 0 ? 'gewinn.de/x' : 'M';
      lines.push(i % 3 === 0 ? `E;${lastName};${address};1.2.2025;A` : `E;${lastName};${address};;`);
    }
    return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
  }

  function expected() {
    const counts = { imported: 0, unchanged: 0, noProof: 0, refused: 0 };
    for (let i = 1; i <= ROWS; i++) {
      if (i % 50 === 0 || i % 97 === 0) counts.refused += 1;
      else if (i % 3 === 0) counts.imported += 1;
      else counts.noProof += 1;
    }
    return counts;
  }

  it('keeps the instance answering /_health (p99 under 1 s) and gives the counts', async () => {
    const file = list();
    const base = instanceUrls[0];
    const upload = (query: string) =>
      fetch(`${base}/double-opt-in/import${query}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminToken()}`, 'Content-Type': 'application/octet-stream' },
        body: new Uint8Array(file),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as { counts: Record<string, number>; rows: unknown[] } }));

    const dryRun = await healthDuring(base, () => upload('?dryRun=true'));
    console.log(`dry run, ${ROWS} rows (${(file.length / 1e6).toFixed(1)} MB): /_health p99 ${Math.round(dryRun.p99Ms)} ms, max ${Math.round(dryRun.maxMs)} ms, ${dryRun.samples.length} samples`);
    expect(dryRun.result.status).toBe(200);
    expect(dryRun.result.body.counts).toEqual(expected());
    expect(dryRun.p99Ms).toBeLessThan(1000);

    const started = Date.now();
    const run = await healthDuring(base, () => upload(''));
    console.log(`import, ${ROWS} rows: ${Date.now() - started} ms; /_health p99 ${Math.round(run.p99Ms)} ms, max ${Math.round(run.maxMs)} ms, ${run.samples.length} samples`);
    expect(run.result.status).toBe(200);
    expect(run.result.body.counts).toEqual(expected());
    expect(run.result.body.rows).toHaveLength(ROWS);
    expect(run.p99Ms).toBeLessThan(1000);
  });
});
