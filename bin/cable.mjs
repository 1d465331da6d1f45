#!/usr/bin/env node
// `cable` bin: registers tsx so the TypeScript sources run as they are, right after npm install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/cable.ts');
process.exitCode = await main(process.argv.slice(2));
