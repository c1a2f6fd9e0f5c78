import type { MailingKind } from './mailing-kind';

/**
 * The Rundmail: one text in Markdown, written by an editor in one language, to every confirmed
 * member of that language who named at least one of its interests (none picked: everyone).
 */
export const standardMailing: MailingKind = {
  name: 'standard',
  outboxKind: 'mailing',

  async audience(mailing, context) {
    const wanted = mailing.interests ?? [];
    const members = await context.confirmedMembers({ language: mailing.language });
    const audience = wanted.length === 0 ? members : members.filter((member) => (member.interests ?? []).some((interest) => wanted.includes(interest)));
    return { recipients: audience.map((member) => ({ subscriberId: member.id, email: member.email })) };
  },

  render(mailing, recipient, context) {
    // The mailing's language, not the member's: the audience was chosen by it.
    return context.markdownMail(mailing.subject, mailing.body, { ...recipient, language: context.locale(mailing.language) });
  },

  async example(mailing, sample, context) {
    return context.markdownMail(mailing.subject, mailing.body, { ...sample, language: context.locale(mailing.language) });
  },
};
