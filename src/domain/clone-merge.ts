/**
 * What a clone stores: Strapi 5.54's document service clones with lodash's `merge(source, data)`
 * (core/dist/services/document-service/utils/clone-relations.js), a deep merge in which arrays are
 * merged index by index and `undefined` keeps the source's value. The write rules check this very
 * value, so a clone can neither bring in a bad value nor carry on one the source had.
 */
type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

function mergeValue(target: unknown, source: unknown): unknown {
  if (Array.isArray(source)) {
    const result: unknown[] = Array.isArray(target) ? [...target] : [];
    source.forEach((item, index) => {
      if (item !== undefined) result[index] = mergeValue(result[index], item);
    });
    return result;
  }
  if (isPlainObject(source)) {
    const result: Plain = isPlainObject(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined) result[key] = mergeValue(result[key], value);
    }
    return result;
  }
  return source;
}

export function mergeLikeClone(source: Plain, data: Plain): Plain {
  return mergeValue(source, data) as Plain;
}
