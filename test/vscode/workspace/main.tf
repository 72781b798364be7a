resource "aws_kms_key" "main" {
  description             = "VS Code integration test key"
  deletion_window_in_days = 7
  bogus                   = 1

}
