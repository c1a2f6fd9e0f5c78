'use strict';

/** German is the default content locale; nothing else to set up. */
module.exports = {
  register() {},
  bootstrap() {},
};
