resource "aws_kms_key" "typo" {
  description        = "a near-miss argument name"
  enable_key_rotaton = true
}
