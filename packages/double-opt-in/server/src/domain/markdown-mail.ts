import { Marked } from 'marked';
import { escapeHtml } from './html';
import { PLACEHOLDER, fillHtml, fillText, footerHtml, mailDocument, oneLine } from './mail-html';
import { fillSlots, joinFixed, slotsOf, type Slotted } from './mail-slots';
import type { RenderedMail } from './mail-template';

const SAFE_LINK = /^(https?:|mailto:)/i;

// Editors write Markdown; raw HTML in it is shown as text, and only web and mail links become links.
const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html(token) {
      return escapeHtml(token.text);
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      return SAFE_LINK.test(token.href) ? `<a href="${escapeHtml(token.href)}">${text}</a>` : text;
    },
    image(token) {
      return escapeHtml(token.text);
    },
  },
});

// A mailing's body is the same for every recipient until the placeholders: parse it once.
const parsed = new Map<string, string>();
function toHtml(body: string): string {
  let html = parsed.get(body);
  if (html === undefined) {
    html = markdown.parse(body, { async: false }) as string;
    if (parsed.size > 50) parsed.clear();
    parsed.set(body, html);
  }
  return html;
}

/** Placeholders a mailing may use, filled per recipient. */
export const MAILING_PLACEHOLDERS = ['firstName', 'lastName', 'unsubscribeUrl'] as const;

export function unknownMailingPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(([, name]) => name).filter((name) => !(MAILING_PLACEHOLDERS as readonly string[]).includes(name));
}

/**
 * A mailing for one recipient: the Markdown as plain text, and as accessible HTML, with the
 * recipient's values (escaped in HTML) and the unsubscribe footer.
 */
export function renderMarkdownMail(subject: string, body: string, values: Record<string, string>, language: string, footer: string): RenderedMail {
  const filledSubject = oneLine(fillText(subject, values));
  const text = `${fillText(body.trim(), values)}\n\n-- \n${fillText(footer.trim(), values)}`;
  // Placeholders are filled after rendering so no value can become Markdown or HTML.
  const html = mailDocument(language, filledSubject, [fillHtml(toHtml(body.trim()), values), '<hr>', footerHtml(footer, values)]);
  return { subject: filledSubject, text, html };
}

/** A mailing rendered once for all its recipients: `render` fills in one recipient's values. */
export interface CompiledMarkdownMail {
  /** Equal, byte for byte, to `renderMarkdownMail` of the same mailing with these values. */
  render(values: Readonly<Record<string, string>>): RenderedMail;
}

// Stand-ins that escapeHtml leaves alone and no Markdown or mail text contains: where the
// document puts the subject and the body.
const SUBJECT_MARK = '\u0000subject\u0000';
const BODY_MARK = '\u0000body\u0000';

/** The mail document around its subject and body, as three fixed pieces (see `mailDocument`). */
function documentFrame(language: string): [before: string, between: string, after: string] {
  const document = mailDocument(language, SUBJECT_MARK, [BODY_MARK]);
  const [before, rest] = document.split(SUBJECT_MARK);
  const [between, after, extra] = rest.split(BODY_MARK);
  if (extra !== undefined || after === undefined) throw new Error('mail document frame: subject or body placed more than once');
  return [before, between, after];
}

/**
 * `renderMarkdownMail` in two steps: the Markdown is parsed and the document, the footer and
 * every fixed piece are built once per mailing; per recipient only the values are put in (as text
 * in the text part, escaped in HTML, the subject on one line). A mailing to ten thousand people
 * then parses nothing and scans no text ten thousand times.
 */
export function compileMarkdownMail(subject: string, body: string, language: string, footer: string): CompiledMarkdownMail {
  const subjectSlots = slotsOf(subject, 'text');
  const textSlots = joinFixed([...slotsOf(body.trim(), 'text'), '\n\n-- \n', ...slotsOf(footer.trim(), 'text')]);
  const [before, between, after] = documentFrame(language);
  // The footer without values keeps every placeholder (a prototype-less object has no name at
  // all): its slots are filled per recipient.
  const bodySlots: Slotted = joinFixed([...slotsOf(toHtml(body.trim()), 'html'), '\n<hr>\n', ...slotsOf(footerHtml(footer, Object.create(null)), 'html')]);
  return {
    render(values) {
      const filledSubject = oneLine(fillSlots(subjectSlots, values));
      return {
        subject: filledSubject,
        text: fillSlots(textSlots, values),
        html: `${before}${escapeHtml(filledSubject)}${between}${fillSlots(bodySlots, values)}${after}`,
      };
    },
  };
}
