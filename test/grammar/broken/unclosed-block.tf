resource "aws_kms_key" "a" {
  description = "x"
