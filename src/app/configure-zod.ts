/**
 * zod 4 compiles object parsers with `new Function` unless told otherwise, and decides
 * that when a schema is built, i.e. when src/pipeline/schema.ts is first imported. The
 * page's Content-Security-Policy forbids eval (issue 7), so this module must be imported
 * before anything that imports a schema: main.tsx imports it first.
 */
import { config } from 'zod';

config({ jitless: true });
