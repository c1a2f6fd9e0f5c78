/**
 * Dortmund's wording of the pool plugin's admin views, where the package's neutral texts would say
 * less (the office's page is the "Mitmach-Pool", its further choice the city's districts, its
 * digest "Neue Mitmach-Angebote"). Handed to the plugin through its config (`adminViews`,
 * config/plugins.ts); the type names reach the admin as the app's translations (index.ts).
 */
import type { ViewTextOverrides } from '@mitwirken/strapi-plugin-kit/views';
import { CONSENT_EVENT, MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '@mitwirken/strapi-plugin-double-opt-in/constants';
import type { Text } from './content-type-view';

export const POOL_ADMIN_WORDING: ViewTextOverrides = {
  [SUBSCRIBER]: {
    fields: {
      facets: {
        label: {
          de: 'Stadtbezirke',
          en: 'Districts',
        },
        description: {
          de: 'Die Stadtbezirke, die die Person gewählt hat, als Codes, z. B. {"districts": ["eving"]}; leer: alle. Die Person ändert sie selbst unter „Meine Daten“.',
          en: 'The districts the person chose, as codes, e.g. {"districts": ["eving"]}; empty: all. The person changes them under "My data".',
        },
      },
    },
  },
  [CONSENT_EVENT]: {
    fields: {
      details: {
        description: {
          de: 'Bei „Auswahl geändert“: was die Person an Themen und Stadtbezirken geändert hat, alt → neu.',
          en: 'For "choices changed": what the person changed in topics and districts, old → new.',
        },
      },
      ipAddress: {
        description: {
          de: 'Je nach Einstellung nicht gespeichert, gekürzt oder vollständig; was gilt, entscheidet die Stadt mit der*dem Datenschutzbeauftragten.',
          en: 'Depending on the setting not stored, truncated or in full; the city decides with its data protection officer.',
        },
      },
      subscriber: {
        label: {
          de: 'Pool-Mitglied',
          en: 'Pool member',
        },
      },
    },
  },
  [OUTBOX_MESSAGE]: {
    fields: {
      subscriberId: {
        label: {
          de: 'Pool-Mitglied (ID)',
          en: 'Pool member (ID)',
        },
        description: {
          de: 'Die ID des Pool-Mitglieds, an das die Mail geht; leer bei Testmails.',
          en: 'The ID of the pool member the mail goes to; empty for test mails.',
        },
      },
    },
  },
  [MAILING]: {
    fields: {
      interests: {
        description: {
          de: 'Optional, als JSON-Liste von Interessen-Codes, z. B. ["mobilitaet"]: dann erhalten nur Mitglieder mit mindestens einem davon die Mail; leer: alle.',
          en: 'Optional, as a JSON list of interest codes, e.g. ["mobilitaet"]: then only members with at least one of them receive it; empty: everyone.',
        },
      },
      title: {
        placeholder: {
          de: 'z. B. Einladung Bürgerrat Nordstadt, März',
          en: 'e.g. Invitation citizens’ assembly Nordstadt, March',
        },
      },
      subject: {
        placeholder: {
          de: 'z. B. Machen Sie mit: Bürgerrat zur Nordstadt',
          en: 'e.g. Take part: citizens’ assembly on the Nordstadt',
        },
      },
      kind: {
        description: {
          de: 'Rundmail: ein Text an alle einer Sprache. „Neue Mitmach-Angebote“: legen Sie auf der Seite „Mitmach-Pool“ an; jedes Mitglied erhält nur die Angebote zu seinen Themen und Stadtbezirken.',
          en: 'Mailing: one text to everyone of a language. "Neue Mitmach-Angebote": create it on the "Mitmach-Pool" page; each member receives only the opportunities of their topics and districts.',
        },
      },
      digestItemIds: {
        label: {
          de: 'Gewählte Angebote',
          en: 'Chosen opportunities',
        },
        description: {
          de: 'Nur bei „Neue Mitmach-Angebote“: die gewählten Angebote (IDs); auswählen und prüfen Sie sie auf der Seite „Mitmach-Pool“.',
          en: 'Only for "Neue Mitmach-Angebote": the chosen opportunities (ids); choose and check them on the "Mitmach-Pool" page.',
        },
      },
      digestItems: {
        label: {
          de: 'Versandte Angebote',
          en: 'Opportunities sent',
        },
        description: {
          de: 'Nur bei „Neue Mitmach-Angebote“: die Angebote, wie sie beim Start waren; trägt das System ein.',
          en: 'Only for "Neue Mitmach-Angebote": the opportunities as they were at the start; set by the system.',
        },
      },
      scheduledAt: {
        description: {
          de: 'Wann der Versand von selbst beginnt, sofern der Status „geplant“ ist; leer lassen, um auf der Seite „Mitmach-Pool“ von Hand zu senden.',
          en: 'When sending starts by itself, provided the status is "scheduled"; leave empty to send by hand on the "Mitmach-Pool" page.',
        },
      },
      status: {
        description: {
          de: 'Hier setzen Sie nur Entwurf oder „geplant“; senden, pausieren, fortsetzen und abbrechen Sie auf der Seite „Mitmach-Pool“.',
          en: 'Here you only set draft or "scheduled"; send, pause, resume and cancel on the "Mitmach-Pool" page.',
        },
      },
    },
  },
};

/** The app's names of the plugin's types, by the schema's displayName (the key the admin looks a type's name up under). */
export const POOL_TYPE_NAMES: Readonly<Record<string, Text>> = {
  Subscriber: { de: 'Pool-Mitglied', en: 'Pool member' },
};
