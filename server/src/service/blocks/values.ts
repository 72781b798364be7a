/**
 * What a configuration value is, as far as it is known before apply: literal strings, numbers and bools with
 * Terraform's own conversions ("7" is a number, "true" a bool, 7 a string), and whether a literal fits a schema
 * type. Anything else (references, calls, templates, conditionals) is unknown and never an error.
 */
import type { Expression } from '../hcl/model';
import type { TfType } from '../schema';

/** The value as a string, if known: a string literal, or a number/bool literal converted as Terraform would. */
export function knownString(expr: Expression | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'string') return expr.value;
  if (expr.kind === 'number') return String(expr.value);
  if (expr.kind === 'bool') return String(expr.value);
  return undefined;
}

/** The value as a bool, if known (`true`, or the strings "true"/"false"). */
export function knownBool(expr: Expression | undefined): boolean | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'bool') return expr.value;
  if (expr.kind === 'string' && (expr.value === 'true' || expr.value === 'false')) return expr.value === 'true';
  return undefined;
}

/** The value as a number, if known (a number literal, or a string Terraform converts to one). */
export function knownNumber(expr: Expression | undefined): number | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'number') return expr.value;
  if (expr.kind === 'string' && expr.value !== undefined && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(expr.value.trim())) return Number(expr.value);
  return undefined;
}

/** The known string elements of a tuple literal, each with its expression; undefined for a non-tuple. */
export function knownStringElements(expr: Expression | undefined): { value: string | undefined; expr: Expression }[] | undefined {
  if (!expr || expr.kind !== 'tuple') return undefined;
  return expr.items.map((e) => ({ value: knownString(e), expr: e }));
}

/** A literal of a known shape: what Terraform would call its type, for messages. */
function shapeOf(expr: Expression): string | undefined {
  switch (expr.kind) {
    case 'string':
      return expr.value === undefined ? undefined : 'a string';
    case 'number':
      return 'a number';
    case 'bool':
      return 'a bool';
    case 'object':
      return 'an object';
    case 'tuple':
      return 'a list';
    default:
      return undefined;
  }
}

function typeName(t: TfType): string {
  if (typeof t === 'string') return t === 'bool' ? 'a bool' : t === 'number' ? 'a number' : t === 'string' ? 'a string' : t;
  const [kind, inner] = t as [string, TfType];
  if (kind === 'object') return 'an object';
  return `a ${kind} of ${typeof inner === 'string' ? inner : typeName(inner)}`;
}

/**
 * Why a literal cannot convert to the schema type, or undefined when it can (or is not known). Follows Terraform's
 * conversions: numbers and bools become strings; strings become numbers or bools when they spell one; a tuple
 * becomes a list or set; an object becomes a map. `null` fits everything.
 */
export function typeMismatch(expr: Expression, type: TfType): string | undefined {
  const shape = shapeOf(expr);
  if (!shape) return undefined;
  const want = typeName(type);
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        return expr.kind === 'string' || expr.kind === 'number' || expr.kind === 'bool' ? undefined : `${want} is required, not ${shape}`;
      case 'number':
        if (expr.kind === 'number') return undefined;
        if (expr.kind === 'string') return knownNumber(expr) === undefined ? `${want} is required, not ${shape} that spells no number` : undefined;
        return `${want} is required, not ${shape}`;
      case 'bool':
        if (expr.kind === 'bool') return undefined;
        if (expr.kind === 'string') return knownBool(expr) === undefined ? `${want} is required, not ${shape} other than "true" or "false"` : undefined;
        return `${want} is required, not ${shape}`;
      default:
        return undefined;
    }
  }
  const [kind, inner] = type as [string, TfType];
  if (kind === 'list' || kind === 'set') {
    if (expr.kind !== 'tuple') return `${want} is required, not ${shape}`;
    for (const item of expr.items) {
      const m = typeMismatch(item, inner);
      if (m) return `${want} is required: an element is not valid (${m})`;
    }
    return undefined;
  }
  if (kind === 'map') {
    if (expr.kind !== 'object') return `${want} is required, not ${shape}`;
    for (const item of expr.items) {
      const m = typeMismatch(item.value, inner);
      if (m) return `${want} is required: the value of \`${item.keyName ?? '?'}\` is not valid (${m})`;
    }
    return undefined;
  }
  return undefined;
}
