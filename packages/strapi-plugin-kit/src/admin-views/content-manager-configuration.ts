/**
 * The configuration the content manager stores per content type (Strapi 5.54,
 * @strapi/content-manager services/utils/configuration), as far as the admin views read and write
 * it. Keys not named here are kept as they are.
 */
export interface EditMetadata {
  label?: string;
  description?: string;
  placeholder?: string;
  visible?: boolean;
  editable?: boolean;
  /** Relations only: the field of the target shown in the relation picker. */
  mainField?: string;
  [key: string]: unknown;
}

export interface ListMetadata {
  label?: string;
  searchable?: boolean;
  sortable?: boolean;
  [key: string]: unknown;
}

export interface FieldMetadata {
  edit: EditMetadata;
  list: ListMetadata;
}

export interface LayoutCell {
  name: string;
  size: number;
}

export interface ContentManagerSettings {
  mainField?: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  [key: string]: unknown;
}

export interface ContentManagerConfiguration {
  settings: ContentManagerSettings;
  metadatas: Record<string, FieldMetadata>;
  layouts: {
    edit: LayoutCell[][];
    list: string[];
    [key: string]: unknown;
  };
}
