import { isFetchError } from '@strapi/strapi/admin';

/**
 * The server's own error message when there is one (it names the field at fault), else the
 * error's text with the HTTP status (a download or a non-JSON answer carries no message).
 */
export const errorMessage = (failure: unknown): string => {
  if (isFetchError(failure)) {
    const message = failure.response?.data?.error?.message;
    if (message) return message;
    return failure.status ? `${failure.message} (${failure.status})` : failure.message;
  }
  return failure instanceof Error ? failure.message : String(failure);
};
