#!/usr/bin/env node
import { execute } from '@oclif/core';
import { reorderGlobalOptions } from '../dist/argv.js';

await execute({ dir: import.meta.url, args: reorderGlobalOptions(process.argv.slice(2)) });
