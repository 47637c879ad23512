/**
 * A yes/no check compiled from a zod schema that reads a value without copying it. zod's
 * `safeParse` builds a new object for every object it checks; checking each article's output
 * that way was 5–10 % of a 2-thread pipeline run (issue 8, docs/performance.md decision 19).
 * The compiled check accepts exactly what the schema's `safeParse` accepts
 * (test/pipeline/schema-check.property.test.ts), so the schema stays the one definition; a
 * value it rejects goes through zod for the message. It knows the kinds of schema claimmap's
 * output uses and throws on any other, so a schema that grows a new kind fails when the check
 * is compiled (at module load), never by accepting too much.
 *
 * @example
 * const isToponyms = compileCheck(z.array(zToponym));
 * isToponyms(geoparse(text, gazetteer)) // => true
 */
import type { z } from 'zod';

export type Check = (value: unknown) => boolean;

type Def = {
  type: string;
  checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  entries?: Record<string, unknown>;
  values?: unknown[];
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unsupported(what: string): never {
  throw new Error(`compileCheck: unsupported zod ${what}`);
}

/** The checks a number or string schema carries (`.int()`, `.nonnegative()`, `.min(1)`, `.regex()`). */
function refinements(def: Def): Check[] {
  return (def.checks ?? []).map(({ _zod }) => {
    const check = _zod.def;
    if (check.check === 'number_format' && check.format === 'safeint') return (value) => Number.isSafeInteger(value);
    if (check.check === 'greater_than') {
      const bound = check.value as number;
      return check.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    if (check.check === 'min_length') {
      const minimum = check.minimum as number;
      return (value) => (value as string).length >= minimum;
    }
    if (check.check === 'string_format' && check.format === 'regex') {
      const pattern = check.pattern as RegExp;
      if (pattern.global || pattern.sticky) unsupported('regex check with the g or y flag');
      return (value) => pattern.test(value as string);
    }
    return unsupported(`check ${String(check.check)}/${String(check.format)}`);
  });
}

function withRefinements(base: Check, def: Def): Check {
  const more = refinements(def);
  if (more.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of more) if (!check(value)) return false;
    return true;
  };
}

export function compileCheck(schema: z.ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return withRefinements((value) => typeof value === 'string', def);
    case 'number':
      // zod 4's number is finite: NaN and ±Infinity fail
      return withRefinements((value) => typeof value === 'number' && Number.isFinite(value), def);
    case 'boolean':
      if (def.checks?.length) unsupported('boolean check');
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const values = def.values ?? [];
      return (value) => values.includes(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'nullable': {
      const inner = compileCheck(def.innerType as z.ZodType);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const inner = compileCheck(def.innerType as z.ZodType);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      if (def.checks?.length) unsupported('array check');
      const element = compileCheck(def.element as z.ZodType);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    case 'tuple': {
      if (def.rest) unsupported('tuple with a rest element');
      const items = (def.items ?? []).map(compileCheck);
      return (value) => {
        if (!Array.isArray(value) || value.length !== items.length) return false;
        for (let i = 0; i < items.length; i++) if (!(items[i] as Check)(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      if (def.checks?.length) unsupported('object check');
      if ((def as { catchall?: unknown }).catchall) unsupported('object with a catchall');
      const entries = Object.entries(def.shape ?? {}).map(([key, field]) => [key, compileCheck(field)] as const);
      // unknown keys are not an error: zod drops them
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (const [key, check] of entries) if (!check(record[key])) return false;
        return true;
      };
    }
    default:
      return unsupported(`type ${def.type}`);
  }
}
