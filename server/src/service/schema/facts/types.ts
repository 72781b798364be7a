/** The shapes of the schema facts. */

export interface ValuePattern {
  readonly regex: RegExp;
  /** What the pattern asks for, in words, for messages: "must start with `alias/`...". */
  readonly text: string;
}

export interface AttributeFacts {
  /** One or two sentences in our words. */
  readonly description: string;
  /** Allowed values of a string, or of each element of a set/list of strings. Case-sensitive. */
  readonly allowedValues?: readonly string[];
  /** Values accepted only from this provider major version on (older ones reject them at plan time). */
  readonly valuesSince?: Readonly<Record<string, number>>;
  /** Inclusive numeric range. */
  readonly range?: { readonly min: number; readonly max: number };
  /** Inclusive string length range. */
  readonly length?: { readonly min: number; readonly max: number };
  readonly pattern?: ValuePattern;
  /** Checked formats beyond a pattern. */
  readonly format?: 'rfc3339' | 'arn' | 'arn-or-service-principal' | 'key-id-or-alias';
  readonly default?: string | number | boolean;
  /** Changing it destroys and re-creates the resource. */
  readonly forceNew?: boolean;
  /** Arguments that may not be set together with this one (plan time). */
  readonly conflictsWith?: readonly string[];
  /** Arguments that must be set when this one is (plan time). */
  readonly requiredWith?: readonly string[];
  /** Why it is deprecated or removed, shown as a warning when set. */
  readonly deprecated?: string;
  /** Set by the provider, not meant to be written even though the schema allows it. */
  readonly doNotSet?: string;
  /** The pattern, length or format is enforced by the KMS API at apply time, not by the provider at plan time. */
  readonly checkedAt?: 'apply';
  readonly source?: string;
}

export interface TypeFacts {
  readonly description: string;
  /** Set for types that still exist in the schema but fail on use. */
  readonly removed?: string;
  /** Exactly one of these arguments must be set (plan time). */
  readonly exactlyOneOf?: readonly (readonly string[])[];
  readonly source?: string;
}

/** A family's share of the fact tables, keyed by `resource.aws_kms_x` or `data.aws_kms_x` (and `.block` for nested blocks). */
export interface FamilyFacts {
  readonly types: Readonly<Record<string, TypeFacts>>;
  readonly attributes: Readonly<Record<string, Readonly<Record<string, AttributeFacts>>>>;
}
