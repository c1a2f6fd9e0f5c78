import type { Core } from '@strapi/strapi';
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'fs';
import { hostname } from 'os';
import path from 'path';
import { getService } from '../get-service';
import { createOutboxRepository } from '../repositories/outbox-repository';

const FILE = /^(.+)--(\d+)--([a-z0-9]+)\.journal$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Closes the gap between "the SMTP server accepted the mail" and "the row is marked sent": the
 * row id is appended to a local file in the same tick as the acceptance arrives, before the
 * database write. A write() that returned survives the process being killed (the kernel holds it),
 * so an instance that starts on this host after a crash marks those rows sent instead of sending
 * them again. A host that dies entirely (power loss) or a crash recovered by another host can
 * still repeat the mails that were in flight.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let fd: number | null = null;
  let file: string | null = null;
  let pending = 0;
  const host = hostname().replace(/[^A-Za-z0-9.-]/g, '_');
  const directory = () => path.resolve(strapi.dirs.app.root, getService(strapi, 'settings').get().outbox.journalDir);

  return {
    open(worker: string): void {
      mkdirSync(directory(), { recursive: true });
      file = path.join(directory(), `${host}--${process.pid}--${worker.split(':').pop()}.journal`);
      fd = openSync(file, 'a');
    },

    /** Synchronous on purpose: nothing may run between the SMTP answer and this write. */
    accepted(rowId: number): void {
      if (fd === null) return;
      writeSync(fd, `${rowId}\n`);
      pending += 1;
    },

    /** Called once the database knows of `count` of them; when nothing is outstanding the file is emptied. */
    marked(count = 1): void {
      pending = Math.max(0, pending - count);
      if (pending === 0 && fd !== null) ftruncateSync(fd, 0);
    },

    /** Marks as sent what dead processes on this host had sent but not marked. */
    async recover(): Promise<number> {
      if (!existsSync(directory())) return 0;
      const outbox = createOutboxRepository(strapi);
      let recovered = 0;
      for (const name of readdirSync(directory())) {
        const match = FILE.exec(name);
        if (!match || match[1] !== host || Number(match[2]) === process.pid || alive(Number(match[2]))) continue;
        const ids = readFileSync(path.join(directory(), name), 'utf8').split('\n').filter(Boolean).map(Number);
        recovered += await outbox.markSentAfterCrash([...new Set(ids)], new Date());
        rmSync(path.join(directory(), name), { force: true });
      }
      if (recovered > 0) strapi.log.warn(`[double-opt-in] ${recovered} mail(s) sent before a crash were marked sent from the delivery journal`);
      return recovered;
    },

    close(): void {
      if (fd !== null) closeSync(fd);
      if (file && pending === 0) rmSync(file, { force: true });
      fd = null;
    },
  };
};
