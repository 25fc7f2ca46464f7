#!/usr/bin/env node
// The local Okta simulator's command line: `okta-verify-sim --port 8787`.
import '../dist/sim/cli.js';
