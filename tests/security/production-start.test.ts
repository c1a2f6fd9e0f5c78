import { adminToken, appDir, expectAlive, http, instanceUrls, proxyUrl } from './support';

describe('the instances as `npm run start` runs them', () => {
  it('both instances and the proxy answer', async () => {
    for (const base of [...instanceUrls, proxyUrl]) await expectAlive(base);
  });

  it('run in production mode, without reload', async () => {
    for (const base of instanceUrls) {
      const info = await http('GET', '/admin/information', { base, token: adminToken() });
      expect(info.status).toBe(200);
      expect(info.body.data).toEqual(expect.objectContaining({ currentEnvironment: 'production', autoReload: false }));
    }
  });

  it('answer errors without stack traces or server paths', async () => {
    const answers = [
      await http('GET', '/api/participation-formats?filters[nonsense][$eq]=1'),
      await http('GET', '/api/participation-formats/does-not-exist'),
      await http('POST', '/api/double-opt-in/subscribe', { body: '{"firstName":', headers: { 'Content-Type': 'application/json' } }),
      await http('POST', '/graphql', { body: { query: '{ nonsense }' } }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toMatch(/stacktrace|node_modules|at [\w.<>]+ \(/);
      expect(answer.text).not.toContain(appDir);
    }
  });
});
