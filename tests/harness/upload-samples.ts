import { Buffer } from 'buffer';

/** Small, valid files of the kinds the upload tests send (and the attacks they must refuse). */

/** A one-page PDF with the word "Hallo". */
export function samplePdf(): Buffer {
  const stream = 'BT /F1 24 Tf 20 100 Td (Hallo) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 1×1 PNG. */
export const samplePng = (): Buffer => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** What an attacker uploads: a script, and a page and an image that load or carry it. */
/**
 * What an attacker's script does on the app's origin: takes the admin's token (from storage, or a
 * fresh one through the refresh cookie) and asks who it is. It marks the page's title as it goes.
 */
export const HELPER_JS = `(async () => {
  document.title = 'pwned';
  let token = (localStorage.getItem('jwtToken') || sessionStorage.getItem('jwtToken') || '').replace(/"/g, '');
  if (!token) {
    const refreshed = await fetch('/admin/access-token', { method: 'POST', credentials: 'same-origin' });
    token = ((await refreshed.json()).data || {}).token || '';
  }
  const me = await fetch('/admin/users/me', { headers: { Authorization: 'Bearer ' + token } });
  document.title = 'pwned ' + me.status;
  return me.status;
})();
`;
export const PAGE_HTML = '<!doctype html><html><head><title>harmless</title><script src="helper.js"></script><script>document.title = "pwned inline";</script></head><body><p>Bericht</p></body></html>\n';
export const IMAGE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>document.title = "pwned svg";</script><rect width="10" height="10"/></svg>\n';
