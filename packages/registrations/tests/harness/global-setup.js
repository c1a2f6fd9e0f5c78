// The host app loads the plugin from dist/, as any host does: build it first when its sources changed.
'use strict';
const path = require('path');

module.exports = async () => {
  require(path.join(__dirname, '..', '..', '..', '..', 'scripts', 'build-plugins')).buildPlugins();
  const client = process.env.DATABASE_CLIENT || 'sqlite';
  console.log(`\nintegration tests on database: ${client}`);
};
