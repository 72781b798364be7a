#!/usr/bin/env bash
# Differential test against `terraform validate` (see differential.test.ts). Needs Terraform and the offline
# hashicorp/aws mirror (../shared/tools/terraform-offline); skips with a message without them. About a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node --import tsx --test --test-reporter=spec test/differential/differential.test.ts
