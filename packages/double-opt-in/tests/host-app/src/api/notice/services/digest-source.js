'use strict';

/**
 * The host's digest source, as a city's app would write one over its own content type: here the
 * items are kept in memory and set by the tests (`setItems`). The plugin calls `digestItems` and
 * knows nothing else of the host.
 */
module.exports = () => {
  let items = [];
  return {
    setItems(next) {
      items = next;
    },
    /** Published items still to come, in every language they have. */
    digestItems({ now }) {
      return items.filter((item) => !item.startsAt || Date.parse(item.startsAt) >= now.getTime());
    },
  };
};
