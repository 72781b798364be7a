# Stand-ins for the multi-Region primary key with imported material and the provider of the replica's Region.
provider "aws" {
  alias  = "replica"
  region = "us-west-2"
}

variable "key_material_base64" {
  type      = string
  sensitive = true
}

resource "aws_kms_external_key" "multi_region" {
  description         = "Multi-Region primary key with imported material"
  multi_region        = true
  key_material_base64 = var.key_material_base64
}
