#!/usr/bin/env node
/// <reference types="node" />
import { runMockCli } from './cli';

void runMockCli(process.argv.slice(2));
