import { fork, type ChildProcess } from 'child_process';
import { createServer } from 'net';
import path from 'path';
import request from 'supertest';
import { usesPostgres, type TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';

/**
 * Two instances on one PostgreSQL database, each taking half of 300 simultaneous registrations
 * for 30 places: the advisory lock is the database's, so the instances wait for each other.
 * (SQLite is one file for one app process; there the single writer serialises within it.)
 */
const EVENT = 'api::event.event';
let app: TestApp;
let second: ChildProcess | undefined;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const onPostgres = usesPostgres() ? describe : describe.skip;

onPostgres('two instances on one PostgreSQL database', () => {
  let secondUrl = '';

  beforeAll(async () => {
    app = await startHostApp('two-instances');
    const port = await freePort();
    second = fork(path.join(__dirname, '..', 'harness', 'second-instance.js'), [], { env: { ...process.env, PORT: String(port) }, stdio: 'inherit' });
    await new Promise<void>((resolve, reject) => {
      second!.once('message', () => resolve());
      second!.once('exit', (code) => reject(new Error(`the second instance ended with ${code}`)));
    });
    secondUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (second && second.exitCode === null) {
      const ended = new Promise((resolve) => second!.once('exit', resolve));
      second.send('stop');
      await ended;
    }
    await app?.stop();
  });

  it('300 simultaneous registrations for 30 places across both: 30 registered, 270 waitlisted in order', async () => {
    const created = (await app.strapi.documents(EVENT as never).create({ data: { title: 'Workshop', signupMode: 'onsite', seats: 30, queue: true } } as never)) as { documentId: string };
    await app.strapi.documents(EVENT as never).publish({ documentId: created.documentId } as never);
    const event = created.documentId;
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, n) => {
        const body = { event, firstName: `Vorname${n}`, lastName: `Nachname${n}`, email: `two${n}@example.org`, consent: true };
        return (n % 2 === 0 ? request(app.server) : request(secondUrl)).post('/api/registrations/register').send(body);
      }),
    );
    expect(answers.map((answer) => answer.status).filter((status) => status !== 201)).toEqual([]);
    expect(answers.filter((answer) => answer.body.data.state === 'registered')).toHaveLength(30);
    const rows: Array<{ state: string; waitlistPosition: number | null }> = await app.strapi.plugin('registrations').service('registrations').ofEvent(event);
    expect(rows.slice(0, 30).every((row) => row.state === 'registered')).toBe(true);
    expect(rows.slice(30).map((row) => row.waitlistPosition)).toEqual(Array.from({ length: 270 }, (_, index) => index + 1));
  });
});
