/** Rules on aws_kms_* resource and data-source blocks. */
import type { Rule } from '../rule';
import { unknownAttribute } from './unknownAttribute';

export const blockRules: readonly Rule[] = [unknownAttribute];
