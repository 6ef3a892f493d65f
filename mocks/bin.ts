#!/usr/bin/env node
import { runMockCli } from './cli';

void runMockCli(process.argv.slice(2));
