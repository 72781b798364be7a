resource "aws_kms_" "x" {
}
