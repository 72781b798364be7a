# Stand-ins for the multi-Region primary key and the provider of the replica's Region.
provider "aws" {
  alias  = "replica"
  region = "us-west-2"
}

resource "aws_kms_key" "multi_region" {
  description         = "Multi-Region primary key"
  multi_region        = true
  enable_key_rotation = true
}
