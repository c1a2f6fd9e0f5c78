// The browser tests need the compiled app and, for the admin journeys, the built admin panel.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const compileApp = require('./global-setup');

module.exports = async () => {
  // The admin bundle takes the plugins' built admin code.
  require('../../scripts/build-plugins').buildPlugins();
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'admin-build-for-tests.js')], { stdio: 'inherit' });
  await compileApp();
};
