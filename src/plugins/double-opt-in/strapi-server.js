'use strict';
// The server code is TypeScript compiled by the host app's `tsc` into dist/ (see README).
const path = require('path');

module.exports = require(path.join(__dirname, '..', '..', '..', 'dist', 'src', 'plugins', 'double-opt-in', 'server', 'src', 'index.js')).default;
