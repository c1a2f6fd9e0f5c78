/**
 * Messages Strapi's admin (5.54) shows in English in the German admin: its German catalogue lacks
 * them, or keeps the English word. Only those an editor meets on the pages the app uses; the keys
 * are the ones Strapi's components ask for (a plugin's prefixed with its id, as the admin merges them).
 */
export const STRAPI_GAPS_DE: Record<string, string> = {
  'content-manager.plugin.name': 'Inhalts-Manager',
  // The login page's button ("Login" in the German catalogue).
  'Auth.form.button.login': 'Anmelden',
  // The list view's column of a localized type ("AVAILABLE IN", upper-cased by the table header).
  'i18n.list-view.table.header.label': 'Verfügbar in',
  // The content manager's search of its types and the media library's search field.
  'search.placeholder': 'Suchen',
  'upload.header.search.placeholder': 'Suchen',
  // A UID field's button and state ("regenerate", "available" in the German catalogue).
  'content-manager.components.uid.regenerate': 'Neu erzeugen',
  'content-manager.components.uid.available': 'verfügbar',
  'content-manager.components.uid.unavailable': 'nicht verfügbar',
  // The Markdown editor's list buttons ask for keys the catalogues do not have.
  'components.Blocks.blocks.bulletList': 'Aufzählungsliste',
  'components.Blocks.blocks.numberList': 'Nummerierte Liste',
  // The link beside a list view's title, to Strapi's documentation.
  'app.HeaderLayout.docLink.label': 'Mehr dazu in der Dokumentation (englisch)',
  // The banner above every page after the media library's renewal; Strapi offers no setting to
  // hide it (it shows until dismissed, remembered per browser), so it speaks German.
  'app.components.MediaLibraryBanner.intro': 'Die Medienbibliothek ist neu gestaltet. ',
  'app.components.MediaLibraryBanner.text.enabled': 'Sie arbeiten bereits mit der neuen Fassung.',
  'app.components.MediaLibraryBanner.text': 'Wie Sie zur neuen Fassung wechseln, steht in der Dokumentation.',
  'app.components.MediaLibraryBanner.button': 'Dokumentation (englisch)',
  'app.components.MediaLibraryBanner.button.enabled': 'Blogbeitrag lesen (englisch)',
  'app.components.MediaLibraryBanner.close': 'Hinweis schließen',
};
