/** The content manager's stored configuration of a type, as the kit's view mechanism reads and writes it. */
export type { ContentManagerConfiguration, ContentManagerSettings, EditMetadata, FieldMetadata, LayoutCell, ListMetadata } from '@mitwirken/strapi-plugin-kit/views';
