import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { allowedUploadTypes, UPLOAD_TYPES } from '../../src/domain/upload-types';
import { assertSeedFilesAllowed } from '../../src/seed/seed';
import type { ToolkitDocumentSeed } from '../../src/seed/seed-data';

const SEED_DIR = path.join(__dirname, '..', '..', 'database', 'seed');
const documents = JSON.parse(readFileSync(path.join(SEED_DIR, 'toolkit-documents.json'), 'utf8')) as ToolkitDocumentSeed[];

describe('the seed’s toolkit files', () => {
  it('are all there, of an allowed type, declared with that type’s MIME type', () => {
    expect(() => assertSeedFilesAllowed(documents, UPLOAD_TYPES)).not.toThrow();
    for (const doc of documents) {
      expect(existsSync(path.join(SEED_DIR, 'toolkit', doc.file))).toBe(true);
      const type = UPLOAD_TYPES.find((known) => known.extensions.includes(path.extname(doc.file).slice(1)));
      expect([doc.file, type?.mime]).toEqual([doc.file, doc.mime]);
    }
  });

  it('refuse the whole seed, naming the file, when one is of a refused type', () => {
    const withHtml = [...documents, { file: 'praesentationsvorlage.html', mime: 'text/html' }];
    expect(() => assertSeedFilesAllowed(withHtml, UPLOAD_TYPES)).toThrow(
      /^The seed cannot load database\/seed\/toolkit\/praesentationsvorlage\.html: The file "praesentationsvorlage\.html" \(\.html, text\/html\) cannot be uploaded/,
    );
  });

  it('refuse by a narrowed allow-list too, naming every file it refuses', () => {
    expect(() => assertSeedFilesAllowed(documents, allowedUploadTypes('pdf,csv'))).toThrow(/toolkit\/praesentationsvorlage\.md, database\/seed\/toolkit\/moderationsleitfaden-virtuelle-formate\.md, /);
  });

  it('the slide template keeps its ten slides and two extra slides, with placeholders in square brackets', () => {
    const slides = readFileSync(path.join(SEED_DIR, 'toolkit', 'praesentationsvorlage.md'), 'utf8').split(/^---$/m);
    expect(slides).toHaveLength(12);
    const footers = slides.map((slide) => /· ((Zusatz)?[Ff]olie \d+)\*\s*$/.exec(slide)?.[1]);
    expect(footers).toEqual([...Array.from({ length: 10 }, (_, index) => `Folie ${index + 1}`), 'Zusatzfolie 1', 'Zusatzfolie 2']);
    for (const slide of slides) expect(slide).toMatch(/^# .+$/m);
    expect(slides[0]).toMatch(/^<!--[\s\S]*Marp[\s\S]*-->/);
    expect(slides.join('')).toContain('[Name der Stadt]');
  });
});
