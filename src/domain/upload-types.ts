import path from 'path';

/**
 * Which files the media library accepts, and how files under /uploads/ are served.
 *
 * An upload is served from the app's own origin, so anything a browser would run there (HTML,
 * SVG, JavaScript, XML) runs with the rights of whoever opens it — a super admin included. The
 * toolkit needs documents, spreadsheets, slides, images and plain text; nothing else is known
 * here, so a city can narrow the list (UPLOAD_ALLOWED_TYPES) but never name an active type.
 */

export interface UploadType {
  /** What an editor recognises, in the refusal. */
  label: string;
  mime: string;
  extensions: readonly string[];
}

export const UPLOAD_TYPES: readonly UploadType[] = [
  { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'] },
  { label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { label: 'Word 97–2003', mime: 'application/msword', extensions: ['doc'] },
  { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { label: 'Excel 97–2003', mime: 'application/vnd.ms-excel', extensions: ['xls'] },
  { label: 'PowerPoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  { label: 'PowerPoint 97–2003', mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  { label: 'OpenDocument Text', mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  { label: 'OpenDocument Tabelle', mime: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  { label: 'OpenDocument Präsentation', mime: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
  { label: 'PNG', mime: 'image/png', extensions: ['png'] },
  { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { label: 'GIF', mime: 'image/gif', extensions: ['gif'] },
  { label: 'WebP', mime: 'image/webp', extensions: ['webp'] },
  { label: 'Text', mime: 'text/plain', extensions: ['txt'] },
  { label: 'CSV', mime: 'text/csv', extensions: ['csv'] },
  // The toolkit's guides are Markdown; as text they cannot run (served as attachment, see below).
  { label: 'Markdown', mime: 'text/markdown', extensions: ['md'] },
];

/** Types a browser may show in place: an image cannot run script, a PDF viewer keeps its script away from the origin. */
const SHOWN_IN_PLACE = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'pdf']);

/** Refused by Strapi's own check too (deniedTypes), whatever the allow-list says: they run in a browser. */
export const ACTIVE_MIME_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/xml',
  'application/xml',
  'text/xsl',
  'application/x-shockwave-flash',
];

export const extensionOf = (fileName: string): string => {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

/**
 * The allowed types from a comma-separated list of extensions (UPLOAD_ALLOWED_TYPES), all known
 * ones when it is empty. An extension that is not known throws, naming it and the known ones: a
 * city that wants another type adds it to UPLOAD_TYPES with thought, not by a setting.
 */
export function allowedUploadTypes(list: string | undefined): UploadType[] {
  const wanted = (list ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase().replace(/^\./, ''))
    .filter(Boolean);
  if (wanted.length === 0) return [...UPLOAD_TYPES];
  const known = UPLOAD_TYPES.flatMap((type) => type.extensions);
  const unknown = wanted.filter((extension) => !known.includes(extension));
  if (unknown.length > 0) {
    throw new Error(`UPLOAD_ALLOWED_TYPES: ${unknown.map((extension) => `"${extension}"`).join(', ')} cannot be allowed; known types: ${known.join(', ')}`);
  }
  return UPLOAD_TYPES.filter((type) => type.extensions.some((extension) => wanted.includes(extension)));
}

/** The allowed types from the MIME types in Strapi's upload config (`security.allowedTypes`). */
export const uploadTypesForMimes = (mimes: readonly string[] | undefined): UploadType[] =>
  mimes === undefined ? [...UPLOAD_TYPES] : UPLOAD_TYPES.filter((type) => mimes.includes(type.mime));

export interface UploadRefusal {
  fileName: string;
  /** The extension as given ('' when there is none). */
  extension: string;
  declaredType: string;
  allowedExtensions: string[];
  message: string;
}

export type RefusalLanguage = 'de' | 'en';

/** The MIME type without parameters, in lower case: `Text/HTML; charset=utf-8` is `text/html`. */
const mimeEssence = (mime: string): string => mime.split(';')[0].trim().toLowerCase();

/** Whether a declared MIME type is one a browser would run, whatever the file's name says. */
export const isActiveMimeType = (mime: string | undefined): boolean => Boolean(mime) && ACTIVE_MIME_TYPES.includes(mimeEssence(mime!));

/** The allowed types as an editor reads them: "PDF (.pdf), JPEG (.jpg, .jpeg), …". */
export const describeUploadTypes = (allowed: readonly UploadType[]): string =>
  allowed.map((type) => `${type.label} (${type.extensions.map((ext) => `.${ext}`).join(', ')})`).join(', ');

/**
 * The one check every path that writes a file into the media library makes (the upload routes,
 * the seed, the content-bundle import). Null when the file's extension is one of the allowed
 * types and its declared type is not one a browser runs; else why not, in the editor's language.
 * The extension decides how the file is served (uploadServingHeaders); the declared type is what
 * the library stores and the API hands on, so `vorlage.md` declared as text/html is refused too.
 */
export function uploadRefusal(file: { name: string; declaredType?: string }, allowed: readonly UploadType[], language: RefusalLanguage): UploadRefusal | null {
  const extension = extensionOf(file.name);
  const activeDeclared = isActiveMimeType(file.declaredType);
  if (extension && !activeDeclared && allowed.some((type) => type.extensions.includes(extension))) return null;
  const allowedExtensions = allowed.flatMap((type) => type.extensions);
  const declaredType = file.declaredType || 'application/octet-stream';
  const list = describeUploadTypes(allowed);
  const what = extension ? `.${extension}, ${declaredType}` : declaredType;
  const reason = {
    en: activeDeclared ? `files declared as ${declaredType}` : extension ? 'files of this type' : 'files without an extension',
    de: activeDeclared ? `als ${declaredType} angegebene Dateien` : extension ? 'Dateien dieses Typs' : 'Dateien ohne Endung',
  };
  const message =
    language === 'en'
      ? `The file "${file.name}" (${what}) cannot be uploaded: ${reason.en} are not allowed in the media library. Allowed: ${list}.`
      : `Die Datei „${file.name}“ (${what}) kann nicht hochgeladen werden: ${reason.de} sind in der Medienbibliothek nicht erlaubt. Erlaubt sind: ${list}.`;
  return { fileName: file.name, extension, declaredType, allowedExtensions, message };
}

// Chromium's PDF viewer still opens under it (an extension frame, not a plugin of the document);
// the inline style is what a browser's own image and text views use.
export const UPLOAD_SANDBOX_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

/**
 * The headers of a file served from /uploads/, by its extension: never sniffed, always a
 * sandboxed document without script or plugins (an image opened on its own still shows), and
 * everything but images and PDF is a download, so a browser never renders HTML or SVG from the
 * app's origin, even one an older version left in the folder.
 */
export function uploadServingHeaders(requestPath: string): Record<string, string> {
  const extension = extensionOf(safeDecode(requestPath));
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': UPLOAD_SANDBOX_POLICY,
  };
  if (!SHOWN_IN_PLACE.has(extension)) headers['Content-Disposition'] = 'attachment';
  return headers;
}

/**
 * Whether a request path names a file in the upload folder as the static server resolves it:
 * decoded once and normalised, so `/site/..%2Fuploads/x.html` counts too.
 */
export function isUploadPath(requestPath: string): boolean {
  const resolved = path.posix.normalize(safeDecode(requestPath).replace(/\\/g, '/'));
  return resolved.toLowerCase().startsWith('/uploads/');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
