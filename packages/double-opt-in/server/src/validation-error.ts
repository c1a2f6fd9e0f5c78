/**
 * Strapi's 400 `ValidationError` built from field problems: written once in the kit (the finder
 * answers with the same builder). This path stays so the plugin's imports do not change.
 */
export { FieldValidationError, validationError, type ValidationErrorDetail } from '@mitwirken/strapi-plugin-kit';
