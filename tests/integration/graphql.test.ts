import request from 'supertest';
import { PARTICIPATION_FORMAT } from '../../src/content-types';
import { runSeed } from '../../src/seed';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('graphql');
  await runSeed(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const res = await request(app.server).post('/graphql').send({ query, variables }).expect(200);
  return res.body as { data?: Record<string, any>; errors?: Array<{ message: string; extensions: { code: string } }> };
}

describe('GraphQL read access for the public', () => {
  it('serves the same formats, toolkit documents and municipalities as REST', async () => {
    const { data, errors } = await graphql(`{
      participationFormats_connection(pagination: { pageSize: 100 }) { pageInfo { total } nodes { slug } }
      toolkitDocuments { slug title files { url mime } }
      pilotMunicipalities(sort: "name:asc") { name federalState }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.participationFormats_connection.pageInfo.total).toBe(46);
    expect(data!.toolkitDocuments).toHaveLength(4);
    expect(data!.toolkitDocuments.every((doc: { files: unknown[] }) => doc.files.length === 1)).toBe(true);
    expect(data!.pilotMunicipalities.map((place: { name: string }) => place.name)).toEqual([
      'Castrop-Rauxel',
      'Coburg',
      'Dortmund',
      'Oestrich-Winkel',
      'Pforzheim',
      'Schwelm',
    ]);

    const rest = await request(app.server).get('/api/participation-formats').query({ 'pagination[pageSize]': 100, sort: 'slug' });
    const gql = await graphql('{ participationFormats(pagination: { pageSize: 100 }, sort: "slug") { documentId } }');
    expect(gql.data!.participationFormats.map((format: { documentId: string }) => format.documentId)).toEqual(
      rest.body.data.map((format: { documentId: string }) => format.documentId),
    );
  });

  it('answers in English with locale "en" and with relations', async () => {
    const { data, errors } = await graphql(
      `query ($slug: String!) {
        participationFormats(locale: "en", filters: { slug: { eq: $slug } }) {
          name locale modes goals pilotMunicipalities { name } toolkitDocuments { title }
        }
      }`,
      { slug: 'digitaler-buergerdialog' },
    );
    expect(errors).toBeUndefined();
    expect(data!.participationFormats).toEqual([
      expect.objectContaining({ locale: 'en', name: "Digital citizens' dialogue (Bertelsmann format)", modes: ['online'] }),
    ]);
    expect(data!.participationFormats[0].pilotMunicipalities).toHaveLength(6);
    expect(data!.participationFormats[0].toolkitDocuments).toHaveLength(4);
  });

  it('hides drafts and refuses to list them', async () => {
    await app.strapi.documents(PARTICIPATION_FORMAT).create({ data: { name: 'Geheimer Entwurf' } } as never);
    const listed = await graphql('{ participationFormats(filters: { name: { eq: "Geheimer Entwurf" } }) { name } }');
    expect(listed.data!.participationFormats).toEqual([]);

    const asked = await graphql('{ participationFormats(status: DRAFT, filters: { name: { eq: "Geheimer Entwurf" } }) { name } }');
    expect(asked.data).toBeNull();
    expect(asked.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(asked.errors![0].message).toMatch(/status/);
  });

  it('rejects bad pagination with a message naming the field', async () => {
    const { errors } = await graphql('{ pilotMunicipalities(pagination: { page: 0, pageSize: 500 }) { name } }');
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/pagination\[page\] must be at least 1/);
    expect(errors![0].message).toMatch(/pagination\[pageSize\] must be at most 100/);
  });

  it.each([
    ['createParticipationFormat(data: { name: "x" })'],
    ['createToolkitDocument(data: { title: "x", kind: checkliste })'],
    ['createPilotMunicipality(data: { name: "x" })'],
  ])('forbids the mutation %s', async (mutation) => {
    const { errors } = await graphql(`mutation { ${mutation} { documentId } }`);
    expect(errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('forbids updating and deleting', async () => {
    const { data } = await graphql('{ pilotMunicipalities(filters: { slug: { eq: "dortmund" } }) { documentId } }');
    const documentId = data!.pilotMunicipalities[0].documentId;
    const updated = await graphql(`mutation { updatePilotMunicipality(documentId: "${documentId}", data: { name: "x" }) { name } }`);
    expect(updated.errors![0].extensions.code).toBe('FORBIDDEN');
    const deleted = await graphql(`mutation { deletePilotMunicipality(documentId: "${documentId}") { documentId } }`);
    expect(deleted.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
