#!/usr/bin/env node
'use strict';
// The compiled command line (npm run build:cli, run by `npm ci` through the prepare script).
require('../lib/cli/main.js').run();
