import type { OutboxDraft, OutboxRow } from '../repositories/outbox-repository';
import type { SubscriberRow } from '../repositories/subscriber-repository';

/** The content of a mail as it is sent. */
export type RenderedMail = Pick<OutboxDraft, 'subject' | 'textBody' | 'htmlBody' | 'headers'>;

/**
 * Makes the mail for an outbox row at the moment the worker sends it. The outbox keeps one per
 * mail kind (registered at bootstrap: the mail composer's kinds, and the mailings pipeline's one
 * renderer for every mailing kind's rows, `mailing`, `digest`, a host's); a kind without one is
 * sent as stored.
 */
export interface MailRenderer {
  /**
   * The worker fetches the subscriber of every claimed row of this kind, one query per claimed
   * batch, and hands it to `render` (undefined when that subscriber no longer exists).
   */
  readonly needsSubscriber?: boolean;
  /** The mail for the row; null when it is not to be sent any more (the row becomes `cancelled`). */
  render(row: OutboxRow, subscriber?: SubscriberRow): Promise<RenderedMail | null>;
  /** Called after a worker's pass that claimed rows of this kind, once their marks are written. */
  afterPass?(): Promise<void>;
}

/** A mail rendered when its row was written (a confirmation link exists only then): sent as stored. */
export const storedMail: MailRenderer = {
  async render(row) {
    return row;
  },
};
