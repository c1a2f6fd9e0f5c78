import { createHash } from 'crypto';
import { readFileSync, readdirSync, statSync } from 'fs';
import path from 'path';
import { SITE_ASSETS } from './page-shell';

interface Known {
  mtimeMs: number;
  size: number;
  hash: string;
}

const hashOf = (content: Buffer | string) => createHash('sha256').update(content).digest('base64url').slice(0, 16);

/** The app's code that shapes public answers (compiled, next to this file): a deploy changes it. */
const CODE_DIRS = ['front', 'domain', 'api', 'public-read', 'middlewares'];

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, file);
    else if (/\.(js|ts|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(file));
  }
}

/**
 * Content hashes of the web front's static files (public/site) and of the code that renders the
 * page shells, for their entity tags and fingerprinted addresses. A file is hashed again only
 * when its size or modification time changed.
 */
export function createSiteAssets(publicDir: string) {
  const siteDir = path.join(publicDir, 'site');
  const known = new Map<string, Known>();
  let codeVersion: string | null = null;

  /** The hash of /site/<name>, or null when there is no such file. */
  function fileHash(sitePath: string): string | null {
    const relative = sitePath.replace(/^\/site\//, '');
    const file = path.resolve(siteDir, relative);
    if (!file.startsWith(siteDir + path.sep)) return null;
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return null;
    }
    if (!stat.isFile()) return null;
    const cached = known.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.hash;
    const hash = hashOf(readFileSync(file));
    known.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, hash });
    return hash;
  }

  /** The stylesheet and script addresses with their content hash, so they can be cached for good. */
  function fingerprinted(): { stylesheet: string; script: string } {
    return {
      stylesheet: `${SITE_ASSETS.stylesheet}?v=${fileHash(SITE_ASSETS.stylesheet) ?? '0'}`,
      script: `${SITE_ASSETS.script}?v=${fileHash(SITE_ASSETS.script) ?? '0'}`,
    };
  }

  return {
    fileHash,
    fingerprinted,

    /** Changes with the code (and its texts and code lists) that shapes public answers; read once. */
    codeVersion(): string {
      if (codeVersion === null) {
        const hash = createHash('sha256');
        for (const dir of CODE_DIRS) hashTree(hash, path.join(__dirname, '..', dir));
        codeVersion = hash.digest('base64url').slice(0, 16);
      }
      return codeVersion;
    },

    /** Changes with the code that renders the shells, and with the assets they name. */
    shellVersion(): string {
      const assets = fingerprinted();
      return `${this.codeVersion()}:${assets.stylesheet}:${assets.script}`;
    },
  };
}

export type SiteAssets = ReturnType<typeof createSiteAssets>;

const byDir = new Map<string, SiteAssets>();

/** One set of hashes per public folder, shared by the page shells and the cache middleware. */
export function siteAssets(publicDir: string): SiteAssets {
  let assets = byDir.get(publicDir);
  if (!assets) {
    assets = createSiteAssets(publicDir);
    byDir.set(publicDir, assets);
  }
  return assets;
}
