resource "aws_kms_key" "ui" {
  description             = "UI test key"
  deletion_window_in_days = 7
  enable_key_rotaton      = true

}
