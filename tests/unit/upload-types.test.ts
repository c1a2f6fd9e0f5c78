import { allowedUploadTypes, describeUploadTypes, isActiveMimeType, isUploadPath, UPLOAD_SANDBOX_POLICY, UPLOAD_TYPES, uploadRefusal, uploadServingHeaders, uploadTypesForMimes } from '../../src/domain/upload-types';

describe('allowedUploadTypes', () => {
  it('allows every known type without a setting', () => {
    expect(allowedUploadTypes(undefined)).toEqual(UPLOAD_TYPES);
    expect(allowedUploadTypes(' ')).toEqual(UPLOAD_TYPES);
  });

  it('narrows to the listed extensions, with or without a dot, in any case', () => {
    expect(allowedUploadTypes('pdf, .PNG,jpg').map((type) => type.mime)).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
  });

  it.each(['html', 'svg', 'js', 'xml', 'exe'])('refuses to allow %s, naming it and the known types', (extension) => {
    expect(() => allowedUploadTypes(`pdf,${extension}`)).toThrow(new RegExp(`"${extension}" cannot be allowed; known types: pdf, docx, .*csv, md`));
  });
});

describe('uploadRefusal', () => {
  const allowed = allowedUploadTypes('');

  it.each(['Leitfaden.pdf', 'Tabelle.XLSX', 'folien.pptx', 'text.odt', 'foto.JPEG', 'bild.webp', 'ablauf.csv', 'hinweise.md', 'alt.doc'])('accepts %s', (name) => {
    expect(uploadRefusal({ name, declaredType: 'application/octet-stream' }, allowed, 'de')).toBeNull();
  });

  it.each([
    ['helper.js', 'text/javascript'],
    ['page.html', 'text/html'],
    ['image.svg', 'image/svg+xml'],
    ['image.png.html', 'image/png'],
    ['daten.xml', 'application/xml'],
  ])('refuses %s in German, naming the type and the allowed ones', (name, declaredType) => {
    const refusal = uploadRefusal({ name, declaredType }, allowed, 'de');
    expect(refusal).not.toBeNull();
    expect(refusal!.message).toContain(`„${name}“ (.${name.split('.').pop()}, ${declaredType})`);
    expect(refusal!.message).toContain('nicht erlaubt. Erlaubt sind: PDF (.pdf), Word (.docx)');
    expect(refusal!.message).toContain('PNG (.png), JPEG (.jpg, .jpeg)');
    expect(refusal!.allowedExtensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'png', 'csv']));
  });

  it.each([
    ['vorlage.md', 'text/html'],
    ['bild.png', 'image/svg+xml'],
    ['daten.txt', 'Text/HTML; charset=utf-8'],
    ['liste.csv', 'application/xml'],
  ])('refuses %s declared as %s: the declared type is stored and handed on', (name, declaredType) => {
    const refusal = uploadRefusal({ name, declaredType }, allowed, 'de');
    expect(refusal?.message).toContain(`„${name}“ (.${name.split('.').pop()}, ${declaredType}) kann nicht hochgeladen werden: als ${declaredType} angegebene Dateien sind in der Medienbibliothek nicht erlaubt.`);
    expect(uploadRefusal({ name, declaredType }, allowed, 'en')?.message).toContain(`files declared as ${declaredType} are not allowed`);
  });

  it('accepts an allowed file whatever harmless type the browser declares', () => {
    for (const declaredType of [undefined, '', 'text/markdown', 'text/x-markdown', 'application/vnd.ms-excel', 'text/plain; charset=utf-8']) {
      expect(uploadRefusal({ name: 'liste.csv', declaredType }, allowed, 'de')).toBeNull();
    }
  });

  it('refuses a file without extension, in English when asked', () => {
    const refusal = uploadRefusal({ name: 'README' }, allowedUploadTypes('pdf'), 'en');
    expect(refusal!.message).toBe('The file "README" (application/octet-stream) cannot be uploaded: files without an extension are not allowed in the media library. Allowed: PDF (.pdf).');
  });

  it('follows the allow-list Strapi is configured with', () => {
    const onlyImages = uploadTypesForMimes(['image/png', 'image/jpeg']);
    expect(uploadRefusal({ name: 'a.pdf' }, onlyImages, 'de')).not.toBeNull();
    expect(uploadRefusal({ name: 'a.jpg' }, onlyImages, 'de')).toBeNull();
    expect(uploadTypesForMimes(undefined)).toEqual(UPLOAD_TYPES);
  });
});

describe('isActiveMimeType and describeUploadTypes', () => {
  it('knows a type a browser runs, in any case and with parameters', () => {
    expect(['text/html', 'TEXT/HTML ; charset=utf-8', 'image/svg+xml', 'application/javascript'].every(isActiveMimeType)).toBe(true);
    expect([undefined, '', 'text/plain', 'text/markdown', 'image/png'].some(isActiveMimeType)).toBe(false);
  });

  it('lists the allowed types as an editor reads them', () => {
    expect(describeUploadTypes(allowedUploadTypes('pdf,jpg,md'))).toBe('PDF (.pdf), JPEG (.jpg, .jpeg), Markdown (.md)');
  });
});

describe('uploadServingHeaders', () => {
  it.each(['/uploads/foto_ab12.png', '/uploads/foto.JPG', '/uploads/bild.webp', '/uploads/leitfaden_1.pdf'])('%s: shown in place, sandboxed, not sniffed', (path) => {
    expect(uploadServingHeaders(path)).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': UPLOAD_SANDBOX_POLICY });
  });

  it.each(['/uploads/page.html', '/uploads/image.svg', '/uploads/helper.js', '/uploads/ablauf.csv', '/uploads/vorlage.docx', '/uploads/x.png%2ehtml', '/uploads/noextension'])('%s: a sandboxed download', (path) => {
    expect(uploadServingHeaders(path)).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': UPLOAD_SANDBOX_POLICY, 'Content-Disposition': 'attachment' });
  });

  it('the policy is a sandbox without script', () => {
    expect(UPLOAD_SANDBOX_POLICY).toMatch(/^sandbox; default-src 'none';/);
    expect(UPLOAD_SANDBOX_POLICY).not.toMatch(/script-src|allow-scripts/);
  });
});

describe('isUploadPath', () => {
  it.each(['/uploads/a.html', '/UPLOADS/a.html', '/site/../uploads/a.html', '/site/..%2Fuploads/a.html', '/site/%2e%2e/uploads/a.svg', '/x/..%5Cuploads/a.html'])('%s is in the upload folder', (path) => {
    expect(isUploadPath(path)).toBe(true);
  });

  it.each(['/site/app.js', '/uploadsx/a', '/api/upload', '/upload/files', '/'])('%s is not', (path) => {
    expect(isUploadPath(path)).toBe(false);
  });
});
