#!/usr/bin/env node
// The `ips` command: TypeScript sources run through tsx, as the server does.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
