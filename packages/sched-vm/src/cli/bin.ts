// Entry point of the bundled CLI: hands the process arguments to main and its status to the shell.

import { main } from './main.ts';

process.exitCode = main(process.argv.slice(2));
