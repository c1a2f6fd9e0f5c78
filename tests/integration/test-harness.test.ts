import { PARTICIPATION_FORMAT } from '../../src/content-types';
import { startTestApp, type TestApp } from '../harness/strapi';

interface KnexClient {
  pool: { destroy(): Promise<unknown> };
  acquireConnection(): Promise<unknown>;
}

let app: TestApp | undefined;

afterAll(async () => {
  await app?.stop();
});

/** Counts the connections asked for once the pool is being destroyed: none can be served. */
function watchLateAcquires(client: KnexClient): () => number {
  let destroying = false;
  let late = 0;
  const { pool } = client;
  const destroy = pool.destroy.bind(pool);
  pool.destroy = () => {
    destroying = true;
    return destroy();
  };
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () => {
    if (destroying) late += 1;
    return acquire();
  };
  return () => late;
}

describe('the test harness', () => {
  // Strapi emits entry events after the commit without awaiting them, and each reads the entry
  // back. A stop that destroyed the pool under those reads left them waiting for a connection,
  // and their timeout ended the test process after a green run (CI on PostgreSQL).
  it('stops an app only after the entry events of its last writes have read their entries', async () => {
    const started = await startTestApp('test-harness');
    app = started;
    const documents = started.strapi.documents(PARTICIPATION_FORMAT);
    const lateAcquires = watchLateAcquires(started.strapi.db.connection.client as KnexClient);
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, index) => documents.create({ data: { name: `Format ${index}`, slug: `format-${index}`, summary: 'Kurz.' } as never })),
    );
    await documents.publish({ documentId: created[0].documentId });

    await started.stop();
    app = undefined;

    expect(lateAcquires()).toBe(0);
  });
});
