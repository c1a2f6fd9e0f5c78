'use strict';
// Lets a child process of a test require TypeScript test files (a mail kind written in a test),
// as jest does for the test itself: types stripped by swc, nothing checked.
const { readFileSync } = require('fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
