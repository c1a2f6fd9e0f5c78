import type { Schema, Struct } from '@strapi/strapi';

export interface OpportunityDate extends Struct.ComponentSchema {
  collectionName: 'components_opportunity_dates';
  info: {
    description: 'Beginn und Ende eines Termins mit seiner Zeitzone';
    displayName: 'Termin';
  };
  attributes: {
    end: Schema.Attribute.DateTime;
    key: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    start: Schema.Attribute.DateTime & Schema.Attribute.Required;
    timeZone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }> &
      Schema.Attribute.DefaultTo<'Europe/Berlin'>;
  };
}

export interface OpportunityPlace extends Struct.ComponentSchema {
  collectionName: 'components_opportunity_places';
  info: {
    description: 'Wo ein Angebot vor Ort stattfindet';
    displayName: 'Ort';
  };
  attributes: {
    accessibilityHints: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    address: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    directions: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    district: Schema.Attribute.String &
      Schema.Attribute.CustomField<
        'global::code-select-text',
        {
          codeList: 'districts';
        }
      > &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'opportunity.date': OpportunityDate;
      'opportunity.place': OpportunityPlace;
    }
  }
}
