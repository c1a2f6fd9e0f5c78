import { checkTemplate, renderMail } from '../../server/src/domain/mail-template';
import { DEFAULT_MAILS, UNSUBSCRIBE_FOOTER } from '../../server/src/domain/messages';

describe('renderMail', () => {
  const template = { subject: 'Hallo {{firstName}}', body: 'Guten Tag {{firstName}},\n\nbitte hier klicken:\n{{confirmUrl}}' };

  it('fills text and HTML, escaping values in HTML and linking URLs', () => {
    const mail = renderMail(template, { firstName: '<b>Anna</b> & Co', confirmUrl: 'https://example.org/c?token=a&lang=de' }, 'de');
    expect(mail.subject).toBe('Hallo <b>Anna</b> & Co');
    expect(mail.text).toContain('Guten Tag <b>Anna</b> & Co,');
    expect(mail.html).toContain('Guten Tag &lt;b&gt;Anna&lt;/b&gt; &amp; Co,');
    expect(mail.html).toContain('<a href="https://example.org/c?token=a&amp;lang=de">https://example.org/c?token=a&amp;lang=de</a>');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).not.toContain('<b>Anna</b>');
  });

  it('keeps the subject on one line whatever the values hold', () => {
    expect(renderMail(template, { firstName: 'A\r\nBcc: x@example.org', confirmUrl: '' }, 'de').subject).toBe('Hallo A Bcc: x@example.org');
  });

  it('appends a footer after a signature separator', () => {
    const mail = renderMail({ subject: 's', body: 'Text' }, { unsubscribeUrl: 'https://example.org/u' }, 'en', UNSUBSCRIBE_FOOTER.en);
    expect(mail.text).toBe('Text\n\n-- \nYou receive this e-mail because you signed up for information about ways to take part.\nUnsubscribe: https://example.org/u');
  });
});

describe('checkTemplate', () => {
  it('accepts the shipped defaults', () => {
    for (const [kind, languages] of Object.entries(DEFAULT_MAILS)) {
      for (const template of Object.values(languages)) expect(checkTemplate(kind as keyof typeof DEFAULT_MAILS, template)).toEqual([]);
    }
  });

  it('names unknown placeholders and missing required ones', () => {
    expect(checkTemplate('confirmation', { subject: 'Hi {{nickname}}', body: 'no link' })).toEqual([
      'subject uses {{nickname}}, which confirmation mails do not know; known: firstName, lastName, confirmUrl, expiresInHours',
      'body must contain {{confirmUrl}}',
    ]);
  });
});
