resource "aws_kms_key" "legacy" {
  description             = "A .tf file in an OpenTofu folder"
  deletion_window_in_days = 7
  enable_key_rotation     = true
}
