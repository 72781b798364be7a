/**
 * Generated Terraform text for the benchmark: KMS keys with jsonencode() key policies, aliases, grants,
 * locals, variables and aws_iam_policy_document data sources, in the proportions of a real KMS module.
 * Deterministic (no randomness), so that two runs measure the same text.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ACCOUNT = '111122223333';
const ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];
const GRANT_OPS = ['Encrypt', 'Decrypt', 'GenerateDataKey', 'ReEncryptFrom', 'DescribeKey'];

/** One "unit" of a KMS module; `p` prefixes the names so that the files of one folder do not clash. */
function unit(p: string, i: number, refTo: string): string {
  const k = `${p}k${i}`;
  const rotation = i % 3 === 0 ? '\n  rotation_period_in_days = 180' : '';
  return `variable "${k}_deletion_window" {
  description = "Days before key ${k} is deleted"
  type        = number
  default     = ${7 + (i % 23)}
}

variable "${k}_admins" {
  description = "Administrators of key ${k}"
  type        = list(string)
  default     = ["arn:aws:iam::${ACCOUNT}:role/admin-${i}"]
}

locals {
  ${k}_name = "app-${p}${i}"
  ${k}_tags = {
    Name        = "key-${p}${i}"
    Environment = "${['dev', 'staging', 'prod'][i % 3]}"
    Team        = "team-${i % 7}"
  }
}

resource "aws_kms_key" "${k}" {
  description             = "Key ${i} for \${local.${k}_name}"
  deletion_window_in_days = var.${k}_deletion_window
  enable_key_rotation     = true${rotation}
  key_usage               = "ENCRYPT_DECRYPT"
  tags                    = local.${k}_tags

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableRoot"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${ACCOUNT}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Admins"
        Effect    = "Allow"
        Principal = { AWS = var.${k}_admins }
        Action    = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]
        Resource  = "*"
      },
      {
        Sid       = "Use"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${ACCOUNT}:role/app-${i}" }
        Action    = ${JSON.stringify(ACTIONS)}
        Resource  = "*"
        Condition = {
          StringEquals = {
            "kms:ViaService"    = "s3.us-east-1.amazonaws.com"
            "kms:CallerAccount" = "${ACCOUNT}"
          }
        }
      },
    ]
  })
}

resource "aws_kms_alias" "${k}" {
  name          = "alias/\${local.${k}_name}"
  target_key_id = aws_kms_key.${k}.key_id
}

resource "aws_kms_grant" "${k}" {
  name              = "grant-${p}${i}"
  key_id            = aws_kms_key.${refTo}.key_id
  grantee_principal = "arn:aws:iam::${ACCOUNT}:role/worker-${i}"
  operations        = ${JSON.stringify(GRANT_OPS.slice(0, 2 + (i % 4)))}

  constraints {
    encryption_context_equals = {
      Department = "Finance"
    }
  }
}

data "aws_iam_policy_document" "${k}_use" {
  statement {
    sid       = "UseKey"
    effect    = "Allow"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.${k}.arn]
  }
}

output "${k}_arn" {
  value = aws_kms_key.${k}.arn
}

`;
}

/** A file of at least `lines` lines (whole units). */
export function generateFile(lines: number, prefix = ''): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    // The grant of unit i uses the key of unit i-1 (the first its own): references across blocks.
    const u = unit(prefix, i, `${prefix}k${i === 0 ? 0 : i - 1}`);
    parts.push(u);
    n += u.split('\n').length - 1;
  }
  return parts.join('');
}

export function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A folder of `files` files, each one to three units (about 115 to 340 lines); the grants of a file use a key
 * of the previous file, so the folder's files refer to each other. Returns the paths written.
 */
export function writeFolder(dir: string, files: number): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let f = 0; f < files; f++) {
    const p = `f${f}_`;
    const prev = `f${f === 0 ? 0 : f - 1}_k0`;
    const units = 1 + (f % 3);
    let text = '';
    for (let i = 0; i < units; i++) text += unit(p, i, i === 0 ? prev : `${p}k${i - 1}`);
    const path = join(dir, `kms_${String(f).padStart(4, '0')}.tf`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}
